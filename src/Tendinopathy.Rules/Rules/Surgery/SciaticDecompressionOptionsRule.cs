using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Catalogue;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Surgery;

/// <summary>SURG-03 (PATHWAY.md 4.13): an annotation on ESC-07 when it is recommended — the endoscopic or open sciatic decompression options. Not a list entry and not a trace rule (0.1, 0.5).</summary>
[Name("SURG-03"), Description("Deep gluteal decompression options (annotation on ESC-07)"), Tag(PathwayStage.Surgery), Priority(Salience.Dependent)]
[Evidence("EO", "REF-PARK2020")]
internal sealed class SciaticDecompressionOptionsRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        RecommendedItem target = null!;

        When()
            .Match(() => c)
            .Match(() => target, r => r.Id == "ESC-07");

        Then()
            .Do(ctx => ctx.Annotate(c, target.Id, ItemCatalogue.AnnotationText(c, "SURG-03")));
    }
}
