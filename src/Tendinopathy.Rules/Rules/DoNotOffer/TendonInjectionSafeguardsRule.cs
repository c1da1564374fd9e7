using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DoNotOffer;

/// <summary>DNO-30 and DNO-31 (PATHWAY.md 4.14): displayed when DX-01 or DX-04 is at least Possible.</summary>
[Name("DNO-30-31"), Description("PHT or hamstring syndrome: do not inject corticosteroid into the tendon; no injection, ESWT or PRP without a loading programme (displays DNO-30, DNO-31)"), Tag(PathwayStage.DoNotOffer), Priority(Salience.DoNotOffer)]
[Evidence("EO", "REF-FREDBERG1997", "REF-GOOM2016", "REF-BEATTY2017")]
internal sealed class TendonInjectionSafeguardsRule : Rule
{
    private static readonly string[] Items = ["DNO-30", "DNO-31"];

    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.PhtOrHamstringSyndromePossible);

        Then()
            .Do(ctx => ctx.DoNotOffer(dx.Case, Items));
    }
}
