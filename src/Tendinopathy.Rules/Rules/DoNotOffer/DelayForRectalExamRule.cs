using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DoNotOffer;

/// <summary>DNO-51 (PATHWAY.md 4.14, 3.1, SAFE-01): displayed when RF-01 (suspected cauda equina syndrome) fired.</summary>
[Name("DNO-51-CES"), Description("Suspected cauda equina: do not delay emergency referral or MRI for a rectal examination or bladder scan (displays DNO-51)"), Tag(PathwayStage.DoNotOffer), Priority(Salience.DoNotOffer)]
[Evidence("EO", "REF-BMJBP-CES")]
internal sealed class DelayForRectalExamRule : Rule
{
    private static readonly string[] Items = ["DNO-51"];

    public override void Define()
    {
        CaseFact c = null!;
        RedFlagFact flag = null!;

        When()
            .Match(() => c)
            .Match(() => flag, f => f.Id == "RF-01");

        Then()
            .Do(ctx => ctx.DoNotOffer(c, Items));
    }
}
