using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Vignettes.VignetteAssert;

namespace Tendinopathy.Rules.Tests.Vignettes;

/// <summary>PATHWAY.md 7, V04: cauda equina red flags (RF-01, Emergency; SAFE-01).</summary>
public sealed class V04CaudaEquinaTests
{
    private static PathwayResult R => VignetteCases.Evaluate("v04-cauda-equina");

    [Fact]
    public void RF01_fires_and_urgency_is_Emergency()
    {
        AlertsExactly(R, "RF-01");
        Assert.Equal(Urgency.Emergency, R.Alerts.Single(a => a.Id == "RF-01").Urgency);
        Assert.Equal(Urgency.Emergency, R.OverallUrgency);
    }

    [Fact]
    public void The_no_red_flags_statement_is_not_allowed()
    {
        NoRedFlagsStatement(R, allowed: false);
    }

    [Fact]
    public void DX02_is_reported_Likely()
    {
        Diagnoses(R, ("DX-02", Likelihood.Likely), ("DX-01", Likelihood.Unlikely), ("DX-04", Likelihood.NotEvaluated),
            ("DX-05", Likelihood.Unlikely), ("DX-06", Likelihood.Unlikely), ("DX-07", Likelihood.Unlikely));
        Criteria(R, "DX-01", CriterionStatus.NotMet, "C-PHT-2");
    }

    [Fact]
    public void Recommendations_are_exactly_the_emergency_referral_the_emergency_MRI_and_the_safety_net()
    {
        Recommends(R, "ACT-EMERGENCY-SPINAL", "IMG-01", "SCI-12");
        Assert.Equal(new[] { "ACT-EMERGENCY-SPINAL", "IMG-01", "SCI-12" }, R.RecommendationIds().OrderBy(x => x, StringComparer.Ordinal));
        Assert.True(Recommended(R, "SCI-12").SafetyNet);
        Assert.Equal(Urgency.Emergency, Recommended(R, "ACT-EMERGENCY-SPINAL").Urgency);
        Assert.Equal(Urgency.Emergency, Recommended(R, "IMG-01").Urgency);
    }

    [Fact]
    public void Nothing_is_considered_and_not_recommended_under_the_emergency_policy()
    {
        // SAFE-01: every item of Rec ∪ CNR is on the Emergency allow-list; nothing here is.
        Assert.Empty(R.ConsideredNotRecommended);
    }

    [Fact]
    public void Sciatica_and_medicine_items_are_suppressed_by_RF01()
    {
        TracedAll(R, TraceOutcome.SuppressedBy, ["SCI-01", "SCI-02", "SCI-03", "SCI-04", "SCI-06", "SYM-02", "SYM-03"], "RF-01");
    }

    [Fact]
    public void Loading_education_and_PHT_items_epidural_and_psychological_therapy_are_not_applicable()
    {
        TracedAll(R, TraceOutcome.NotApplicable, Ids("LOAD-START", Range("LM-", 0, 7), "SYM-01", "SYM-04", "SCI-05", "SCI-08"));
    }

    [Fact]
    public void Displays_the_emergency_and_sciatica_do_not_offer_items()
    {
        Displays(R, Ids("DNO-50", "DNO-51", Range("DNO-", 1, 4), Range("DNO-", 6, 14), Range("DNO-", 18, 22)));
    }

    [Fact]
    public void Does_not_display_routine_lumbar_imaging_while_a_red_flag_is_present()
    {
        DoesNotDisplay(R, "DNO-15");
    }

    [Fact]
    public void Prompts_exactly_for_the_PHT_provocation_tests_and_the_ODI()
    {
        PromptsExactly(R, "MISS-02", "MISS-12");
    }

    [Fact]
    public void Has_no_loading_decision()
    {
        Assert.Null(R.LoadingDecision);
    }
}
