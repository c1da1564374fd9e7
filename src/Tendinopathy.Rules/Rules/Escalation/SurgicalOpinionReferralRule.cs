using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Escalation;

/// <summary>
/// ESC-05 (PATHWAY.md 4.12): DX-01 at least Possible and FailedConservativeWeeks (DER-06) at least
/// <c>SurgicalOpinionRecommendWeeks</c> — recommend referral for a surgical opinion (SURG-01, strength Recommend). Monotone
/// in FailedConservativeWeeks (SAFE-17). SurgicalReferral, Routine.
/// </summary>
[Name("ESC-05"), Description("26 weeks of failed conservative care: recommend referral for a surgical opinion"), Tag(PathwayStage.Escalation)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-SEED", "REF-WILSON2005", "REF-LEMPAINEN2009", "REF-BEATTY2017")]
internal sealed class SurgicalOpinionReferralRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.Pht >= Likelihood.Possible,
                d => d.Case.FailedConservativeWeeks >= d.Case.Options.SurgicalOpinionRecommendWeeks);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Routine, null, "Recommend"));
    }
}
