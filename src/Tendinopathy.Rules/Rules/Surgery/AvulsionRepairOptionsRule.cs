using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Catalogue;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Surgery;

/// <summary>SURG-02 (PATHWAY.md 4.13): an annotation on AV-02 and AV-05 when either is recommended — the avulsion repair options the surgeon may weigh. Not a list entry and not a trace rule (0.1, 0.5).</summary>
[Name("SURG-02"), Description("Avulsion repair options the surgeon may weigh (annotation on AV-02 and AV-05)"), Tag(PathwayStage.Surgery), Priority(Salience.Dependent)]
[Evidence("L4", "REF-BERTICHE2021", "REF-KAYANI2020")]
internal sealed class AvulsionRepairOptionsRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        RecommendedItem target = null!;

        When()
            .Match(() => c)
            .Match(() => target, r => r.Id == "AV-02" || r.Id == "AV-05");

        Then()
            .Do(ctx => ctx.Annotate(c, target.Id, ItemCatalogue.AnnotationText(c, "SURG-02")));
    }
}
