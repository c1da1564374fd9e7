using static Tendinopathy.Rules.Tests.Vignettes.VignetteAssert;

namespace Tendinopathy.Rules.Tests.Vignettes;

/// <summary>PATHWAY.md 7, V03: acute L5 lumbar radiculopathy without red flags.</summary>
public sealed class V03LumbarRadiculopathyTests
{
    private static PathwayResult R => VignetteCases.Evaluate("v03-lumbar-radiculopathy");

    [Fact]
    public void No_red_flag_because_MRC_4_is_stable_and_urgency_is_Soon()
    {
        AlertsExactly(R);
        NoRedFlagsStatement(R, allowed: true);
        Assert.Equal(Urgency.Soon, R.OverallUrgency);
    }

    [Fact]
    public void DX02_is_Likely_and_DX01_Unlikely_through_the_exclusion()
    {
        Diagnoses(R, ("DX-02", Likelihood.Likely), ("DX-01", Likelihood.Unlikely), ("DX-03", Likelihood.Unlikely),
            ("DX-04", Likelihood.NotEvaluated), ("DX-05", Likelihood.Unlikely), ("DX-06", Likelihood.Unlikely), ("DX-07", Likelihood.Unlikely));
    }

    [Fact]
    public void Criterion_statuses_are_as_specified()
    {
        Criteria(R, "DX-02", CriterionStatus.Met, "C-LRP-1", "C-LRP-2", "C-LRP-3", "C-LRP-5", "C-LRP-6");
        Criteria(R, "DX-02", CriterionStatus.Unknown, "C-LRP-4", "C-LRP-N");
        Criteria(R, "DX-01", CriterionStatus.Met, "C-PHT-1", "C-PHT-2", "C-PHT-5", "C-PHT-X");
        Criteria(R, "DX-01", CriterionStatus.NotMet, "C-PHT-3", "C-PHT-4");
        Criteria(R, "DX-01", CriterionStatus.Unknown, "C-PHT-6");
        Criteria(R, "DX-03", CriterionStatus.Met, "C-DGS-1", "C-DGS-2");
        Criteria(R, "DX-03", CriterionStatus.Unknown, "C-DGS-3", "C-DGS-4");
        Criteria(R, "DX-03", CriterionStatus.NotMet, "C-DGS-5");
        Criteria(R, "DX-05", CriterionStatus.Met, "C-AV-1");
        Criteria(R, "DX-05", CriterionStatus.NotMet, "C-AV-2");
        Criteria(R, "DX-05", CriterionStatus.Unknown, "C-AV-3", "C-AV-4");
        Criteria(R, "DX-06", CriterionStatus.Met, "C-IFI-1");
        Criteria(R, "DX-06", CriterionStatus.Unknown, "C-IFI-2", "C-IFI-3");
        ListsNoCriteria(R, "DX-04", "DX-07");
    }

    [Fact]
    public void Recommends_the_NG59_sciatica_plan_with_epidural_referral_and_specialist_imaging()
    {
        Recommends(R, "IMG-06", "SCI-01", "SCI-02", "SCI-03", "SCI-04", "SCI-06", "SYM-02", "SYM-03", "SCI-08", "SCI-12", "FU-03", "ESC-01");
    }

    [Fact]
    public void Epidural_referral_and_specialist_imaging_are_Soon()
    {
        Assert.Equal(Urgency.Soon, Recommended(R, "SCI-08").Urgency);
        Assert.Equal(Urgency.Soon, Recommended(R, "IMG-06").Urgency);
    }

    [Fact]
    public void The_oral_NSAID_carries_the_SCI07_sciatica_wording()
    {
        Fired(R, "SCI-07");
        DetailsMention(Recommended(R, "SYM-02"), "sciatica");
    }

    [Fact]
    public void SCI12_is_the_safety_net()
    {
        Assert.True(Recommended(R, "SCI-12").SafetyNet);
    }

    [Fact]
    public void Displays_the_sciatica_and_low_back_pain_items()
    {
        Displays(R, Ids(Range("DNO-", 1, 4), Range("DNO-", 6, 15), Range("DNO-", 18, 22)));
    }

    [Fact]
    public void Does_not_display_chronic_opioids_or_the_PHT_items()
    {
        DoesNotDisplay(R, Ids("DNO-05", Range("DNO-", 30, 34)));
    }

    [Fact]
    public void Must_not_recommend_loading_injection_shockwave_cryotherapy_paracetamol_or_specialist_referral()
    {
        RecommendsNoneStartingWith(R, "LOAD-");
        RecommendsNoneStartingWith(R, "INJ-");
        RecommendsNoneStartingWith(R, "ESWT-");
        DoesNotRecommend(R, "SYM-01", "SYM-04", "ESC-06");
    }

    [Fact]
    public void Prompts_for_nothing()
    {
        PromptsExactly(R);
    }
}
