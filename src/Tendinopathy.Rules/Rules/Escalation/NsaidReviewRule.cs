using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Escalation;

/// <summary>ESC-01 (PATHWAY.md 4.12): when SYM-02 is recommended, stop or review the oral NSAID within <c>NsaidReviewDays</c>.</summary>
[Name("ESC-01"), Description("Review of the oral NSAID"), Tag(PathwayStage.Escalation), Priority(Salience.Dependent)]
[Evidence("EO", "REF-NICE-NG59")]
internal sealed class NsaidReviewRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        RecommendedItem nsaid = null!;

        When()
            .Match(() => c)
            .Match(() => nsaid, r => r.Id == "SYM-02");

        Then()
            .Do(ctx => Review(ctx, c));
    }

    private static void Review(IContext ctx, CaseFact c) =>
        ctx.Recommend(c, detail: "Stop or review the oral NSAID (SYM-02) within " +
                             c.Options.NsaidReviewDays.ToString(CultureInfo.InvariantCulture) + " days.");
}
