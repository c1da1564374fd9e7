using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Escalation;

/// <summary>
/// ESC-07 (PATHWAY.md 4.12): DX-03 at least Possible and FailedNonSurgicalWeeks (DER-15) at least
/// <c>DeepGlutealDecompressionWeeks</c> — referral to a hip-preservation / peripheral-nerve specialist to consider endoscopic
/// or open sciatic decompression; SURG-03 annotates the options. SurgicalReferral, Routine.
/// </summary>
[Name("ESC-07"), Description("Deep gluteal syndrome after failed non-surgical care: sciatic decompression opinion"), Tag(PathwayStage.Escalation)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-PARK2020")]
internal sealed class DeepGlutealDecompressionReferralRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.DeepGluteal >= Likelihood.Possible,
                d => d.Case.FailedNonSurgicalWeeks >= d.Case.Options.DeepGlutealDecompressionWeeks);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }
}
