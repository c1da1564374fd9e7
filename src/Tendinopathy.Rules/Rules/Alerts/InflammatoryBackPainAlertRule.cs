using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Alerts;

/// <summary>
/// AL-05 Inflammatory back-pain features (PATHWAY.md 3.2): RFI-13 = Yes. Routine; consider rheumatology assessment for
/// spondyloarthritis (NICE NG59: think about alternative diagnoses).
/// </summary>
[Name("AL-05"), Description("Inflammatory back-pain features"), Tag(PathwayStage.Alerts), Priority(Salience.Alert)]
[Evidence("EO", "REF-NICE-NG59")]
internal sealed class InflammatoryBackPainAlertRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => x.RedFlags.InflammatoryBackPainFeatures == TriState.Yes);

        Then()
            .Do(ctx => ctx.SafetyAlert(c, Urgency.Routine,
                new[] { new FactValue("RedFlags.InflammatoryBackPainFeatures (RFI-13)", "Yes") }));
    }
}
