using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Pathway.Loading;

namespace Tendinopathy.Rules.Pathway.PainMonitoring;

/// <summary>
/// The pain-monitoring decision table of PATHWAY.md 4.4. PMM-01 (Suspend) reads the fired red flags, DER-14 and AL-02;
/// the other rows are a pure function of the follow-up inputs, evaluated in the specified order PMM-02, PMM-03, PMM-04,
/// PMM-07, PMM-05, PMM-06 (first match wins), so exactly one PMM rule concludes a decision. Thresholds are [CFG].
/// </summary>
internal static class PainMonitoringModel
{
    public const string SuspendedRedFlag = "SUSPENDED_RED_FLAG";
    public const string SuspendedAvulsion = "SUSPENDED_AVULSION";
    public const string SuspendedFluoroquinolone = "SUSPENDED_FQ_TENDON_PAIN";
    public const string PainDuringAbove5 = "PAIN_DURING_ABOVE_5";
    public const string NotSettledNextMorning = "NOT_SETTLED_NEXT_MORNING";
    public const string WorseningWeekOnWeek = "WORSENING_WEEK_ON_WEEK";
    public const string InsufficientData = "INSUFFICIENT_DATA";
    public const string CriteriaMet = "CRITERIA_MET";
    public const string ProgressionBlockedFq = "PROGRESSION_BLOCKED_FQ";
    public const string FinalPhase = "FINAL_PHASE";
    public const string TrendUnknown = "TREND_UNKNOWN";
    public const string ExitCriteriaNotMet = "EXIT_CRITERIA_NOT_MET";
    public const string WithinAcceptableRange = "WITHIN_ACCEPTABLE_RANGE";

    /// <summary>One row's outcome: the PMM rule, the decision, its reason code and the target phase.</summary>
    internal readonly record struct Outcome(string RuleId, LoadingDecisionKind Decision, string ReasonCode, LoadingPhase TargetPhase);

    /// <summary>PMM runs at a follow-up with <c>CurrentPhase</c> P1–P5 …</summary>
    public static bool MonitoredVisit(CaseFact c) => LoadingPlan.ProgrammeActive(c);

    /// <summary>… when DX-01 or DX-04 is at least Possible, AV-04's conditions hold, or <c>AvulsionBlocksLoading</c>.</summary>
    public static bool Runs(WorkingDiagnoses dx) =>
        dx.PhtOrHamstringSyndromePossible || dx.AvulsionNonOperativePathway || dx.AvulsionBlocksLoading;

    /// <summary>PMM-01: the first suspension reason that applies (red flag, avulsion, RISK-01(e)), or null.</summary>
    public static string? SuspensionReason(IEnumerable<RedFlagFact> redFlags, WorkingDiagnoses dx, IEnumerable<AlertFact> fluoroquinoloneAlert)
    {
        foreach (var _ in redFlags) return SuspendedRedFlag;
        if (dx.AvulsionBlocksLoading) return SuspendedAvulsion;
        foreach (var _ in fluoroquinoloneAlert) return SuspendedFluoroquinolone;
        return null;
    }

    /// <summary>The Suspend outcome: the programme is paused at the current phase, not reset.</summary>
    public static Outcome Suspend(CaseFact c, string reasonCode) => new("PMM-01", LoadingDecisionKind.Suspend, reasonCode, c.CurrentPhase);

    /// <summary>Rows PMM-02…PMM-07 for a visit where PMM-01 does not apply.</summary>
    public static Outcome Decide(CaseFact c)
    {
        var f = c.FollowUp!;
        var o = c.Options;
        var current = c.CurrentPhase;
        var during = f.PainDuringLoadingNrs;
        var morning = f.LoadTestNextMorningNrs;
        var baseline = f.LoadTestBaselineNrs;

        if (during >= o.PainDuringLoadingRegressNrs) return Regress(c, "PMM-02", PainDuringAbove5);
        if (morning > baseline) return Regress(c, "PMM-03", NotSettledNextMorning);
        if (f.WeeklyTrend == WeeklyTrend.Worsening) return Regress(c, "PMM-04", WorseningWeekOnWeek);
        if (during is null || morning is null || baseline is null) return Hold(c, "PMM-07", InsufficientData);

        var next = LoadingPlan.Next(current);
        var fqBlock = c.FqRecent && next >= LoadingPhase.P4;
        var painOk = during <= o.LoadToleranceNrs;
        var trendOk = f.WeeklyTrend is WeeklyTrend.Improving or WeeklyTrend.Stable;
        var exitMet = f.PhaseExitCriteriaMet == TriState.Yes;
        var notFinal = current != LoadingPhase.P5;

        if (painOk && trendOk && exitMet && notFinal && !fqBlock)
        {
            return new Outcome("PMM-05", LoadingDecisionKind.Progress, CriteriaMet, next);
        }

        var reason =
            painOk && trendOk && exitMet && notFinal ? ProgressionBlockedFq
            : !notFinal ? FinalPhase
            : f.WeeklyTrend == WeeklyTrend.Unknown ? TrendUnknown
            : !exitMet && painOk ? ExitCriteriaNotMet
            : WithinAcceptableRange;
        return Hold(c, "PMM-06", reason);
    }

