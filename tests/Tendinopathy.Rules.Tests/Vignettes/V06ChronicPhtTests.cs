using static Tendinopathy.Rules.Tests.Vignettes.VignetteAssert;

namespace Tendinopathy.Rules.Tests.Vignettes;

/// <summary>PATHWAY.md 7, V06: chronic PHT after 26 weeks of documented failed loading (FailedConservativeWeeks = 26).</summary>
public sealed class V06ChronicPhtTests
{
    private static PathwayResult R => VignetteCases.Evaluate("v06-chronic-pht");

    [Fact]
    public void Urgency_is_Routine()
    {
        AlertsExactly(R);
        Assert.Equal(Urgency.Routine, R.OverallUrgency);
    }

    [Fact]
    public void DX01_is_Likely_with_the_imaging_criterion_met()
    {
        Diagnoses(R, ("DX-01", Likelihood.Likely), ("DX-04", Likelihood.Unlikely));
        Criteria(R, "DX-01", CriterionStatus.Met, "C-PHT-6");
    }

    [Fact]
    public void Recommends_shockwave_injection_surgical_opinion_escalations_and_the_PHT_plan()
    {
        Recommends(R, Ids("ESWT-01", "INJ-01", "SURG-01", "ESC-02", "ESC-04", "ESC-05", Range("LM-", 0, 6), "LOAD-START",
            "SYM-01", "SYM-02", "SYM-03", "SYM-04", "FU-01"));
    }

    [Fact]
    public void Loading_starts_in_P1_because_the_load_test_is_4_and_NRS_now_is_5()
    {
        StartsLoadingIn(R, LoadingPhase.P1);
    }

    [Fact]
    public void Shockwave_follows_the_Cacchio_protocol()
    {
        var eswt = Recommended(R, "ESWT-01");
        Assert.True(ClinicianText(eswt).Contains("2,500", StringComparison.Ordinal) || ClinicianText(eswt).Contains("2500", StringComparison.Ordinal),
            "ESWT-01 must state the trialled protocol (2,500 impulses, 0.18 mJ/mm², weekly for 4 weeks).");
        Mentions(eswt, "0.18");
    }

    [Fact]
    public void The_injection_is_a_Consider()
    {
        Assert.Equal("Consider", Recommended(R, "INJ-01").Strength);
    }

    [Fact]
    public void The_surgical_opinion_is_Recommend_with_tenotomy_and_debridement_but_not_neurolysis()
    {
        var surg = Recommended(R, "SURG-01");
        Assert.Equal("Recommend", surg.Strength);
        DetailsMention(surg, "tenotomy");        // (a) always
        DetailsMention(surg, "debridement");     // (b) PartialTearLowGrade present
        DetailsDoNotMention(surg, "neurolysis"); // (c) only with DX-04 ≥ Possible; DX-04 is Unlikely
    }

    [Fact]
    public void PRP_is_considered_and_not_recommended_for_insufficient_evidence()
    {
        Considered(R, "INJ-02", "INSUFFICIENT_EVIDENCE");
    }

    [Fact]
    public void Displays_the_PHT_items_but_not_the_early_surgery_or_sciatica_items()
    {
        Displays(R, Range("DNO-", 30, 33));
        DoesNotDisplay(R, Ids("DNO-34", Range("DNO-", 1, 5)));
    }
}
