using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Vignettes.VignetteAssert;

namespace Tendinopathy.Rules.Tests.Vignettes;

/// <summary>PATHWAY.md 7, V01: pure PHT in a recreational runner (first visit, no imaging).</summary>
public sealed class V01PurePhtTests
{
    private static PathwayResult R => VignetteCases.Evaluate("v01-pure-pht");

    [Fact]
    public void No_red_flag_or_alert_the_no_red_flags_statement_is_allowed_and_urgency_is_Routine()
    {
        AlertsExactly(R);
        NoRedFlagsStatement(R, allowed: true);
        Assert.True(R.RedFlagScreenComplete);
        Assert.Equal(Urgency.Routine, R.OverallUrgency);
    }

    [Fact]
    public void DX01_is_Likely_and_every_other_diagnosis_below_Possible()
    {
        Diagnoses(R, ("DX-01", Likelihood.Likely), ("DX-02", Likelihood.Unlikely), ("DX-03", Likelihood.NotEvaluated),
            ("DX-04", Likelihood.Unlikely), ("DX-05", Likelihood.Unlikely), ("DX-06", Likelihood.Unlikely), ("DX-07", Likelihood.Unlikely));
    }

    [Fact]
    public void Criterion_statuses_are_as_specified()
    {
        Criteria(R, "DX-01", CriterionStatus.Met, "C-PHT-1", "C-PHT-2", "C-PHT-3", "C-PHT-4", "C-PHT-5");
        Criteria(R, "DX-01", CriterionStatus.Unknown, "C-PHT-6");
        Criteria(R, "DX-01", CriterionStatus.NotMet, "C-PHT-X");
        Criteria(R, "DX-02", CriterionStatus.NotMet, "C-LRP-1", "C-LRP-2", "C-LRP-3", "C-LRP-6");
        Criteria(R, "DX-02", CriterionStatus.Unknown, "C-LRP-4", "C-LRP-N", "C-LRP-5");
        Criteria(R, "DX-04", CriterionStatus.NotMet, "C-HS-1");
        Criteria(R, "DX-04", CriterionStatus.Unknown, "C-HS-2", "C-HS-3");
        Criteria(R, "DX-05", CriterionStatus.NotMet, "C-AV-1", "C-AV-2");
        Criteria(R, "DX-05", CriterionStatus.Unknown, "C-AV-3", "C-AV-4");
        Criteria(R, "DX-06", CriterionStatus.Met, "C-IFI-1");
        Criteria(R, "DX-06", CriterionStatus.Unknown, "C-IFI-2", "C-IFI-3");
        ListsNoCriteria(R, "DX-03", "DX-07");
    }

    [Fact]
    public void Recommends_the_first_visit_PHT_plan()
    {
        Recommends(R, Ids("IMG-05", Range("LM-", 0, 6), "LOAD-START", "SYM-01", "SYM-02", "SYM-03", "SYM-04", "RISK-03", "FU-01", "ESC-01"));
    }

    [Fact]
    public void IMG05_is_an_informational_item_because_no_imaging_is_needed_and_IMG10_is_not_recommended()
    {
        Assert.False(Recommended(R, "IMG-05").IsOrder);
        DoesNotRecommend(R, "IMG-10");
    }

    [Fact]
    public void Loading_starts_in_P1_because_the_load_test_is_4()
    {
        StartsLoadingIn(R, LoadingPhase.P1);
    }

    [Fact]
    public void The_oral_NSAID_needs_no_gastroprotection()
    {
        DetailsDoNotMention(Recommended(R, "SYM-02"), "gastroprotection");
    }

    [Fact]
    public void Displays_the_PHT_do_not_offer_items_and_none_of_the_sciatica_or_low_back_pain_items()
    {
        Displays(R, Range("DNO-", 30, 34));
        DoesNotDisplay(R, Range("DNO-", 1, 22));
    }

    [Fact]
    public void Must_not_recommend_surgery_injection_or_shockwave()
    {
        DoesNotRecommend(R, "SURG-01", "INJ-01", "ESWT-01");
    }

    [Fact]
    public void Prompts_for_nothing()
    {
        PromptsExactly(R);
    }
}
