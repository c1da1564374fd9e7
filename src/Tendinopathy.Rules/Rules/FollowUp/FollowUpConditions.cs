using Tendinopathy.Rules.Derived;

namespace Tendinopathy.Rules.Pathway.FollowUp;

/// <summary>
/// The firing conditions of FU-01, FU-02 and FU-05 (PATHWAY.md 4.12) as pure predicates, so "FU-05 does not fire" and
/// "neither FU-01 nor FU-05 fires" read the same definitions the rules use (independent of red-flag suppression and of
/// firing order).
/// </summary>
internal static class FollowUpConditions
{
    /// <summary>FU-05: DX-05 at least Possible and the surgical decision pending.</summary>
    public static bool AvulsionReview(CaseFact c, WorkingDiagnoses dx) =>
        dx.Avulsion >= Likelihood.Possible && c.History.AvulsionSurgicalDecision == AvulsionSurgicalDecision.Pending;

    /// <summary>
    /// FU-01: (DX-01/DX-04 ≥ Possible and Phase ∈ {None, P1, P2}) or (AV-04 pathway and Phase ∈ {P1, P2}) or DX-06 ≥ Possible
    /// or a Regress/Suspend decision — and FU-05 does not fire.
    /// </summary>
    public static bool EarlyReview(CaseFact c, WorkingDiagnoses dx, PhaseFact phase, IEnumerable<LoadingDecisionFact> decisions)
    {
        var steppedBack = false;
        foreach (var d in decisions) steppedBack |= d.Decision is LoadingDecisionKind.Regress or LoadingDecisionKind.Suspend;
        var context = (dx.PhtOrHamstringSyndromePossible && phase.Early)
                      || (dx.AvulsionNonOperativePathway && phase.Phase is LoadingPhase.P1 or LoadingPhase.P2)
                      || dx.Ischiofemoral >= Likelihood.Possible
                      || steppedBack;
        return context && !AvulsionReview(c, dx);
    }

    /// <summary>FU-02: Phase ∈ {P3, P4, P5} in a DX-01/DX-04 programme or on the AV-04 pathway, and neither FU-01 nor FU-05 fires.</summary>
    public static bool ProgrammeReview(CaseFact c, WorkingDiagnoses dx, PhaseFact phase, IEnumerable<LoadingDecisionFact> decisions) =>
        phase.Phase >= LoadingPhase.P3
        && (dx.PhtOrHamstringSyndromePossible || dx.AvulsionNonOperativePathway)
        && !EarlyReview(c, dx, phase, decisions)
        && !AvulsionReview(c, dx);

    /// <summary>The data to bring when a loading programme is active (FU-01).</summary>
    public const string ProgrammeData =
        "Bring the daily load-test scores, the worst pain during sessions, the next-morning load test and the week-on-week trend.";
}
