using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.RedFlags;

/// <summary>
/// RF-05 Suspected fracture, including an ischial or pubic ramus stress fracture (PATHWAY.md 3.1): significant trauma, or
/// minor trauma with osteoporosis or long-term corticosteroid use (RFI-11). Urgent; emits ACT-URGENT-SPECIALIST (IMG-03
/// follows from IMG-03's rule).
/// </summary>
[Name("RF-05"), Description("Suspected fracture (including ischial or pubic ramus stress fracture)"), Tag(PathwayStage.RedFlags)]
[Priority(Salience.RedFlag)]
[Evidence("EO", "REF-CKS-SCIATICA")]
internal sealed class SuspectedFractureRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => RedFlagFindings.Fracture(x).Count > 0);

        Then()
            .Do(ctx => ctx.RedFlag(c, Urgency.Urgent, RedFlagFindings.Fracture(c), "ACT-URGENT-SPECIALIST", "IMG-03"));
    }
}
