using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Loading;

/// <summary>LOAD-START, LOAD-CONTINUE, DER-16 and MISS-13 (PATHWAY.md 4.3, 2.14, 3.5; SAFE-01, SAFE-08, SAFE-10, SAFE-14(e)).</summary>
public sealed class LoadingTests
{
    private static Recommendation Item(PathwayResult r, string id) => Assert.Single(r.Recommendations, x => x.Id == id);

    private static string Detail(PathwayResult r, string id) => Assert.Single(Item(r, id).Details);

    // ---- LOAD-START: starting phase ----

    [Fact]
    public void LOADSTART_starts_V01_in_P1_because_the_load_test_is_4()
    {
        var r = Evaluate(LoadingCases.V01());
        Assert.True(r.Recommends("LOAD-START"));
        Assert.Equal(LoadingPhase.P1, r.Phase);
        Assert.StartsWith("Start in P1: load-test pain 4/10", Detail(r, "LOAD-START"));
        Assert.False(r.Prompts("MISS-13"));
        Assert.Equal(ItemCategory.Exercise, Item(r, "LOAD-START").Category);
        Assert.Equal("EO", Item(r, "LOAD-START").EvidenceCode);
    }

    [Fact]
    public void LOADSTART_starts_in_P2_when_all_four_inputs_are_known_without_a_P1_trigger()
    {
        var r = Evaluate(LoadingCases.P2Start());
        Assert.True(r.Recommends("LOAD-START"));
        Assert.Equal(LoadingPhase.P2, r.Phase);
        Assert.StartsWith("Start in P2: ", Detail(r, "LOAD-START"));
        Assert.False(r.Prompts("MISS-13"));
    }

    [Theory]
    [InlineData(3, 30, 4, TriState.No, LoadingPhase.P2)]
    [InlineData(4, 30, 4, TriState.No, LoadingPhase.P1)]
    [InlineData(3, 29, 4, TriState.No, LoadingPhase.P1)]
    [InlineData(3, 30, 5, TriState.No, LoadingPhase.P1)]
    [InlineData(3, 30, 4, TriState.Yes, LoadingPhase.P1)]
    public void LOADSTART_starting_phase_boundaries(int loadTest, int sitting, int nrsNow, TriState restPain, LoadingPhase expected)
    {
        var r = Evaluate(LoadingCases.V01().Pain(p => p with
        {
            LoadTestNrs = loadTest, SittingToleranceMinutes = sitting, NrsNow = nrsNow, RestOrNightPain = restPain,
        }));
        Assert.Equal(expected, r.Phase);
        Assert.StartsWith("Start in " + expected + ": ", Detail(r, "LOAD-START"));
    }

    [Theory]
    [InlineData("Pain.LoadTestNrs")]
    [InlineData("Pain.SittingToleranceMinutes")]
    [InlineData("Pain.RestOrNightPain")]
    [InlineData("Pain.NrsNow")]
    public void LOADSTART_starts_in_P1_with_MISS13_naming_the_unknown_field(string field)
    {
        var r = Evaluate(LoadingCases.P2Start().Pain(p => field switch
        {
            "Pain.LoadTestNrs" => p with { LoadTestNrs = null },
            "Pain.SittingToleranceMinutes" => p with { SittingToleranceMinutes = null },
            "Pain.RestOrNightPain" => p with { RestOrNightPain = TriState.Unknown },
            _ => p with { NrsNow = null },
        }));
        Assert.Equal(LoadingPhase.P1, r.Phase);
        Assert.Contains(field, Detail(r, "LOAD-START"));
        var prompt = Assert.Single(r.MissingInformation, m => m.Id == "MISS-13");
        Assert.Equal([field], prompt.Fields);
        Assert.Equal(MissingInformationPriority.Medium, prompt.Priority);
    }

    [Fact]
    public void MISS13_names_every_unknown_starting_phase_input()
    {
        var r = Evaluate(LoadingCases.V01().Pain(p => p with
        {
            LoadTestNrs = null, SittingToleranceMinutes = null, NrsNow = null, RestOrNightPain = TriState.Unknown,
        }));
        Assert.Equal(LoadingPhase.P1, r.Phase);
        Assert.Equal(["Pain.LoadTestNrs", "Pain.SittingToleranceMinutes", "Pain.RestOrNightPain", "Pain.NrsNow"],
            r.MissingInformation.Single(m => m.Id == "MISS-13").Fields);
    }

