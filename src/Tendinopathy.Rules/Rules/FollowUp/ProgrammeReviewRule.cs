using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.FollowUp;

/// <summary>
/// FU-02 (PATHWAY.md 4.12): Phase P3–P5 in a DX-01/DX-04 programme or on the AV-04 pathway, and neither FU-01 nor FU-05
/// fires (the shorter interval wins) — review every 2–4 weeks [CFG].
/// </summary>
[Name("FU-02"), Description("Programme review every 2–4 weeks in phases P3–P5"), Tag(PathwayStage.FollowUp), Priority(Salience.SecondOrder)]
[Evidence("EO", "REF-SPEC")]
[Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class ProgrammeReviewRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;
        PhaseFact phase = null!;
        IEnumerable<LoadingDecisionFact> decisions = null!;

        When()
            .Match(() => dx)
            .Match(() => phase, p => p.Phase >= LoadingPhase.P3)
            .Query(() => decisions, q => q.Match<LoadingDecisionFact>().Collect())
            .Having(() => FollowUpConditions.ProgrammeReview(dx.Case, dx, phase, decisions));

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Routine,
                $"Review every {dx.Case.Options.RoutineReviewMinWeeks}–{dx.Case.Options.RoutineReviewMaxWeeks} weeks. {FollowUpConditions.ProgrammeData}",
                null, null, null));
    }
}
