using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DeepGluteal;

/// <summary>
/// DGS-03 (PATHWAY.md 4.9): for DX-06 at least Possible, activity modification (LM-07) and hip abductor / extensor
/// strengthening, with a specialist opinion if there is no improvement after 12 weeks. Exercise, Routine.
/// </summary>
[Name("DGS-03"), Description("Ischiofemoral impingement: activity modification and hip strengthening"), Tag(PathwayStage.DeepGluteal)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-PARK2020")]
internal sealed class IschiofemoralCareRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.Ischiofemoral >= Likelihood.Possible);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }
}
