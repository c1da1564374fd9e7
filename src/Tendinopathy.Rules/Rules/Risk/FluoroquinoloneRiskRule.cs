using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Risk;

/// <summary>
/// RISK-01 Fluoroquinolone (PATHWAY.md 4.11): with DER-03 <c>FqRecent</c>, the medicine-safety item that tells the patient to
/// stop the antibiotic and contact the prescriber if tendon pain appears. Its other effects live where they act: AL-02…AL-04,
/// CI-CSI (FqRecent), the P4/P5 progression block (PMM) and the RISK-01(e) suspension (collector).
/// </summary>
[Name("RISK-01"), Description("Fluoroquinolone tendon risk"), Tag(PathwayStage.Risk), Priority(Salience.Treatment)]
[Evidence("REG", "REF-MHRA2019", "REF-MHRA2024", "REF-MORALES2019", "REF-ALVES2019")]
internal sealed class FluoroquinoloneRiskRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => x.FqRecent);

        Then()
            .Do(ctx => ctx.Recommend(c, Urgency.Routine, null, null, null, null));
    }
}
