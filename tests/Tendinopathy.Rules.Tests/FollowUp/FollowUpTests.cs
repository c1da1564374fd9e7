using Tendinopathy.Rules.Tests.Loading;
using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.FollowUp;

/// <summary>FU-01…FU-05 (PATHWAY.md 4.12): which review interval applies, and that the shorter interval wins.</summary>
public sealed class FollowUpTests
{
    private static Recommendation Item(PathwayResult r, string id) => Assert.Single(r.Recommendations, x => x.Id == id);

    [Fact]
    public void FU01_reviews_a_new_P1_programme_in_1_to_2_weeks_with_the_monitoring_data()
    {
        var r = Evaluate(LoadingCases.V01());
        var detail = Assert.Single(Item(r, "FU-01").Details);
        Assert.StartsWith("Review in 1–2 weeks.", detail);
        Assert.Contains("load-test", detail);
        Assert.Equal(ItemCategory.FollowUp, Item(r, "FU-01").Category);
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("FU-02").Outcome);
    }

    [Fact]
    public void FU01_applies_to_ischiofemoral_impingement_without_a_phase()
    {
        var r = Evaluate(LoadingCases.IschiofemoralOnly());
        Assert.Equal(LoadingPhase.None, r.Phase);
        Assert.Equal(["Review in 1–2 weeks."], Item(r, "FU-01").Details);
    }

    [Fact]
    public void FU01_is_not_applicable_to_radicular_pain_alone()
    {
        var r = Evaluate(Diagnosis.DiagnosisTests.V03());
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("FU-01").Outcome);
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("FU-02").Outcome);
    }

    [Fact]
    public void FU02_reviews_every_2_to_4_weeks_after_progressing_into_P3()
    {
        var r = Evaluate(LoadingCases.ReadyToProgress());
        Assert.StartsWith("Review every 2–4 weeks.", Assert.Single(Item(r, "FU-02").Details));
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("FU-01").Outcome);
    }

    [Fact]
    public void FU02_applies_while_holding_in_P5()
    {
        var r = Evaluate(LoadingCases.V09(3, 2).Phase(LoadingPhase.P5));
        Assert.True(r.Recommends("FU-02"));
        Assert.False(r.Recommends("FU-01"));
    }

    [Fact]
    public void FU01_not_FU02_after_a_Regress_in_P3()
    {
        var r = Evaluate(LoadingCases.V09(6, 2).Phase(LoadingPhase.P3));
        Assert.Equal(LoadingPhase.P3, r.Phase);
        Assert.True(r.Recommends("FU-01"));
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("FU-02").Outcome);
    }

    [Fact]
    public void FU01_after_a_Suspend_in_P4_and_no_FU02()
    {
        var r = Evaluate(LoadingCases.V09(3, 2).Phase(LoadingPhase.P4).Medication(MedicationClass.Fluoroquinolone));
        Assert.Equal(LoadingDecisionKind.Suspend, r.LoadingDecision!.Decision);
        Assert.True(r.Recommends("FU-01"));
        Assert.False(r.Recommends("FU-02"));
    }

    [Fact]
    public void FU05_reviews_a_suspected_avulsion_within_1_week_and_FU01_does_not_fire()
    {
        var r = Evaluate(LoadingCases.SuspectedAvulsion());
        Assert.StartsWith("Review within 1 week, or", Assert.Single(Item(r, "FU-05").Details));
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("FU-01").Outcome);
    }

    [Fact]
    public void FU05_wins_over_FU01_on_the_AV04_pathway_while_the_decision_is_pending()
    {
        var r = Evaluate(LoadingCases.NonOperativeAvulsion().History(h => h with { AvulsionSurgicalDecision = AvulsionSurgicalDecision.Pending }));
        Assert.True(r.Recommends("LOAD-START"));
        Assert.Equal(LoadingPhase.P1, r.Phase);
        Assert.True(r.Recommends("FU-05"));
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("FU-01").Outcome);
    }

    [Fact]
    public void FU01_reviews_the_AV04_pathway_in_P1_once_the_decision_is_non_operative()
    {
        var r = Evaluate(LoadingCases.NonOperativeAvulsion());
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("FU-05").Outcome);
        Assert.True(r.Recommends("FU-01"));
    }

    [Fact]
    public void FU02_reviews_the_AV04_pathway_in_P3()
    {
        var r = Evaluate(LoadingCases.NonOperativeAvulsion().FollowUp(f => f with
        {
            CurrentPhase = LoadingPhase.P2, PainDuringLoadingNrs = 2, LoadTestNextMorningNrs = 1, LoadTestBaselineNrs = 1,
            WeeklyTrend = WeeklyTrend.Improving, PhaseExitCriteriaMet = TriState.Yes,
        }));
        Assert.Equal(LoadingDecisionKind.Progress, r.LoadingDecision!.Decision);
        Assert.Equal(LoadingPhase.P3, r.Phase);
        Assert.True(r.Recommends("LOAD-CONTINUE"));
        Assert.True(r.Recommends("FU-02"));
        Assert.False(r.Recommends("FU-01"));
    }

    [Fact]
    public void FU03_reviews_sciatica_in_2_to_4_weeks()
    {
        var r = Evaluate(Diagnosis.DiagnosisTests.V03());
        Assert.Equal(["Review in 2–4 weeks."], Item(r, "FU-03").Details);
    }

    [Fact]
    public void FU03_is_not_applicable_when_a_red_flag_fired()
    {
        var r = Evaluate(Diagnosis.DiagnosisTests.V03().WithUrgentRedFlag());
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("FU-03").Outcome);
    }

    [Fact]
    public void FU04_reviews_undifferentiated_pain_in_2_weeks()
    {
        var r = Evaluate(CaseBuilder.Baseline());
        Assert.Equal(Likelihood.Possible, r.Dx("DX-07"));
        Assert.True(r.Recommends("FU-04"));
    }

    [Fact]
    public void FU04_is_not_applicable_when_a_diagnosis_is_possible()
    {
        Assert.Equal(TraceOutcome.NotApplicable, Evaluate(LoadingCases.V01()).TraceOf("FU-04").Outcome);
    }

    [Fact]
    public void V11_FU01_is_suppressed_by_the_urgent_red_flag()
    {
        var r = Evaluate(LoadingCases.V11());
        Assert.Equal(TraceOutcome.SuppressedBy, r.TraceOf("FU-01").Outcome);
        Assert.Equal(["RF-04"], r.TraceOf("FU-01").SuppressedBy);
    }

    [Fact]
    public void V07_FU01_is_recommended_while_loading_is_suspended_by_AL02()
    {
        Assert.True(Evaluate(LoadingCases.V07()).Recommends("FU-01"));
    }
}
