using static Tendinopathy.Rules.Tests.Vignettes.VignetteAssert;

namespace Tendinopathy.Rules.Tests.Vignettes;

/// <summary>PATHWAY.md 7, V07: PHT in a patient taking a fluoroquinolone and prednisolone (AL-02, AL-04; RISK-01(e)).</summary>
public sealed class V07FluoroquinoloneTests
{
    private static PathwayResult R => VignetteCases.Evaluate("v07-fluoroquinolone");

    [Fact]
    public void No_red_flag_AL02_and_AL04_fire_and_urgency_is_Urgent()
    {
        // RF-03 needs fever, or RFI-07 together with RFI-10.
        AlertsExactly(R, "AL-02", "AL-04");
        Assert.Equal(Urgency.Urgent, R.OverallUrgency);
    }

    [Fact]
    public void DX01_is_Likely()
    {
        Diagnoses(R, ("DX-01", Likelihood.Likely));
    }

    [Fact]
    public void Phase_is_None_because_loading_is_suppressed()
    {
        Assert.Equal(LoadingPhase.None, R.Phase);
    }

    [Fact]
    public void Recommends_the_prescriber_review_medicine_safety_and_the_PHT_plan_without_loading()
    {
        Recommends(R, Ids("ACT-FQ-REVIEW", "RISK-01", "RISK-02", "IMG-05", Range("LM-", 0, 6), "SYM-01", "SYM-02", "SYM-03", "SYM-04",
            "FU-01", "ESC-01"));
    }

    [Fact]
    public void The_prescriber_review_comes_first_as_Urgent_medicine_safety()
    {
        Recommends(R, "ACT-FQ-REVIEW");
        Assert.Equal("ACT-FQ-REVIEW", R.Recommendations[0].Id);
        Assert.Equal(Urgency.Urgent, R.Recommendations[0].Urgency);
        Assert.Equal(ItemCategory.MedicationSafety, R.Recommendations[0].Category);
    }

    [Fact]
    public void IMG05_is_recommended_because_there_is_no_hamstring_imaging_and_IMG10_is_not()
    {
        Assert.False(Recommended(R, "IMG-05").IsOrder);
        DoesNotRecommend(R, "IMG-10");
    }

    [Fact]
    public void The_oral_NSAID_comes_with_gastroprotection_for_the_systemic_corticosteroid()
    {
        DetailsMention(Recommended(R, "SYM-02"), "gastroprotection");
    }

    [Fact]
    public void Loading_is_suppressed_by_AL02()
    {
        DoesNotRecommend(R, "LOAD-START");
        Traced(R, "LOAD-START", TraceOutcome.SuppressedBy, "AL-02");
    }

    [Fact]
    public void Must_not_recommend_the_corticosteroid_injection_nor_progress_into_P4_or_P5()
    {
        DoesNotRecommend(R, "INJ-01");
        Assert.False(R.LoadingDecision is { Decision: LoadingDecisionKind.Progress, TargetPhase: LoadingPhase.P4 or LoadingPhase.P5 });
    }

    [Fact]
    public void Displays_the_PHT_do_not_offer_items()
    {
        Displays(R, Range("DNO-", 30, 34));
    }
}
