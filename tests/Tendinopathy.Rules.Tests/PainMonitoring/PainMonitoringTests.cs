using Tendinopathy.Rules.Tests.Loading;
using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.PainMonitoring;

/// <summary>PMM-01…PMM-08 (PATHWAY.md 4.4): the decision rows in order, every progress / hold / regress boundary, SAFE-09 and SAFE-10.</summary>
public sealed class PainMonitoringTests
{
    private static LoadingDecision Decision(PathwayResult r) => Assert.IsType<LoadingDecision>(r.LoadingDecision);

    private static void AssertDecision(PathwayResult r, LoadingDecisionKind kind, string ruleId, string reason, LoadingPhase target)
    {
        var d = Decision(r);
        Assert.Equal(kind, d.Decision);
        Assert.Equal(ruleId, d.RuleId);
        Assert.Equal(reason, d.ReasonCode);
        Assert.Equal(target, d.TargetPhase);
        Assert.False(string.IsNullOrWhiteSpace(d.Explanation));
        Assert.Equal(target, r.Phase);
    }

    // ---- When PMM runs ----

    [Fact]
    public void PMM_does_not_run_at_a_first_visit()
    {
        Assert.Null(Evaluate(LoadingCases.V01()).LoadingDecision);
    }

    [Fact]
    public void PMM_does_not_run_when_no_programme_is_active()
    {
        var r = Evaluate(LoadingCases.V09(3, 2).Phase(LoadingPhase.None));
        Assert.Null(r.LoadingDecision);
    }

    [Fact]
    public void PMM_does_not_run_for_radicular_pain_without_PHT()
    {
        var r = Evaluate(Diagnosis.DiagnosisTests.V03().FollowUp(f => f with
        {
            CurrentPhase = LoadingPhase.P2, PainDuringLoadingNrs = 3, LoadTestNextMorningNrs = 2, LoadTestBaselineNrs = 2,
        }));
        Assert.Null(r.LoadingDecision);
        Assert.Equal(LoadingPhase.None, r.Phase);
    }

    [Fact]
    public void PMM_does_not_run_for_ischiofemoral_impingement_alone()
    {
        var r = Evaluate(LoadingCases.IschiofemoralOnly().FollowUp(f => f with
        {
            CurrentPhase = LoadingPhase.P2, PainDuringLoadingNrs = 3, LoadTestNextMorningNrs = 2, LoadTestBaselineNrs = 2,
        }));
        Assert.Equal(Likelihood.Possible, r.Dx("DX-06"));
        Assert.Null(r.LoadingDecision);
    }

    // ---- PMM-01 Suspend ----

