using static Tendinopathy.Rules.Tests.Vignettes.VignetteAssert;

namespace Tendinopathy.Rules.Tests.Vignettes;

/// <summary>PATHWAY.md 7, V10: deep gluteal syndrome with a non-concordant lumbar MRI (DX-03 and DX-02 Possible).</summary>
public sealed class V10DeepGlutealTests
{
    private static PathwayResult R => VignetteCases.Evaluate("v10-deep-gluteal");

    [Fact]
    public void Urgency_is_Routine()
    {
        AlertsExactly(R);
        Assert.Equal(Urgency.Routine, R.OverallUrgency);
    }

    [Fact]
    public void DX03_and_DX02_are_Possible_and_the_rest_below()
    {
        Diagnoses(R, ("DX-01", Likelihood.Unlikely), ("DX-03", Likelihood.Possible), ("DX-02", Likelihood.Possible),
            ("DX-04", Likelihood.NotEvaluated), ("DX-05", Likelihood.Unlikely), ("DX-06", Likelihood.Unlikely), ("DX-07", Likelihood.Unlikely));
        Assert.True(SciaticContext(R));
    }

    [Fact]
    public void Criterion_statuses_are_as_specified()
    {
        Criteria(R, "DX-02", CriterionStatus.Met, "C-LRP-1", "C-LRP-2", "C-LRP-N");
        Criteria(R, "DX-02", CriterionStatus.NotMet, "C-LRP-3", "C-LRP-4", "C-LRP-5", "C-LRP-6");
        Criteria(R, "DX-01", CriterionStatus.Met, "C-PHT-2", "C-PHT-5");
        Criteria(R, "DX-01", CriterionStatus.NotMet, "C-PHT-1", "C-PHT-3");
        Criteria(R, "DX-01", CriterionStatus.Unknown, "C-PHT-4", "C-PHT-6", "C-PHT-X");
        Criteria(R, "DX-03", CriterionStatus.Met, "C-DGS-1", "C-DGS-2", "C-DGS-3", "C-DGS-5");
        Criteria(R, "DX-03", CriterionStatus.Unknown, "C-DGS-4");
        Criteria(R, "DX-05", CriterionStatus.NotMet, "C-AV-1");
        Criteria(R, "DX-05", CriterionStatus.Unknown, "C-AV-2", "C-AV-3", "C-AV-4");
        Criteria(R, "DX-06", CriterionStatus.NotMet, "C-IFI-1");
        Criteria(R, "DX-06", CriterionStatus.Unknown, "C-IFI-2", "C-IFI-3");
        ListsNoCriteria(R, "DX-04", "DX-07");
    }

    [Fact]
    public void Recommends_pelvic_MRI_nerve_studies_deep_gluteal_care_specialist_referral_and_the_sciatica_plan()
    {
        Recommends(R, Ids("IMG-07", "IMG-09", "DGS-01", "DGS-02", "ESC-06", Range("SCI-", 1, 6), "SYM-02", "SYM-03", "SCI-12", "FU-03"));
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
    public void Displays_the_sciatica_drug_and_NG59_non_drug_items()
    {
        Displays(R, Range("DNO-", 1, 15));
    }

    [Fact]
    public void Must_not_load_operate_decompress_or_send_for_epidural_or_lumbar_imaging()
    {
        RecommendsNoneStartingWith(R, "LOAD-");
        RecommendsNoneStartingWith(R, "SURG-");
        DoesNotRecommend(R, "ESC-07", "SCI-08", "IMG-06");
        Assert.Null(R.LoadingDecision);
    }
}
