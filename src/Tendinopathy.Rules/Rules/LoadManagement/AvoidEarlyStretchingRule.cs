using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.LoadManagement;

/// <summary>
/// LM-04 (PATHWAY.md 4.2): DX-01 or DX-04 at least Possible and the phase after this visit (DER-16) is None, P1 or P2 —
/// avoid static or aggressive hamstring stretching in the early phases (the newer, lower-risk position of the recorded
/// evidence conflict). Reads <see cref="PhaseFact"/>, so it runs after DER-16.
/// </summary>
[Name("LM-04"), Description("Avoid static or aggressive hamstring stretching in early phases"), Tag(PathwayStage.LoadManagement)]
[Priority(Salience.SecondOrder)]
[Evidence("EO", "REF-GOOM2016")]
internal sealed class AvoidEarlyStretchingRule : Rule
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
