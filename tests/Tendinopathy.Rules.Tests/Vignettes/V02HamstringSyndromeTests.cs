using static Tendinopathy.Rules.Tests.Vignettes.VignetteAssert;

namespace Tendinopathy.Rules.Tests.Vignettes;

/// <summary>PATHWAY.md 7, V02: PHT with sciatic nerve irritation ("hamstring syndrome") after 8 weeks of partial-adherence loading.</summary>
public sealed class V02HamstringSyndromeTests
{
    private static PathwayResult R => VignetteCases.Evaluate("v02-hamstring-syndrome");

    [Fact]
    public void Urgency_is_Routine()
    {
        AlertsExactly(R);
        Assert.Equal(Urgency.Routine, R.OverallUrgency);
    }

    [Fact]
    public void DX01_and_DX04_are_Likely_DX02_Unlikely_DX03_NotEvaluated()
    {
        Diagnoses(R, ("DX-01", Likelihood.Likely), ("DX-04", Likelihood.Likely), ("DX-02", Likelihood.Unlikely), ("DX-03", Likelihood.NotEvaluated));
        Criteria(R, "DX-04", CriterionStatus.Met, "C-HS-1", "C-HS-2", "C-HS-3");
        // DX-02 Unlikely: no radiation below the knee; a positive slump alone is insufficient.
        Criteria(R, "DX-02", CriterionStatus.NotMet, "C-LRP-1");
        Criteria(R, "DX-02", CriterionStatus.Met, "C-LRP-2");
    }

    [Fact]
    public void Sciatic_context_holds()
    {
        Assert.True(SciaticContext(R));
    }

    [Fact]
    public void Recommends_the_PHT_plan_with_nerve_care_shockwave_and_injection()
    {
        Recommends(R, Ids(Range("LM-", 0, 6), "LOAD-START", "DGS-01", "SYM-01", "SYM-02", "SYM-03", "SYM-04", "ESWT-01", "INJ-01",
            "SCI-12", "ESC-02", "FU-01"));
    }

    [Fact]
    public void Loading_starts_in_P1_because_sitting_tolerance_is_below_30_and_NRS_now_is_5()
    {
        StartsLoadingIn(R, LoadingPhase.P1);
    }

    [Fact]
    public void Shockwave_avoids_focusing_over_the_sciatic_nerve()
    {
        Mentions(Recommended(R, "ESWT-01"), "avoid focusing over the sciatic nerve");
    }

    [Fact]
    public void With_both_recommended_the_shockwave_text_also_keeps_6_weeks_from_the_injection()
    {
        // 4.6: when INJ-01 and ESWT-01 are both recommended, the text of each says they are not given within 6 weeks of each other.
        Mentions(Recommended(R, "ESWT-01"), "within 6 weeks");
    }

    [Fact]
    public void The_injection_is_a_Consider_and_not_within_6_weeks_of_shockwave()
    {
        var inj = Recommended(R, "INJ-01");
        Assert.Equal("Consider", inj.Strength);
        Mentions(inj, "not within 6 weeks");
    }

    [Fact]
    public void SCI12_is_the_safety_net()
    {
        Assert.True(Recommended(R, "SCI-12").SafetyNet);
    }

    [Fact]
    public void PRP_is_considered_and_not_recommended_for_insufficient_evidence()
    {
        var reason = Considered(R, "INJ-02", "INSUFFICIENT_EVIDENCE");
        Assert.Empty(reason.TriggeringFacts);
    }

    [Fact]
    public void Displays_the_sciatica_drug_items_including_chronic_opioids_and_the_PHT_items()
    {
        Displays(R, Ids(Range("DNO-", 1, 5), Range("DNO-", 30, 34)));
    }

    [Fact]
    public void Must_not_recommend_surgery_after_only_8_weeks_nor_display_the_low_back_pain_items()
    {
        DoesNotRecommend(R, "SURG-01");
        DoesNotDisplay(R, Range("DNO-", 6, 15));
    }
}
