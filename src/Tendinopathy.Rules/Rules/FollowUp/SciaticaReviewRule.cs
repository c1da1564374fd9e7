using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.FollowUp;

/// <summary>
/// FU-03 (PATHWAY.md 4.12): DX-02 at least Possible and no red flag (an own condition, so the trace is NotApplicable when a
/// red flag fired) — review in 2–4 weeks [CFG], earlier if leg pain escalates, immediately with any CES symptom or new weakness.
/// </summary>
[Name("FU-03"), Description("Sciatica review in 2–4 weeks"), Tag(PathwayStage.FollowUp), Priority(Salience.Treatment)]
[Evidence("EO", "REF-SPEC")]
internal sealed class SciaticaReviewRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.Radicular >= Likelihood.Possible, d => !d.AnyRedFlag);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Routine,
                $"Review in {dx.Case.Options.RoutineReviewMinWeeks}–{dx.Case.Options.RoutineReviewMaxWeeks} weeks.", null, null, null));
    }
}
