using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.LoadManagement;

/// <summary>
/// LM-05 (PATHWAY.md 4.2): DX-01 or DX-04 at least Possible and running or acceleration/sprinting aggravates — review
/// running technique, lumbopelvic control, gluteal strength and training errors.
/// </summary>
[Name("LM-05"), Description("Running technique, kinetic chain and training errors"), Tag(PathwayStage.LoadManagement), Priority(Salience.Treatment)]
[Evidence("EO", "REF-BEATTY2017", "REF-CUSHMAN2015", "REF-WILSON2005")]
internal sealed class RunningTechniqueRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => LoadManagementContext.Tendon(d),
                d => d.Case.HasAggravator(Aggravator.Running) || d.Case.HasAggravator(Aggravator.AccelerationSprinting));

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }
}
