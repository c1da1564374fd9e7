using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.FollowUp;

/// <summary>
/// FU-05 (PATHWAY.md 4.12): DX-05 at least Possible and the surgical decision pending — review within 1 week [CFG], or as
/// soon as the MRI or surgical opinion is available.
/// </summary>
[Name("FU-05"), Description("Avulsion review within 1 week"), Tag(PathwayStage.FollowUp), Priority(Salience.Treatment)]
[Evidence("EO", "REF-SPEC")]
internal sealed class AvulsionReviewRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.Avulsion >= Likelihood.Possible)
            .Having(() => FollowUpConditions.AvulsionReview(dx.Case, dx));

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Routine,
                $"Review within {Loading.LoadingPlan.Weeks(dx.Case.Options.AvulsionReviewWeeks)}, or as soon as the MRI or the surgical opinion is available.",
                null, null, null));
    }
}
