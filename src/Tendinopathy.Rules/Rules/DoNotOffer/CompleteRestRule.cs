using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DoNotOffer;

/// <summary>DNO-33 (PATHWAY.md 4.14): displayed when DX-01 is at least Possible.</summary>
[Name("DNO-33-REST"), Description("PHT: do not offer complete rest or immobilisation as the sole treatment (displays DNO-33)"), Tag(PathwayStage.DoNotOffer), Priority(Salience.DoNotOffer)]
[Evidence("EO", "REF-WILSON2005", "REF-SILBERNAGEL2007")]
internal sealed class CompleteRestRule : Rule
{
    private static readonly string[] Items = ["DNO-33"];

    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.Pht >= Likelihood.Possible);

        Then()
            .Do(ctx => ctx.DoNotOffer(dx.Case, Items));
    }
}
