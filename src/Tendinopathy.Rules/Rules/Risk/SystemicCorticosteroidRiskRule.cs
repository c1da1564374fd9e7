using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Risk;

/// <summary>
/// RISK-02 Systemic corticosteroid (PATHWAY.md 4.11): a current systemic corticosteroid gives the tendon-risk note; its
/// CAU-NSAID-GI and CI-CSI caution effects are applied by the SYM-02 and INJ-01 predicates.
/// </summary>
[Name("RISK-02"), Description("Systemic corticosteroid tendon risk"), Tag(PathwayStage.Risk), Priority(Salience.Treatment)]
[Evidence("EO", "REF-MORALES2019", "REF-MHRA2019")]
internal sealed class SystemicCorticosteroidRiskRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => x.HasCurrent(MedicationClass.SystemicCorticosteroid));

        Then()
            .Do(ctx => ctx.Recommend(c, Urgency.Routine, null, null, null, null));
    }
}
