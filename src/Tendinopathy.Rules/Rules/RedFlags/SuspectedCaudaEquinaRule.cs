using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.RedFlags;

/// <summary>
/// RF-01 Suspected cauda equina syndrome (PATHWAY.md 3.1): any of RFI-01…RFI-05, a post-void residual of 200 mL or more,
/// or cauda equina compression on lumbar MRI. Emergency; emits ACT-EMERGENCY-SPINAL (IMG-01 follows from IMG-01's rule).
/// </summary>
[Name("RF-01"), Description("Suspected cauda equina syndrome"), Tag(PathwayStage.RedFlags), Priority(Salience.RedFlag)]
[Evidence("G", "REF-BMJBP-CES", "REF-GARDNER2011", "REF-CKS-SCIATICA")]
internal sealed class SuspectedCaudaEquinaRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => RedFlagFindings.CaudaEquina(x).Count > 0);

        Then()
            .Do(ctx => ctx.RedFlag(c, Urgency.Emergency, RedFlagFindings.CaudaEquina(c), "ACT-EMERGENCY-SPINAL", "IMG-01"));
    }
}
