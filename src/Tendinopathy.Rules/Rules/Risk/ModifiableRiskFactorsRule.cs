using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Risk;

/// <summary>RISK-03 Modifiable tendon risk factors (PATHWAY.md 4.11): education item when DX-01 is at least Possible.</summary>
[Name("RISK-03"), Description("Modifiable tendon risk factors"), Tag(PathwayStage.Risk), Priority(Salience.Treatment)]
[Evidence("EO", "REF-BEATTY2017")]
internal sealed class ModifiableRiskFactorsRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.Pht >= Likelihood.Possible);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Routine, null, null, null, null));
    }
}