    [Fact]
    public void PMM01_suspends_at_the_current_phase_when_avulsion_blocks_loading()
    {
        var r = Evaluate(LoadingCases.SuspectedAvulsion().FollowUp(f => f with
        {
            CurrentPhase = LoadingPhase.P3, PainDuringLoadingNrs = 2, LoadTestNextMorningNrs = 1, LoadTestBaselineNrs = 2,
            WeeklyTrend = WeeklyTrend.Improving, PhaseExitCriteriaMet = TriState.Yes,
        }));
        AssertDecision(r, LoadingDecisionKind.Suspend, "PMM-01", "SUSPENDED_AVULSION", LoadingPhase.P3);
        Assert.False(r.Recommends("LOAD-CONTINUE"));
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("LOAD-CONTINUE").Outcome);
    }

    [Fact]
    public void PMM01_suspension_takes_precedence_over_a_regress_row()
    {
        var r = Evaluate(LoadingCases.SuspectedAvulsion().FollowUp(f => f with
        {
            CurrentPhase = LoadingPhase.P2, PainDuringLoadingNrs = 8, LoadTestNextMorningNrs = 5, LoadTestBaselineNrs = 2,
        }));
        AssertDecision(r, LoadingDecisionKind.Suspend, "PMM-01", "SUSPENDED_AVULSION", LoadingPhase.P2);
        Assert.False(r.Prompts("MISS-10"));
    }

    [Fact]
    public void PMM01_does_not_apply_without_red_flag_avulsion_or_fluoroquinolone()
    {
        var r = Evaluate(LoadingCases.V09(8, 2));
        Assert.NotEqual(LoadingDecisionKind.Suspend, Decision(r).Decision);
    }

    // ---- PMM-02 pain during loading: 5 vs 6 ----

    [Fact]
    public void PMM02_regresses_when_pain_during_loading_is_6()
    {
        AssertDecision(Evaluate(LoadingCases.V09(6, 2)), LoadingDecisionKind.Regress, "PMM-02", "PAIN_DURING_ABOVE_5", LoadingPhase.P2);
    }

    [Fact]
    public void PMM06_holds_when_pain_during_loading_is_5()
    {
        AssertDecision(Evaluate(LoadingCases.V09(5, 2)), LoadingDecisionKind.Hold, "PMM-06", "WITHIN_ACCEPTABLE_RANGE", LoadingPhase.P2);
    }

    [Fact]
    public void PMM02_regresses_on_pain_during_loading_even_when_other_inputs_are_unknown()
    {
        var r = Evaluate(LoadingCases.V09(7, null));
        AssertDecision(r, LoadingDecisionKind.Regress, "PMM-02", "PAIN_DURING_ABOVE_5", LoadingPhase.P2);
        Assert.True(r.Prompts("MISS-10"));
        Assert.Equal(["FollowUp.LoadTestNextMorningNrs"], r.MissingInformation.Single(m => m.Id == "MISS-10").Fields);
    }

    // ---- PMM-05 / PMM-06 pain during loading: 3 vs 4 ----

    [Fact]
    public void PMM05_progresses_when_pain_during_loading_is_3()
    {
        AssertDecision(Evaluate(LoadingCases.V09(3, 2)), LoadingDecisionKind.Progress, "PMM-05", "CRITERIA_MET", LoadingPhase.P3);
    }

    [Fact]
    public void PMM06_holds_when_pain_during_loading_is_4()
    {
        AssertDecision(Evaluate(LoadingCases.V09(4, 2)), LoadingDecisionKind.Hold, "PMM-06", "WITHIN_ACCEPTABLE_RANGE", LoadingPhase.P2);
    }

    // ---- PMM-03 next morning: baseline vs baseline + 1 ----

    [Fact]
    public void PMM05_progresses_when_next_morning_equals_baseline()
    {
        AssertDecision(Evaluate(LoadingCases.V09(3, 2)), LoadingDecisionKind.Progress, "PMM-05", "CRITERIA_MET", LoadingPhase.P3);
    }

    [Fact]
    public void PMM03_regresses_when_next_morning_is_baseline_plus_1()
    {
        AssertDecision(Evaluate(LoadingCases.V09(3, 3)), LoadingDecisionKind.Regress, "PMM-03", "NOT_SETTLED_NEXT_MORNING", LoadingPhase.P2);
    }

    [Fact]
    public void PMM02_is_evaluated_before_PMM03()
    {
        AssertDecision(Evaluate(LoadingCases.V09(6, 4)), LoadingDecisionKind.Regress, "PMM-02", "PAIN_DURING_ABOVE_5", LoadingPhase.P2);
    }

    // ---- PMM-04 trend: Stable vs Worsening ----

    [Fact]
    public void PMM05_progresses_when_trend_is_Stable()
    {
        var r = Evaluate(LoadingCases.V09(3, 2).FollowUp(f => f with { WeeklyTrend = WeeklyTrend.Stable }));
        AssertDecision(r, LoadingDecisionKind.Progress, "PMM-05", "CRITERIA_MET", LoadingPhase.P3);
    }

    [Fact]
    public void PMM04_regresses_when_trend_is_Worsening()
    {
        var r = Evaluate(LoadingCases.V09(3, 2).FollowUp(f => f with { WeeklyTrend = WeeklyTrend.Worsening }));
        AssertDecision(r, LoadingDecisionKind.Regress, "PMM-04", "WORSENING_WEEK_ON_WEEK", LoadingPhase.P2);
    }

    [Fact]
    public void PMM03_is_evaluated_before_PMM04()
    {
        var r = Evaluate(LoadingCases.V09(3, 3).FollowUp(f => f with { WeeklyTrend = WeeklyTrend.Worsening }));
        AssertDecision(r, LoadingDecisionKind.Regress, "PMM-03", "NOT_SETTLED_NEXT_MORNING", LoadingPhase.P2);
    }

    [Fact]
    public void PMM04_regresses_on_a_worsening_trend_before_PMM07_holds_for_missing_data()
    {
        var r = Evaluate(LoadingCases.V09(null, null).FollowUp(f => f with { WeeklyTrend = WeeklyTrend.Worsening }));
        AssertDecision(r, LoadingDecisionKind.Regress, "PMM-04", "WORSENING_WEEK_ON_WEEK", LoadingPhase.P2);
        Assert.True(r.Prompts("MISS-10"));
    }

    // ---- PMM-07 insufficient data ----

    [Theory]
    [InlineData(null, 2, 2, "FollowUp.PainDuringLoadingNrs")]
    [InlineData(3, null, 2, "FollowUp.LoadTestNextMorningNrs")]
    [InlineData(3, 2, null, "FollowUp.LoadTestBaselineNrs")]
    public void PMM07_holds_with_MISS10_when_a_pain_input_is_unknown(int? during, int? morning, int? baseline, string field)
    {
        var r = Evaluate(LoadingCases.V09Base().FollowUp(f => f with
        {
            PainDuringLoadingNrs = during, LoadTestNextMorningNrs = morning, LoadTestBaselineNrs = baseline,
        }));
        AssertDecision(r, LoadingDecisionKind.Hold, "PMM-07", "INSUFFICIENT_DATA", LoadingPhase.P2);
        Assert.Equal([field], r.MissingInformation.Single(m => m.Id == "MISS-10").Fields);
    }

    [Fact]
    public void MISS10_is_not_raised_when_every_pain_input_is_recorded()
    {
        Assert.False(Evaluate(LoadingCases.V09(3, 2)).Prompts("MISS-10"));
    }

    [Fact]
    public void MISS10_is_not_raised_when_PMM01_suspends()
    {
        var r = Evaluate(LoadingCases.SuspectedAvulsion().FollowUp(f => f with { CurrentPhase = LoadingPhase.P2 }));
        Assert.Equal(LoadingDecisionKind.Suspend, Decision(r).Decision);
        Assert.False(r.Prompts("MISS-10"));
    }

    // ---- PMM-05 exit criteria: Yes vs No / Unknown ----

    [Fact]
    public void PMM05_progresses_when_exit_criteria_are_met()
    {
        AssertDecision(Evaluate(LoadingCases.V09(3, 2)), LoadingDecisionKind.Progress, "PMM-05", "CRITERIA_MET", LoadingPhase.P3);
    }

    [Theory]
    [InlineData(TriState.No)]
    [InlineData(TriState.Unknown)]
    public void PMM06_holds_with_EXIT_CRITERIA_NOT_MET_when_exit_criteria_are_not_Yes(TriState exit)
    {
        var r = Evaluate(LoadingCases.V09(3, 2).FollowUp(f => f with { PhaseExitCriteriaMet = exit }));
        AssertDecision(r, LoadingDecisionKind.Hold, "PMM-06", "EXIT_CRITERIA_NOT_MET", LoadingPhase.P2);
    }

    [Fact]
    public void PMM06_holds_within_range_when_pain_is_4_and_exit_criteria_are_not_met()
    {
        var r = Evaluate(LoadingCases.V09(4, 2).FollowUp(f => f with { PhaseExitCriteriaMet = TriState.No }));
        AssertDecision(r, LoadingDecisionKind.Hold, "PMM-06", "WITHIN_ACCEPTABLE_RANGE", LoadingPhase.P2);
    }

    // ---- PMM-06 reasons ----

    [Fact]
    public void PMM06_holds_with_FINAL_PHASE_in_P5()
    {
        var r = Evaluate(LoadingCases.V09(3, 2).Phase(LoadingPhase.P5));
        AssertDecision(r, LoadingDecisionKind.Hold, "PMM-06", "FINAL_PHASE", LoadingPhase.P5);
    }

    [Fact]
    public void PMM06_holds_with_TREND_UNKNOWN_when_the_trend_is_not_recorded()
    {
        var r = Evaluate(LoadingCases.V09(3, 2).FollowUp(f => f with { WeeklyTrend = WeeklyTrend.Unknown }));
        AssertDecision(r, LoadingDecisionKind.Hold, "PMM-06", "TREND_UNKNOWN", LoadingPhase.P2);
        Assert.False(r.Prompts("MISS-10"));
    }

    [Fact]
    public void PMM06_reports_TREND_UNKNOWN_before_EXIT_CRITERIA_NOT_MET()
    {
        var r = Evaluate(LoadingCases.V09(3, 2).FollowUp(f => f with { WeeklyTrend = WeeklyTrend.Unknown, PhaseExitCriteriaMet = TriState.No }));
        AssertDecision(r, LoadingDecisionKind.Hold, "PMM-06", "TREND_UNKNOWN", LoadingPhase.P2);
    }

    // ---- RISK-01(c) progression block ----

    [Fact]
    public void PMM06_blocks_progression_from_P3_to_P4_after_a_recent_fluoroquinolone()
    {
        var r = Evaluate(LoadingCases.V09(3, 2).Phase(LoadingPhase.P3)
            .Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 20));
        AssertDecision(r, LoadingDecisionKind.Hold, "PMM-06", "PROGRESSION_BLOCKED_FQ", LoadingPhase.P3);
    }

    [Fact]
    public void PMM06_blocks_progression_from_P4_to_P5_after_a_recent_fluoroquinolone()
    {
        var r = Evaluate(LoadingCases.V09(3, 2).Phase(LoadingPhase.P4)
            .Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 60));
        AssertDecision(r, LoadingDecisionKind.Hold, "PMM-06", "PROGRESSION_BLOCKED_FQ", LoadingPhase.P4);
    }

    [Fact]
    public void PMM05_progresses_from_P2_to_P3_despite_a_recent_fluoroquinolone()
    {
        var r = Evaluate(LoadingCases.V09(3, 2).Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 20));
        AssertDecision(r, LoadingDecisionKind.Progress, "PMM-05", "CRITERIA_MET", LoadingPhase.P3);
    }

    [Fact]
    public void PMM05_progresses_from_P3_to_P4_when_the_fluoroquinolone_was_stopped_more_than_60_days_ago()
    {
        var r = Evaluate(LoadingCases.V09(3, 2).Phase(LoadingPhase.P3)
            .Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 61));
        AssertDecision(r, LoadingDecisionKind.Progress, "PMM-05", "CRITERIA_MET", LoadingPhase.P4);
    }

    [Fact]
    public void PMM06_reports_the_other_failing_reason_when_the_FQ_block_is_not_the_only_one()
    {
        var r = Evaluate(LoadingCases.V09(3, 2).Phase(LoadingPhase.P3)
            .FollowUp(f => f with { PhaseExitCriteriaMet = TriState.No })
            .Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 20));
        AssertDecision(r, LoadingDecisionKind.Hold, "PMM-06", "EXIT_CRITERIA_NOT_MET", LoadingPhase.P3);
    }

    // ---- Regress target (AtLowestLevelOfPhase) and LOAD-SEQ ----

    [Fact]
    public void Regress_steps_back_one_phase_when_already_at_the_lowest_level()
    {
        var r = Evaluate(LoadingCases.V09(6, 2).Phase(LoadingPhase.P3).FollowUp(f => f with { AtLowestLevelOfPhase = TriState.Yes }));
        AssertDecision(r, LoadingDecisionKind.Regress, "PMM-02", "PAIN_DURING_ABOVE_5", LoadingPhase.P2);
    }

    [Theory]
    [InlineData(TriState.No)]
    [InlineData(TriState.Unknown)]
    public void Regress_stays_in_phase_unless_the_lowest_level_was_in_use(TriState lowest)
    {
        var r = Evaluate(LoadingCases.V09(6, 2).Phase(LoadingPhase.P3).FollowUp(f => f with { AtLowestLevelOfPhase = lowest }));
        AssertDecision(r, LoadingDecisionKind.Regress, "PMM-02", "PAIN_DURING_ABOVE_5", LoadingPhase.P3);
    }

    [Fact]
    public void Regress_never_goes_below_P1()
    {
        var r = Evaluate(LoadingCases.V09(6, 2).Phase(LoadingPhase.P1).FollowUp(f => f with { AtLowestLevelOfPhase = TriState.Yes }));
        AssertDecision(r, LoadingDecisionKind.Regress, "PMM-02", "PAIN_DURING_ABOVE_5", LoadingPhase.P1);
    }

    [Theory]
    [InlineData(LoadingPhase.P1, LoadingPhase.P2)]
    [InlineData(LoadingPhase.P2, LoadingPhase.P3)]
    [InlineData(LoadingPhase.P3, LoadingPhase.P4)]
    [InlineData(LoadingPhase.P4, LoadingPhase.P5)]
    public void PMM05_advances_exactly_one_phase(LoadingPhase current, LoadingPhase next)
    {
        var r = Evaluate(LoadingCases.V09(3, 2).Phase(current));
        AssertDecision(r, LoadingDecisionKind.Progress, "PMM-05", "CRITERIA_MET", next);
    }

    [Fact]
    public void The_decision_is_traced_by_exactly_one_PMM_rule()
    {
        var r = Evaluate(LoadingCases.V09(3, 3));
        var pmm = r.Explanation.Where(f => f.RuleId.StartsWith("PMM-0", StringComparison.Ordinal) && f.RuleId != "PMM-08").ToArray();
        Assert.Single(pmm);
        Assert.Equal("PMM-03", pmm[0].RuleId);
    }

    // ---- PMM-08 → ESC-03 ----

    [Fact]
    public void PMM08_recommends_ESC03_after_two_consecutive_regress_decisions()
    {
        var r = Evaluate(LoadingCases.V09(4, 3).FollowUp(f => f with { PreviousDecisions = [LoadingDecisionKind.Hold, LoadingDecisionKind.Regress] }));
        Assert.True(r.Recommends("ESC-03"));
        Assert.Equal(["PMM-08"], r.TraceOf("ESC-03").Emitters);
        Assert.Equal(ItemCategory.FollowUp, r.Recommendations.Single(x => x.Id == "ESC-03").Category);
    }

    [Fact]
    public void PMM08_does_not_fire_when_the_current_decision_is_not_Regress()
    {
        var r = Evaluate(LoadingCases.V09(5, 2).FollowUp(f => f with { PreviousDecisions = [LoadingDecisionKind.Regress] }));
        Assert.False(r.Recommends("ESC-03"));
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("ESC-03").Outcome);
    }

    [Theory]
    [InlineData(new LoadingDecisionKind[0])]
    [InlineData(new[] { LoadingDecisionKind.Regress, LoadingDecisionKind.Suspend })]
    [InlineData(new[] { LoadingDecisionKind.Regress, LoadingDecisionKind.Hold })]
    public void PMM08_reads_only_the_most_recent_previous_decision(LoadingDecisionKind[] previous)
    {
        var r = Evaluate(LoadingCases.V09(6, 2).FollowUp(f => f with { PreviousDecisions = previous }));
        Assert.Equal(LoadingDecisionKind.Regress, Decision(r).Decision);
        Assert.False(r.Recommends("ESC-03"));
    }
}
