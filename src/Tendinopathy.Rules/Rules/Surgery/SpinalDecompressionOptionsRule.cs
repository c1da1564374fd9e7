using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Catalogue;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Surgery;

/// <summary>SURG-04 (PATHWAY.md 4.13): an annotation on SCI-09 when it is recommended — what the spinal decompression opinion weighs. Not a list entry and not a trace rule (0.1, 0.5).</summary>
[Name("SURG-04"), Description("Spinal decompression opinion (annotation on SCI-09)"), Tag(PathwayStage.Surgery), Priority(Salience.Dependent)]
[Evidence("EO", "REF-NICE-NG59")]
internal sealed class SpinalDecompressionOptionsRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        RecommendedItem target = null!;

        When()
            .Match(() => c)
            .Match(() => target, r => r.Id == "SCI-09");

        Then()
            .Do(ctx => ctx.Annotate(c, target.Id, ItemCatalogue.AnnotationText(c, "SURG-04")));
    }
}
