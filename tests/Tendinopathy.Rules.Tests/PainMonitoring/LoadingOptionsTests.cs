using Tendinopathy.Rules.Tests.Loading;
using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.PainMonitoring;

/// <summary>The [CFG] thresholds of PATHWAY.md 4.2–4.4 and 4.12 are read from <see cref="PathwayOptions"/>, never literals.</summary>
public sealed class LoadingOptionsTests
{
    private static readonly PathwayEngine Strict = new(PathwayOptions.Default with
    {
        LoadToleranceNrs = 2, PainDuringLoadingRegressNrs = 5, StartInP1LoadTestNrs = 3, StartInP1NrsNow = 4,
        EarlyReviewMinWeeks = 2, EarlyReviewMaxWeeks = 3, SittingBreakMinMinutes = 15, SittingBreakMaxMinutes = 20,
    });

    [Fact]
    public void Default_loading_thresholds_are_valid()
    {
        Assert.Empty(PathwayOptions.Default.Validate());
    }

    [Fact]
    public void A_regress_threshold_not_above_the_tolerance_is_invalid()
    {
        var problems = (PathwayOptions.Default with { PainDuringLoadingRegressNrs = 3 }).Validate();
        Assert.Contains(problems, p => p.StartsWith("PainDuringLoadingRegressNrs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_review_interval_whose_upper_bound_is_below_its_lower_bound_is_invalid()
    {
        var problems = (PathwayOptions.Default with { EarlyReviewMinWeeks = 3, EarlyReviewMaxWeeks = 2 }).Validate();
        Assert.Contains(problems, p => p.StartsWith("EarlyReviewMaxWeeks", StringComparison.Ordinal));
    }

    [Fact]
    public void PMM_thresholds_follow_the_options()
    {
        var regress = Strict.Evaluate(LoadingCases.V09(5, 2)).LoadingDecision!;
        Assert.Equal(("PMM-02", LoadingDecisionKind.Regress), (regress.RuleId, regress.Decision));
        var hold = Strict.Evaluate(LoadingCases.V09(3, 2)).LoadingDecision!;
        Assert.Equal(("PMM-06", LoadingDecisionKind.Hold), (hold.RuleId, hold.Decision));
    }

    [Fact]
    public void LOADSTART_triggers_follow_the_options()
    {
        Assert.Equal(LoadingPhase.P1, Strict.Evaluate(LoadingCases.P2Start()).Phase); // load test 3 ≥ 3, NRS now 4 ≥ 4
    }

    [Fact]
    public void Review_and_sitting_intervals_follow_the_options()
    {
        var r = Strict.Evaluate(LoadingCases.V01());
        Assert.StartsWith("Review in 2–3 weeks.", r.Recommendations.Single(x => x.Id == "FU-01").Details[0]);
        Assert.Equal(["Break up sitting at least every 15–20 minutes."], r.Recommendations.Single(x => x.Id == "LM-02").Details);
    }
}