    /// <summary>Regress target: the previous phase (never below P1) only when the lowest level of the phase was in use; else stay.</summary>
    public static LoadingPhase RegressTarget(CaseFact c) =>
        c.FollowUp?.AtLowestLevelOfPhase == TriState.Yes ? LoadingPlan.Previous(c.CurrentPhase) : c.CurrentPhase;

    /// <summary>The pain inputs that are unknown, as field paths (MISS-10).</summary>
    public static string[] UnknownPainInputs(CaseFact c)
    {
        var f = c.FollowUp;
        if (f is null) return [];
        List<string>? fields = null;
        if (f.PainDuringLoadingNrs is null) (fields ??= []).Add("FollowUp.PainDuringLoadingNrs");
        if (f.LoadTestNextMorningNrs is null) (fields ??= []).Add("FollowUp.LoadTestNextMorningNrs");
        if (f.LoadTestBaselineNrs is null) (fields ??= []).Add("FollowUp.LoadTestBaselineNrs");
        return fields?.ToArray() ?? [];
    }

    /// <summary>Records the decision: the <see cref="LoadingDecisionFact"/> for other rules and the result's loading decision.</summary>
    public static void Record(IContext ctx, CaseFact c, Outcome outcome)
    {
        c.Collector.LoadingDecision = new LoadingDecision(outcome.Decision, outcome.ReasonCode, outcome.RuleId, outcome.TargetPhase,
            Explain(c, outcome));
        ctx.Conclude(c, new LoadingDecisionFact(outcome.Decision, outcome.ReasonCode, outcome.RuleId, outcome.TargetPhase));
    }

    /// <summary>The reason, in words, with the values that decided it.</summary>
    public static string Explain(CaseFact c, Outcome outcome)
    {
        var f = c.FollowUp!;
        var o = c.Options;
        var current = c.CurrentPhase;
        var target = outcome.TargetPhase;
        var acceptable = o.PainDuringLoadingRegressNrs - 1;
        string regress = target < current
            ? $" The easiest level of {current} was already in use, so the programme steps back to {target}."
            : $" Stay in {current} at a reduced load (the last load and hip-flexion level that was tolerated).";
        return outcome.ReasonCode switch
        {
            SuspendedRedFlag =>
                $"A red flag fired: no loading this visit; act on the red flag first. The programme is paused at {current}, not reset.",
            SuspendedAvulsion =>
                $"A suspected avulsion, or a confirmed one awaiting MRI or the surgical decision, blocks loading (DER-14): no loading this visit; the programme is paused at {current}.",
            SuspendedFluoroquinolone =>
                $"Tendon pain while taking a fluoroquinolone (AL-02, RISK-01(e)): loading is suspended until the antibiotic is stopped and the tendon reassessed; the programme is paused at {current}.",
            PainDuringAbove5 =>
                $"Pain during loading was {f.PainDuringLoadingNrs}/10, above the acceptable {acceptable}/10: regress." + regress,
            NotSettledNextMorning =>
                $"The next-morning load test ({f.LoadTestNextMorningNrs}/10) was worse than its baseline ({f.LoadTestBaselineNrs}/10): the tendon did not settle; regress." + regress,
            WorseningWeekOnWeek =>
                "Morning pain, stiffness or the load test worsened week on week: regress." + regress,
            InsufficientData =>
                $"Not enough pain-monitoring data ({string.Join(", ", UnknownPainInputs(c))} not recorded): hold in {current} until they are recorded (MISS-10).",
            CriteriaMet =>
                $"Pain during loading {f.PainDuringLoadingNrs}/10 (≤ {o.LoadToleranceNrs}), next-morning load test {f.LoadTestNextMorningNrs}/10 not above baseline {f.LoadTestBaselineNrs}/10, trend {f.WeeklyTrend}, and the exit criteria of {current} met: progress one phase to {target} (" + LoadingPlan.SequenceRuleId + ": phases are never skipped).",
            ProgressionBlockedFq =>
                $"Progression criteria are met, but a fluoroquinolone within the last {o.FluoroquinoloneRiskDays} days blocks progression into {LoadingPlan.Next(current)} (RISK-01(c)): hold in {current}.",
            FinalPhase =>
                "Already in the final phase (P5): hold; continue graded return to full activity and keep strength work going.",
            TrendUnknown =>
                $"The week-on-week trend was not recorded: hold in {current} until it is known.",
            ExitCriteriaNotMet =>
                $"Loading is well tolerated but the exit criteria of {current} are not (yet) met: hold, with small within-phase load increases.",
            _ =>
                $"Pain during loading {f.PainDuringLoadingNrs}/10 is within the acceptable range (up to {acceptable}/10), settled next morning and not worsening: hold in {current}" +
                (f.PainDuringLoadingNrs <= o.LoadToleranceNrs ? ", with small within-phase load increases." : " without increasing the load."),
        };
    }

    private static Outcome Regress(CaseFact c, string ruleId, string reason) =>
        new(ruleId, LoadingDecisionKind.Regress, reason, RegressTarget(c));

    private static Outcome Hold(CaseFact c, string ruleId, string reason) =>
        new(ruleId, LoadingDecisionKind.Hold, reason, c.CurrentPhase);
}
