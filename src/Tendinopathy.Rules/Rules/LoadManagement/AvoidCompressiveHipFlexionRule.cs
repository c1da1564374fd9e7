using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.LoadManagement;

/// <summary>
/// LM-03 (PATHWAY.md 4.2): DX-01 or DX-04 at least Possible and the phase after this visit (DER-16) is None, P1 or P2 —
/// avoid compressive deep hip flexion under load in early rehabilitation. Reads <see cref="PhaseFact"/>, so it runs after DER-16.
/// </summary>
[Name("LM-03"), Description("Avoid compressive deep hip flexion under load in early rehabilitation"), Tag(PathwayStage.LoadManagement)]
[Priority(Salience.SecondOrder)]
[Evidence("EO", "REF-GOOM2016", "REF-NASSER2021B", "REF-BEATTY2017")]
internal sealed class AvoidCompressiveHipFlexionRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;
        PhaseFact phase = null!;

        When()
            .Match(() => dx, d => LoadManagementContext.Tendon(d))
            .Match(() => phase, p => p.Early);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }
}
