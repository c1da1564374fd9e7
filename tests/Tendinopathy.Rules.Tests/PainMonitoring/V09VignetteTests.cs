using Tendinopathy.Rules.Tests.Loading;
using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.PainMonitoring;

/// <summary>
/// V09 (PATHWAY.md 7): the follow-up sub-cases a–i — loading decision, rule and reason, target phase, LOAD-CONTINUE at the
/// target phase, the review interval (FU-01 / FU-02), ESC-03, MISS-10 and the phase-dependent LM-03 / LM-04 / DNO-32.
/// </summary>
public sealed class V09VignetteTests
{
    public static TheoryData<string> SubCases => new() { "a", "b", "c", "d", "e", "f", "g", "h", "i" };

    private static CaseBuilder Case(string id) => id switch
    {
        "a" => LoadingCases.V09(3, 2),
        "b" => LoadingCases.V09(5, 2),
        "c" => LoadingCases.V09(4, 3).FollowUp(f => f with { AtLowestLevelOfPhase = TriState.No }),
        "d" => LoadingCases.V09(6, 2),
        "e" => LoadingCases.V09(3, 2).FollowUp(f => f with { PhaseExitCriteriaMet = TriState.No }),
        "f" => LoadingCases.V09(3, 2).FollowUp(f => f with { WeeklyTrend = WeeklyTrend.Worsening }),
        "g" => LoadingCases.V09(null, 2),
        "h" => LoadingCases.V09(4, 3).FollowUp(f => f with
        {
            AtLowestLevelOfPhase = TriState.No, PreviousDecisions = [LoadingDecisionKind.Hold, LoadingDecisionKind.Regress],
        }),
        "i" => LoadingCases.V09(3, 2).Phase(LoadingPhase.P3).Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 20),
        _ => throw new ArgumentOutOfRangeException(nameof(id)),
    };

    private static (LoadingDecisionKind Decision, LoadingPhase Target, string Rule, string Reason, string Review) Expected(string id) => id switch
    {
        "a" => (LoadingDecisionKind.Progress, LoadingPhase.P3, "PMM-05", "CRITERIA_MET", "FU-02"),
        "b" => (LoadingDecisionKind.Hold, LoadingPhase.P2, "PMM-06", "WITHIN_ACCEPTABLE_RANGE", "FU-01"),
        "c" => (LoadingDecisionKind.Regress, LoadingPhase.P2, "PMM-03", "NOT_SETTLED_NEXT_MORNING", "FU-01"),
        "d" => (LoadingDecisionKind.Regress, LoadingPhase.P2, "PMM-02", "PAIN_DURING_ABOVE_5", "FU-01"),
        "e" => (LoadingDecisionKind.Hold, LoadingPhase.P2, "PMM-06", "EXIT_CRITERIA_NOT_MET", "FU-01"),
        "f" => (LoadingDecisionKind.Regress, LoadingPhase.P2, "PMM-04", "WORSENING_WEEK_ON_WEEK", "FU-01"),
        "g" => (LoadingDecisionKind.Hold, LoadingPhase.P2, "PMM-07", "INSUFFICIENT_DATA", "FU-01"),
        "h" => (LoadingDecisionKind.Regress, LoadingPhase.P2, "PMM-03", "NOT_SETTLED_NEXT_MORNING", "FU-01"),
        "i" => (LoadingDecisionKind.Hold, LoadingPhase.P3, "PMM-06", "PROGRESSION_BLOCKED_FQ", "FU-02"),
        _ => throw new ArgumentOutOfRangeException(nameof(id)),
    };

    [Theory]
    [MemberData(nameof(SubCases))]
    public void V09_sub_case_gives_the_specified_decision_target_phase_and_reason(string id)
    {
        var r = Evaluate(Case(id));
        var e = Expected(id);
        var d = Assert.IsType<LoadingDecision>(r.LoadingDecision);
        Assert.Equal((e.Decision, e.Target, e.Rule, e.Reason), (d.Decision, d.TargetPhase, d.RuleId, d.ReasonCode));
        Assert.Equal(e.Target, r.Phase);
    }

    [Theory]
    [MemberData(nameof(SubCases))]
    public void V09_sub_case_continues_loading_at_the_target_phase(string id)
    {
        var r = Evaluate(Case(id));
        var item = Assert.Single(r.Recommendations, x => x.Id == "LOAD-CONTINUE");
        Assert.Contains(Expected(id).Target + " — ", Assert.Single(item.Details));
        Assert.False(r.Recommends("LOAD-START"));
        Assert.Equal(Urgency.Routine, r.OverallUrgency);
    }

    [Theory]
    [MemberData(nameof(SubCases))]
    public void V09_sub_case_gets_the_specified_review_interval(string id)
    {
        var r = Evaluate(Case(id));
        var review = Expected(id).Review;
        var other = review == "FU-01" ? "FU-02" : "FU-01";
        Assert.True(r.Recommends(review), review);
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf(other).Outcome);
        Assert.False(r.Recommends("FU-05"));
    }

    [Theory]
    [MemberData(nameof(SubCases))]
    public void V09_ESC03_only_in_h_and_MISS10_only_in_g(string id)
    {
        var r = Evaluate(Case(id));
        Assert.Equal(id == "h", r.Recommends("ESC-03"));
        Assert.Equal(id == "g", r.Prompts("MISS-10"));
        Assert.False(r.Prompts("MISS-13"));
    }

    [Theory]
    [MemberData(nameof(SubCases))]
    public void V09_LM03_LM04_and_DNO32_are_absent_exactly_when_the_phase_is_P3(string id)
    {
        var r = Evaluate(Case(id));
        var early = r.Phase is LoadingPhase.P1 or LoadingPhase.P2;
        Assert.Equal(early, r.Recommends("LM-03"));
        Assert.Equal(early, r.Recommends("LM-04"));
        Assert.Equal(early, r.Displays("DNO-32"));
        Assert.Equal(id is "a" or "i", !early);
    }

    [Fact]
    public void V09i_raises_AL03_at_Routine_and_RISK01_for_the_recently_stopped_fluoroquinolone()
    {
        var r = Evaluate(Case("i"));
        Assert.Equal(Urgency.Routine, Assert.Single(r.Alerts, a => a.Id == "AL-03").Urgency);
        Assert.DoesNotContain("AL-02", r.AlertIds());
        Assert.True(r.Recommends("RISK-01"));
    }

    [Theory]
    [MemberData(nameof(SubCases))]
    public void V09_SURG01_never_fires_and_INJ02_is_considered_not_recommended(string id)
    {
        var r = Evaluate(Case(id));
        Assert.False(r.Recommends("SURG-01"));
        Assert.True(r.Considers("INJ-02"));
        Assert.False(r.Recommends("IMG-05"));
    }
}
