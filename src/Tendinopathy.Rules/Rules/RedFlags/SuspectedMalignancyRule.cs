using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.RedFlags;

/// <summary>
/// RF-04 Suspected malignancy (PATHWAY.md 3.1): cancer history with weight loss or non-mechanical pain; weight loss with
/// non-mechanical pain; first episode at 50 or over with either; or a suspicious lesion on lumbar MRI. Urgent with
/// ACT-URGENT-SPECIALIST; Emergency with ACT-EMERGENCY-SPINAL instead when a neurological deficit is also present
/// (possible metastatic cord or cauda equina compression). IMG-02 follows from IMG-02's rule.
/// </summary>
[Name("RF-04"), Description("Suspected malignancy"), Tag(PathwayStage.RedFlags), Priority(Salience.RedFlag)]
[Evidence("EO", "REF-CKS-SCIATICA")]
internal sealed class SuspectedMalignancyRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => RedFlagFindings.Malignancy(x).Count > 0);

        Then()
            .Do(ctx => Raise(ctx, c));
    }

    private static void Raise(IContext ctx, CaseFact c)
    {
        var urgency = RedFlagFindings.MalignancyUrgency(c);
        var referral = urgency == Urgency.Emergency ? "ACT-EMERGENCY-SPINAL" : "ACT-URGENT-SPECIALIST";
        ctx.RedFlag(c, urgency, RedFlagFindings.MalignancyAlertFacts(c), referral, "IMG-02");
    }
}
