using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Escalation;

/// <summary>
/// ESC-02 (PATHWAY.md 4.12): DX-01 at least Possible after at least <c>InsufficientLoadingResponseWeeks</c> of structured
/// loading (the larger of Σ StructuredLoading DurationWeeks and FollowUp.WeeksOfStructuredLoading) with an insufficient
/// response — see <see cref="Insufficient"/>. Review diagnosis, adherence and dosing; consider IMG-10 and INJ-01. FollowUp, Routine.
/// </summary>
[Name("ESC-02"), Description("Insufficient response to structured loading: review diagnosis, adherence and dosing"), Tag(PathwayStage.Escalation)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-SPEC")]
internal sealed class InsufficientLoadingResponseRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.Pht >= Likelihood.Possible, d => Insufficient(d.Case));

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }

    /// <summary>
    /// Enough loading, and any of: the most recent StructuredLoading response failed (2.8); VISA-H improved by less than
    /// <c>VisaHMeaningfulChange</c> from baseline (both known); the follow-up weekly trend is Stable or Worsening.
    /// </summary>
    internal static bool Insufficient(CaseFact c)
    {
        var weeks = Math.Max(c.StructuredLoadingWeeks, c.FollowUp?.WeeksOfStructuredLoading ?? 0);
        if (weeks < c.Options.InsufficientLoadingResponseWeeks) return false;
        var scores = c.Input.Scores;
        return TreatmentHistory.Failed(TreatmentHistory.MostRecentLoadingResponse(c)) ||
               (scores.VisaH is { } now && scores.VisaHBaseline is { } baseline && now - baseline < c.Options.VisaHMeaningfulChange) ||
               c.FollowUp?.WeeklyTrend is WeeklyTrend.Stable or WeeklyTrend.Worsening;
    }
}
