using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Catalogue;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Sciatica;

/// <summary>
/// SCI-07 (PATHWAY.md 4.8, NICE NG59 2020 update): when DX-02 is at least Possible and the oral NSAID SYM-02 is in
/// Recommendations, attach the NG59 wording to SYM-02 as an annotation (0.1: not a list entry, not a trace rule).
/// </summary>
[Name("SCI-07"), Description("Annotate the oral NSAID with the NICE NG59 sciatica wording"), Tag(PathwayStage.Sciatica)]
[Priority(Salience.Dependent)]
[Evidence("G", "REF-NICE-NG59")]
internal sealed class NsaidSciaticaWordingRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;
        RecommendedItem nsaid = null!;

        When()
            .Match(() => dx, d => d.Radicular >= Likelihood.Possible)
            .Match(() => nsaid, r => r.Id == "SYM-02");

        Then()
            .Do(ctx => ctx.Annotate(dx.Case, "SYM-02", ItemCatalogue.AnnotationText(dx.Case, "SCI-07")));
    }
}
