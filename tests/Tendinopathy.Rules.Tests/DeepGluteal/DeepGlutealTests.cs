using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Sciatica.SciaticaCases;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.DeepGluteal;

/// <summary>DGS-01…DGS-04 (PATHWAY.md 4.9), vignette V02 (hamstring syndrome) and V10 (deep gluteal syndrome).</summary>
public sealed class DeepGlutealTests
{
    /// <summary>V02 (PATHWAY.md 7): PHT with sciatic nerve irritation — DX-01 Likely, DX-04 Likely.</summary>
    internal static CaseBuilder V02() => CaseBuilder.Sample("v02-hamstring-syndrome");

    /// <summary>DX-03 Possible without DX-01 (no ischial pain): deep buttock pain on sitting, positive seated piriformis stretch.</summary>
    internal static CaseBuilder PossibleDeepGlutealSyndrome(int weeks) => CaseBuilder.Baseline()
        .SymptomWeeks(weeks)
        .Locations(PainLocation.DeepButtockSciaticNotch)
        .Aggravators(Aggravator.Sitting)
        .Test(ExamTest.SeatedPiriformisStretch, TestResult.Positive);

    private static CaseBuilder PossibleIschiofemoralImpingement() => CaseBuilder.Baseline()
        .Locations(PainLocation.LateralToIschium)
        .Aggravators(Aggravator.LongStrideWalking);

    [Fact]
    public void DGS01_recommends_conservative_multimodal_care_for_deep_gluteal_syndrome_and_hamstring_syndrome()
    {
        var dgs = Evaluate(PossibleDeepGlutealSyndrome(4));
        Assert.Equal(Likelihood.Possible, dgs.Dx("DX-03"));
        Assert.Equal(ItemCategory.Exercise, Assert.Single(dgs.Recommendations, x => x.Id == "DGS-01").Category);

        var hs = Evaluate(V02());
        Assert.Equal(Likelihood.Likely, hs.Dx("DX-04"));
        Assert.True(hs.Recommends("DGS-01"));
    }

    [Fact]
    public void DGS01_is_not_applicable_to_PHT_without_nerve_involvement()
    {
        var r = Evaluate(CaseBuilder.TypicalPht());

        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("DGS-01").Outcome);
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("DGS-02").Outcome);
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(5, false)]
    public void DGS02_refers_for_a_perineural_injection_from_6_weeks_of_symptoms(int weeks, bool fires)
    {
        var r = Evaluate(PossibleDeepGlutealSyndrome(weeks));

        Assert.Equal(fires, r.Recommends("DGS-02"));
        if (fires) Assert.Equal(ItemCategory.Referral, Assert.Single(r.Recommendations, x => x.Id == "DGS-02").Category);
    }

    [Fact]
    public void DGS02_is_suppressed_by_an_urgent_red_flag()
    {
        var r = Evaluate(PossibleDeepGlutealSyndrome(8).WithUrgentRedFlag());

        Assert.Equal(TraceOutcome.SuppressedBy, r.TraceOf("DGS-02").Outcome);
        Assert.Equal(["RF-05"], r.TraceOf("DGS-02").SuppressedBy);
    }

    [Fact]
    public void DGS03_recommends_activity_modification_for_ischiofemoral_impingement_only()
    {
        var r = Evaluate(PossibleIschiofemoralImpingement());
        Assert.Equal(Likelihood.Possible, r.Dx("DX-06"));
        Assert.True(r.Recommends("DGS-03"));
        Assert.False(r.Recommends("DGS-01"));
        Assert.DoesNotContain("DNO-01", r.DoNotOfferIds()); // DX-06 alone is not a nerve condition (DGS-04)

        Assert.False(Evaluate(PossibleDeepGlutealSyndrome(8)).Recommends("DGS-03"));
    }

    [Fact]
    public void DGS04_extrapolates_the_sciatica_drug_list_to_deep_gluteal_syndrome_with_DNO05_only_when_chronic()
    {
        var acute = Evaluate(PossibleDeepGlutealSyndrome(11));
        Assert.Equal(["DNO-01", "DNO-02", "DNO-03", "DNO-04"], acute.DoNotOfferIds().Where(id => string.CompareOrdinal(id, "DNO-05") <= 0));
        Assert.Contains(acute.Explanation, f => f.RuleId == "DGS-04");
        Assert.DoesNotContain(acute.Trace, t => t.RuleId == "DGS-04");

        var chronic = Evaluate(PossibleDeepGlutealSyndrome(12));
        Assert.True(chronic.Displays("DNO-05"));
    }

    [Fact]
    public void V02_hamstring_syndrome_gets_DGS01_SCI12_ESC02_and_the_extrapolated_sciatica_DNO_list()
    {
        var r = Evaluate(V02());

        foreach (var id in new[] { "DGS-01", "SCI-12", "ESC-02" }) Assert.True(r.Recommends(id), id);
        foreach (var id in new[] { "DNO-01", "DNO-02", "DNO-03", "DNO-04", "DNO-05", "DNO-30", "DNO-31", "DNO-32", "DNO-33", "DNO-34" })
        {
            Assert.True(r.Displays(id), id);
        }
        foreach (var id in new[] { "DNO-06", "DNO-07", "DNO-08", "DNO-09", "DNO-10", "DNO-11", "DNO-12", "DNO-13", "DNO-14", "DNO-15" })
        {
            Assert.False(r.Displays(id), id);
        }
        Assert.False(r.Recommends("SURG-01"));
        Assert.False(r.Recommends("DGS-02")); // DX-03 NotEvaluated
    }

    [Fact]
    public void V10_deep_gluteal_syndrome_gets_pelvic_MRI_DGS_care_specialist_referral_and_NG59_items_but_no_epidural()
    {
        var r = Evaluate(V10());

        foreach (var id in new[] { "IMG-07", "IMG-09", "DGS-01", "DGS-02", "ESC-06", "SCI-01", "SCI-02", "SCI-03", "SCI-04", "SCI-05", "SCI-06", "SCI-12" })
        {
            Assert.True(r.Recommends(id), id);
        }
        foreach (var id in new[] { "SCI-08", "IMG-06", "ESC-07", "SURG-01" }) Assert.False(r.Recommends(id), id);
        for (var n = 1; n <= 15; n++) Assert.True(r.Displays($"DNO-{n:00}"), $"DNO-{n:00}");
        Assert.Equal(Urgency.Routine, r.OverallUrgency);
    }
}
