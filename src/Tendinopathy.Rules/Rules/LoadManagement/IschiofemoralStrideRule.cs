using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.LoadManagement;

/// <summary>LM-07 (PATHWAY.md 4.2): DX-06 at least Possible — avoid long strides and combined hip extension–adduction.</summary>
[Name("LM-07"), Description("Shorten stride; avoid combined hip extension and adduction"), Tag(PathwayStage.LoadManagement), Priority(Salience.Treatment)]
[Evidence("EO", "REF-GOMEZHOYOS2016", "REF-PARK2020")]
internal sealed class IschiofemoralStrideRule : Rule
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
