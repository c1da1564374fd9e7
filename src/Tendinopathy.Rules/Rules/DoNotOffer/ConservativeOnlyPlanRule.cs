using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DoNotOffer;

/// <summary>DNO-50 (PATHWAY.md 4.14, 3.1, SAFE-01): displayed when DER-11 EmergencyRedFlag holds.</summary>
[Name("DNO-50-EMERGENCY"), Description("Emergency red flag: no conservative-only or self-management-only plan (displays DNO-50)"), Tag(PathwayStage.DoNotOffer), Priority(Salience.DoNotOffer)]
[Evidence("EO", "REF-BMJBP-CES")]
internal sealed class ConservativeOnlyPlanRule : Rule
{
    private static readonly string[] Items = ["DNO-50"];

    public override void Define()
    {
        CaseFact c = null!;
        EmergencyRedFlag emergency = null!;

        When()
            .Match(() => c)
            .Match(() => emergency);

        Then()
            .Do(ctx => ctx.DoNotOffer(c, Items));
    }
}
