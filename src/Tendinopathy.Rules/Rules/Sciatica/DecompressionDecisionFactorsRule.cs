using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Catalogue;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Sciatica;

/// <summary>
/// SCI-10 (PATHWAY.md 4.8, NICE NG59 §1.3): whenever SCI-09 is recommended, annotate it: BMI, smoking status and
/// psychological distress must not sway the referral decision. The engine never reads them (SCI-09's predicate has no such
/// input; SAFE-15), so this rule only states it on the item.
/// </summary>
[Name("SCI-10"), Description("Annotate the spinal decompression referral: BMI, smoking and distress are not decision inputs"), Tag(PathwayStage.Sciatica)]
[Priority(Salience.Dependent)]
[Evidence("G-DNO", "REF-NICE-NG59")]
internal sealed class DecompressionDecisionFactorsRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        RecommendedItem referral = null!;

        When()
            .Match(() => c)
            .Match(() => referral, r => r.Id == "SCI-09");

        Then()
            .Do(ctx => ctx.Annotate(c, "SCI-09", ItemCatalogue.AnnotationText(c, "SCI-10")));
    }
}
