using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.RedFlags;

/// <summary>
/// RF-02 Severe or progressive motor deficit (PATHWAY.md 3.1): weakness worsening over hours to days, or a nerve-root
/// myotome graded MRC 3 or less. Emergency; emits ACT-SAMEDAY-SPINAL (IMG-01 follows from IMG-01's rule).
/// </summary>
[Name("RF-02"), Description("Severe or progressive motor deficit"), Tag(PathwayStage.RedFlags), Priority(Salience.RedFlag)]
[Evidence("EO", "REF-CKS-SCIATICA", "REF-NICE-NG59")]
internal sealed class SevereMotorDeficitRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => RedFlagFindings.SevereMotorDeficit(x).Count > 0);

        Then()
            .Do(ctx => ctx.RedFlag(c, Urgency.Emergency, RedFlagFindings.SevereMotorDeficit(c), "ACT-SAMEDAY-SPINAL", "IMG-01"));
    }
}