    [Fact]
    public void MISS13_does_not_fire_when_LOADSTART_is_not_applicable()
    {
        var r = Evaluate(Diagnosis.DiagnosisTests.V03().Pain(p => p with { LoadTestNrs = null, SittingToleranceMinutes = null }));
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("LOAD-START").Outcome);
        Assert.False(r.Prompts("MISS-13"));
    }

    [Fact]
    public void V11_LOADSTART_is_suppressed_by_RF04_and_MISS13_does_not_fire()
    {
        var r = Evaluate(LoadingCases.V11());
        var trace = r.TraceOf("LOAD-START");
        Assert.Equal(TraceOutcome.SuppressedBy, trace.Outcome);
        Assert.Equal(["RF-04"], trace.SuppressedBy);
        Assert.False(r.Prompts("MISS-13"));
        Assert.Equal(LoadingPhase.None, r.Phase);
        Assert.Null(r.LoadingDecision);
    }

    [Fact]
    public void LOADSTART_content_gives_P1_isometric_dosing()
    {
        var detail = Detail(Evaluate(LoadingCases.V01()), "LOAD-START");
        Assert.Contains("isometric", detail);
        Assert.Contains("4–5 holds of 30–45 s", detail);
        Assert.Contains("70%", detail);
        Assert.Contains("3/10", detail);
        Assert.Contains("1–3 times a day", detail);
    }

    [Fact]
    public void LOADSTART_content_gives_P2_heavy_slow_resistance_dosing()
    {
        var detail = Detail(Evaluate(LoadingCases.P2Start()), "LOAD-START");
        Assert.Contains("heavy slow resistance", detail);
        Assert.Contains("3–4 sets", detail);
        Assert.Contains("15-repetition maximum toward a 6-repetition maximum over about 12 weeks", detail);
        Assert.Contains("3 sessions a week", detail);
        Assert.Contains("20–30 sessions", detail);
        Assert.Contains("Eccentric emphasis", detail);
    }

    // ---- LOAD-START: own conditions ----

    [Fact]
    public void LOADSTART_fires_at_a_follow_up_with_no_programme_active()
    {
        var r = Evaluate(LoadingCases.V01().FollowUp(f => f with { CurrentPhase = LoadingPhase.None }));
        Assert.True(r.Recommends("LOAD-START"));
        Assert.False(r.Recommends("LOAD-CONTINUE"));
        Assert.Equal(LoadingPhase.P1, r.Phase);
    }

    [Fact]
    public void LOADSTART_does_not_fire_at_a_follow_up_with_a_programme_active()
    {
        var r = Evaluate(LoadingCases.V09(3, 2));
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("LOAD-START").Outcome);
        Assert.False(r.Prompts("MISS-13"));
    }

    [Fact]
    public void LOADSTART_is_not_applicable_for_radicular_pain_without_PHT()
    {
        var r = Evaluate(Diagnosis.DiagnosisTests.V03());
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("LOAD-START").Outcome);
        Assert.Equal(LoadingPhase.None, r.Phase);
    }

    [Fact]
    public void LOADSTART_is_not_applicable_while_an_avulsion_blocks_loading()
    {
        var r = Evaluate(LoadingCases.SuspectedAvulsion());
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("LOAD-START").Outcome);
        Assert.Equal(LoadingPhase.None, r.Phase);
        Assert.Contains("AL-01", r.AlertIds());
    }

    [Fact]
    public void LOADSTART_always_starts_the_AV04_non_operative_pathway_in_P1()
    {
        var r = Evaluate(LoadingCases.NonOperativeAvulsion());
        Assert.Equal(Likelihood.Confirmed, r.Dx("DX-05"));
        Assert.True(r.Recommends("LOAD-START"));
        Assert.Equal(LoadingPhase.P1, r.Phase);
        Assert.Contains("AV-04", Detail(r, "LOAD-START"));
        Assert.False(r.Prompts("MISS-13"));
    }

    [Fact]
    public void LOADSTART_is_suppressed_by_AL02_in_V07_and_the_phase_stays_None()
    {
        var r = Evaluate(LoadingCases.V07());
        var trace = r.TraceOf("LOAD-START");
        Assert.Equal(TraceOutcome.SuppressedBy, trace.Outcome);
        Assert.Equal(["AL-02"], trace.SuppressedBy);
        Assert.False(r.Considers("LOAD-START"));
        Assert.Equal(LoadingPhase.None, r.Phase);
        Assert.Null(r.LoadingDecision);
    }

    [Fact]
    public void LOADSTART_is_suppressed_under_an_emergency_red_flag()
    {
        var r = Evaluate(LoadingCases.V01().WithEmergencyRedFlag());
        Assert.Equal(TraceOutcome.SuppressedBy, r.TraceOf("LOAD-START").Outcome);
        Assert.Equal(["RF-01"], r.TraceOf("LOAD-START").SuppressedBy);
        Assert.Equal(LoadingPhase.None, r.Phase);
    }

    // ---- LOAD-CONTINUE ----

    [Fact]
    public void LOADCONTINUE_continues_at_the_next_phase_after_Progress_with_its_content()
    {
        var r = Evaluate(LoadingCases.ReadyToProgress());
        var detail = Detail(r, "LOAD-CONTINUE");
        Assert.StartsWith("Progress from P2 to P3", detail);
        Assert.Contains("P3 — isotonic work with increasing hip flexion", detail);
        Assert.Equal(ItemCategory.Exercise, Item(r, "LOAD-CONTINUE").Category);
    }

    [Fact]
    public void LOADCONTINUE_after_Regress_within_the_phase_uses_a_reduced_load()
    {
        var detail = Detail(Evaluate(LoadingCases.V09(6, 2)), "LOAD-CONTINUE");
        Assert.StartsWith("Regress within P2 at a reduced load", detail);
        Assert.Contains("P2 — isotonic strength work", detail);
    }

    [Fact]
    public void LOADCONTINUE_after_Regress_to_the_previous_phase_gives_that_phase()
    {
        var detail = Detail(Evaluate(LoadingCases.V09(6, 2).FollowUp(f => f with { AtLowestLevelOfPhase = TriState.Yes })), "LOAD-CONTINUE");
        Assert.StartsWith("Regress from P2 to P1", detail);
        Assert.Contains("P1 — isometric holds", detail);
    }

    [Fact]
    public void LOADCONTINUE_after_Regress_in_P1_means_fewer_or_shorter_holds()
    {
        var detail = Detail(Evaluate(LoadingCases.V09(6, 2).Phase(LoadingPhase.P1)), "LOAD-CONTINUE");
        Assert.StartsWith("Regress within P1 at a reduced load: fewer and/or shorter isometric holds", detail);
    }

    [Fact]
    public void LOADCONTINUE_after_Hold_stays_in_the_phase()
    {
        var detail = Detail(Evaluate(LoadingCases.V09(5, 2)), "LOAD-CONTINUE");
        Assert.StartsWith("Hold in P2", detail);
    }

    [Fact]
    public void LOADCONTINUE_is_not_applicable_at_a_first_visit()
    {
        Assert.Equal(TraceOutcome.NotApplicable, Evaluate(LoadingCases.V01()).TraceOf("LOAD-CONTINUE").Outcome);
    }

    [Fact]
    public void LOADCONTINUE_is_suppressed_by_an_urgent_red_flag_and_PMM_suspends()
    {
        var r = Evaluate(LoadingCases.ReadyToProgress().WithUrgentRedFlag());
        Assert.Equal(TraceOutcome.SuppressedBy, r.TraceOf("LOAD-CONTINUE").Outcome);
        Assert.Equal(["RF-05"], r.TraceOf("LOAD-CONTINUE").SuppressedBy);
        var d = Assert.IsType<LoadingDecision>(r.LoadingDecision);
        Assert.Equal((LoadingDecisionKind.Suspend, "SUSPENDED_RED_FLAG", LoadingPhase.P2), (d.Decision, d.ReasonCode, d.TargetPhase));
        Assert.Equal(LoadingPhase.P2, r.Phase);
    }

    [Fact]
    public void Emergency_red_flag_at_a_follow_up_suspends_and_lists_no_loading_item()
    {
        var r = Evaluate(LoadingCases.ReadyToProgress().WithEmergencyRedFlag());
        Assert.Equal(LoadingDecisionKind.Suspend, r.LoadingDecision!.Decision);
        Assert.Equal("SUSPENDED_RED_FLAG", r.LoadingDecision.ReasonCode);
        Assert.DoesNotContain(r.Recommendations, x => x.Id.StartsWith("LOAD-", StringComparison.Ordinal) || x.Id.StartsWith("LM-", StringComparison.Ordinal));
        Assert.Equal(TraceOutcome.SuppressedBy, r.TraceOf("LOAD-CONTINUE").Outcome);
    }

    [Fact]
    public void Current_fluoroquinolone_at_a_follow_up_suspends_loading_and_suppresses_LOADCONTINUE_by_AL02()
    {
        var r = Evaluate(LoadingCases.ReadyToProgress().Medication(MedicationClass.Fluoroquinolone));
        var d = Assert.IsType<LoadingDecision>(r.LoadingDecision);
        Assert.Equal((LoadingDecisionKind.Suspend, "SUSPENDED_FQ_TENDON_PAIN", "PMM-01", LoadingPhase.P2),
            (d.Decision, d.ReasonCode, d.RuleId, d.TargetPhase));
        Assert.Equal(["AL-02"], r.TraceOf("LOAD-CONTINUE").SuppressedBy);
        Assert.True(r.Recommends("FU-01")); // a suspended programme is reviewed in 1–2 weeks
    }

    [Fact]
    public void A_red_flag_is_the_first_suspension_reason_before_the_fluoroquinolone()
    {
        var r = Evaluate(LoadingCases.ReadyToProgress().Medication(MedicationClass.Fluoroquinolone).WithUrgentRedFlag());
        Assert.Equal("SUSPENDED_RED_FLAG", r.LoadingDecision!.ReasonCode);
    }

    // ---- DER-16 ----

    [Fact]
    public void DER16_is_None_when_no_loading_programme_is_started_or_decided()
    {
        var r = Evaluate(LoadingCases.IschiofemoralOnly());
        Assert.Equal(LoadingPhase.None, r.Phase);
        Assert.Single(r.Explanation, f => f.RuleId == "DER-16");
    }

    [Fact]
    public void DER16_is_the_decision_target_at_a_follow_up()
    {
        var r = Evaluate(LoadingCases.ReadyToProgress());
        Assert.Equal(LoadingPhase.P3, r.Phase);
        Assert.Single(r.Explanation, f => f.RuleId == "DER-16");
    }
}
