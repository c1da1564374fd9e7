using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Vignettes.VignetteAssert;

namespace Tendinopathy.Rules.Tests.Vignettes;

/// <summary>
/// PATHWAY.md 7, V09: follow-up visit boundaries of the pain-monitoring model (PMM-). Base: the V01 patient at visit 4 in P2
/// after 6 weeks of loading with a sufficient response (FailedConservativeWeeks = 0); each sub-case changes a few inputs.
/// </summary>
public sealed class V09FollowUpTests
{
    private static PathwayResult R(string file) => VignetteCases.Evaluate(file);

    /// <summary>file, decision, target phase, deciding rule, reason code, follow-up item.</summary>
    public static TheoryData<string, LoadingDecisionKind, LoadingPhase, string, string, string> Table => new()
    {
        { "v09a-progress", LoadingDecisionKind.Progress, LoadingPhase.P3, "PMM-05", "CRITERIA_MET", "FU-02" },
        { "v09b-hold", LoadingDecisionKind.Hold, LoadingPhase.P2, "PMM-06", "WITHIN_ACCEPTABLE_RANGE", "FU-01" },
        { "v09c-regress-next-morning", LoadingDecisionKind.Regress, LoadingPhase.P2, "PMM-03", "NOT_SETTLED_NEXT_MORNING", "FU-01" },
        { "v09d-regress-pain-during", LoadingDecisionKind.Regress, LoadingPhase.P2, "PMM-02", "PAIN_DURING_ABOVE_5", "FU-01" },
        { "v09e-exit-criteria-not-met", LoadingDecisionKind.Hold, LoadingPhase.P2, "PMM-06", "EXIT_CRITERIA_NOT_MET", "FU-01" },
        { "v09f-worsening", LoadingDecisionKind.Regress, LoadingPhase.P2, "PMM-04", "WORSENING_WEEK_ON_WEEK", "FU-01" },
        { "v09g-insufficient-data", LoadingDecisionKind.Hold, LoadingPhase.P2, "PMM-07", "INSUFFICIENT_DATA", "FU-01" },
        { "v09h-second-regress", LoadingDecisionKind.Regress, LoadingPhase.P2, "PMM-03", "NOT_SETTLED_NEXT_MORNING", "FU-01" },
        { "v09i-fq-block", LoadingDecisionKind.Hold, LoadingPhase.P3, "PMM-06", "PROGRESSION_BLOCKED_FQ", "FU-02" },
    };

    public static TheoryData<string> AllCases => new(VignetteCases.Files.Where(f => f.StartsWith("v09", StringComparison.Ordinal)));

    /// <summary>Every V09 sub-case except V09h: no two consecutive Hold/Regress, so neither injection nor shockwave is eligible.</summary>
    public static TheoryData<string> AllButH => new(VignetteCases.Files.Where(f => f.StartsWith("v09", StringComparison.Ordinal) && f != "v09h-second-regress"));

    /// <summary>Every V09 sub-case except V09f: trend Improving, response sufficient, VISA-H +14.</summary>
    public static TheoryData<string> AllButF => new(VignetteCases.Files.Where(f => f.StartsWith("v09", StringComparison.Ordinal) && f != "v09f-worsening"));

