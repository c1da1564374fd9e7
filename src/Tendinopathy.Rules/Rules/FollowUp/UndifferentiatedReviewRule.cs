using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.FollowUp;

/// <summary>FU-04 (PATHWAY.md 4.12): DX-07 fired (undifferentiated pain) — review in 2 weeks with the missing examination completed.</summary>
[Name("FU-04"), Description("Review in 2 weeks with the missing examination completed"), Tag(PathwayStage.FollowUp), Priority(Salience.Treatment)]
[Evidence("EO", "REF-SPEC")]
internal sealed class UndifferentiatedReviewRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.UndifferentiatedFired);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }
}
