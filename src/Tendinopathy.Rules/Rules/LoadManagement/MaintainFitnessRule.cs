using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.LoadManagement;

/// <summary>LM-06 (PATHWAY.md 4.2): as LM-00 (DX-01, DX-04 or DX-06 at least Possible) — keep fit with non-provocative activity.</summary>
[Name("LM-06"), Description("Maintain fitness with non-provocative activity"), Tag(PathwayStage.LoadManagement), Priority(Salience.Treatment)]
[Evidence("EO", "REF-SPEC")]
internal sealed class MaintainFitnessRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => LoadManagementContext.TendonOrInterface(d));

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }
}