    [Theory]
    [MemberData(nameof(Table))]
    public void The_loading_decision_target_phase_rule_and_reason_are_as_tabled(
        string file, LoadingDecisionKind decision, LoadingPhase target, string rule, string reason, string followUp)
    {
        _ = followUp;
        var d = R(file).LoadingDecision;
        Assert.True(d is not null, $"{file}: no LoadingDecision (PMM rules not yet in the rule set?).");
        Assert.Equal((decision, target, rule, reason), (d.Decision, d.TargetPhase, d.RuleId, d.ReasonCode));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Loading_continues_at_the_target_phase(
        string file, LoadingDecisionKind decision, LoadingPhase target, string rule, string reason, string followUp)
    {
        _ = (decision, rule, reason, followUp);
        var r = R(file);
        Recommends(r, "LOAD-CONTINUE");
        DoesNotRecommend(r, "LOAD-START");
        Assert.Equal(target, r.Phase);
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void The_review_interval_follows_the_phase_and_the_decision(
        string file, LoadingDecisionKind decision, LoadingPhase target, string rule, string reason, string followUp)
    {
        _ = (decision, target, rule, reason);
        var r = R(file);
        Recommends(r, followUp);
        // FU-02 fires only when FU-01 does not (the shorter interval wins); FU-02 needs Phase ∈ P3…P5.
        DoesNotRecommend(r, followUp == "FU-01" ? "FU-02" : "FU-01");
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Urgency_is_Routine_surgery_never_fires_and_no_imaging_statement_at_a_follow_up(string file)
    {
        var r = R(file);
        Assert.Equal(Urgency.Routine, r.OverallUrgency);
        DoesNotRecommend(r, "SURG-01", "IMG-05");
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void PRP_is_considered_and_not_recommended_for_insufficient_evidence(string file)
    {
        Considered(R(file), "INJ-02", "INSUFFICIENT_EVIDENCE");
    }

    [Theory]
    [MemberData(nameof(AllButH))]
    public void Injection_shockwave_and_hamstring_imaging_are_absent(string file)
    {
        DoesNotRecommend(R(file), "INJ-01", "ESWT-01", "IMG-10");
    }

    [Theory]
    [MemberData(nameof(AllButF))]
    public void ESC02_is_absent(string file)
    {
        DoesNotRecommend(R(file), "ESC-02");
    }

    [Theory]
    [InlineData("v09a-progress")]
    [InlineData("v09i-fq-block")]
    public void In_P3_the_early_phase_hip_flexion_and_stretching_items_are_absent(string file)
    {
        var r = R(file);
        Assert.Equal(LoadingPhase.P3, r.Phase);
        DoesNotRecommend(r, "LM-03", "LM-04");
        DoesNotDisplay(r, "DNO-32");
    }

    [Fact]
    public void V09b_to_V09h_have_no_alert()
    {
        foreach (var file in VignetteCases.Files.Where(f => f.StartsWith("v09", StringComparison.Ordinal) && f != "v09i-fq-block"))
        {
            Assert.True(R(file).Alerts.Count == 0, $"{file}: alerts {string.Join(", ", R(file).AlertIds())}");
        }
    }

    [Fact]
    public void V09f_escalates_for_worsening_after_6_weeks_of_loading()
    {
        Recommends(R("v09f-worsening"), "ESC-02", "FU-01");
    }

    [Fact]
    public void V09g_prompts_for_the_missing_pain_during_loading()
    {
        var r = R("v09g-insufficient-data");
        Assert.Contains(Prompts(r, "MISS-10").Fields, f => f.Contains("PainDuringLoadingNrs", StringComparison.Ordinal));
    }

    [Fact]
    public void V09h_two_consecutive_regress_escalate_through_PMM08_to_ESC03()
    {
        var r = R("v09h-second-regress");
        Recommends(r, "ESC-03", "FU-01");
        if (!Recommended(r, "ESC-03").Emitters.Contains("PMM-08")) Fired(r, "PMM-08");
    }

    [Fact]
    public void V09h_makes_injection_and_shockwave_eligible_alongside_continued_loading_with_hamstring_imaging()
    {
        var r = R("v09h-second-regress");
        Recommends(r, "INJ-01", "ESWT-01", "IMG-10", "LOAD-CONTINUE");
        DoesNotRecommend(r, "IMG-05");
    }

    [Fact]
    public void V09i_a_recent_fluoroquinolone_blocks_progression_with_AL03_and_RISK01()
    {
        var r = R("v09i-fq-block");
        AlertsExactly(r, "AL-03");
        Assert.Equal(Urgency.Routine, r.Alerts.Single(a => a.Id == "AL-03").Urgency);
        Recommends(r, "RISK-01", "FU-02");
    }
}
