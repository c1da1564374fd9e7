using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.RedFlags;

/// <summary>
/// RF-03 Suspected spinal or pelvic infection (PATHWAY.md 3.1): (a) fever with infection risk or non-mechanical pain, or
/// (b) fever with a suspicious lesion on lumbar MRI — Emergency; (c) infection risk with non-mechanical pain (fever is
/// often absent) — Urgent, Emergency with a neurological deficit as RF-04 defines it. Emits ACT-SAMEDAY-HOSPITAL at the
/// flag's urgency (IMG-02 follows from IMG-02's rule).
/// </summary>
[Name("RF-03"), Description("Suspected spinal or pelvic infection"), Tag(PathwayStage.RedFlags), Priority(Salience.RedFlag)]
[Evidence("EO", "REF-CKS-SCIATICA")]
internal sealed class SuspectedSpinalInfectionRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => RedFlagFindings.SpinalInfection(x).Count > 0);

        Then()
            .Do(ctx => ctx.RedFlag(c, RedFlagFindings.SpinalInfectionUrgency(c), RedFlagFindings.SpinalInfectionAlertFacts(c),
                "ACT-SAMEDAY-HOSPITAL", "IMG-02"));
    }
}
