using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DoNotOffer;

/// <summary>
/// DNO-32 (PATHWAY.md 4.14): DX-01 or DX-04 at least Possible and the phase after this visit (DER-16) is None, P1 or P2 —
/// display "no static or aggressive hamstring stretching in phases P1–P2".
/// </summary>
[Name("DNO-32"), Description("Static or aggressive hamstring stretching in phases P1–P2"), Tag(PathwayStage.DoNotOffer)]
[Priority(Salience.DoNotOffer)]
[Evidence("EO", "REF-GOOM2016")]
internal sealed class EarlyStretchingDoNotOfferRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;
        PhaseFact phase = null!;

        When()
            .Match(() => dx, d => d.PhtOrHamstringSyndromePossible)
            .Match(() => phase, p => p.Early);

        Then()
            .Do(ctx => ctx.DoNotOffer(dx.Case, "DNO-32"));
    }
}
