using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.FollowUp;

/// <summary>
/// FU-01 (PATHWAY.md 4.12): review in 1–2 weeks [CFG] — early-phase PHT / DX-04 (Phase None, P1, P2), the AV-04 pathway in
/// P1–P2, DX-06, or a programme that regressed or was suspended — unless FU-05 fires. Reads DER-16 and the loading
/// decision, both settled at higher salience.
/// </summary>
[Name("FU-01"), Description("Early review in 1–2 weeks"), Tag(PathwayStage.FollowUp), Priority(Salience.SecondOrder)]
[Evidence("EO", "REF-SPEC")]
[Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class EarlyReviewRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;
        PhaseFact phase = null!;
        IEnumerable<LoadingDecisionFact> decisions = null!;

        When()
            .Match(() => dx)
            .Match(() => phase)
            .Query(() => decisions, q => q.Match<LoadingDecisionFact>().Collect())
            .Having(() => FollowUpConditions.EarlyReview(dx.Case, dx, phase, decisions));

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Routine, Detail(dx.Case, phase), null, null, null));
    }

    internal static string Detail(CaseFact c, PhaseFact phase) =>
        $"Review in {c.Options.EarlyReviewMinWeeks}–{c.Options.EarlyReviewMaxWeeks} weeks." +
        (phase.Phase == LoadingPhase.None ? string.Empty : " " + FollowUpConditions.ProgrammeData);
}
