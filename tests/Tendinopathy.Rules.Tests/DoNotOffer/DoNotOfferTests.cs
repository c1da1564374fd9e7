using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Sciatica.SciaticaCases;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.DoNotOffer;

/// <summary>The do-not-offer list (PATHWAY.md 4.14) except DNO-32, SAFE-13, and the DNO lists of V03 and V04.</summary>
public sealed class DoNotOfferTests
{
    private static readonly string[] SciaticaDrugs = ["DNO-01", "DNO-02", "DNO-03", "DNO-04"];
    private static readonly string[] BackTreatments = ["DNO-06", "DNO-07", "DNO-08", "DNO-09", "DNO-10", "DNO-11", "DNO-12", "DNO-13", "DNO-14"];
    private static readonly string[] LowBackPainList = ["DNO-18", "DNO-19", "DNO-20", "DNO-21", "DNO-22"];

    private static CaseBuilder LowBackPainOnly() => CaseBuilder.Baseline()
        .Locations(PainLocation.LowBack)
        .History(h => h with { LowBackPain = TriState.Yes });

    /// <summary>V04 (PATHWAY.md 7): cauda equina red flags with DX-02 Likely and low back pain.</summary>
    private static CaseBuilder V04() => CaseBuilder.Sample("v04-cauda-equina");

    private static void Shows(PathwayResult r, IEnumerable<string> ids, bool shown = true)
    {
        foreach (var id in ids) Assert.True(r.Displays(id) == shown, (shown ? "missing " : "unexpected ") + id);
    }

    [Fact]
    public void DNO01_to_DNO04_are_displayed_in_every_sciatic_context()
    {
        Shows(Evaluate(PossibleSciatica()), SciaticaDrugs);
        Shows(Evaluate(DeepGluteal.DeepGlutealTests.PossibleDeepGlutealSyndrome(4)), SciaticaDrugs);
        Shows(Evaluate(DeepGluteal.DeepGlutealTests.V02()), SciaticaDrugs);
        Shows(Evaluate(CaseBuilder.TypicalPht()), SciaticaDrugs, shown: false);
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public void DNO05_is_displayed_only_for_chronic_sciatica(int weeks, bool shown)
    {
        var r = Evaluate(PossibleSciatica(weeks));

        Assert.Equal(shown, r.Displays("DNO-05"));
        Shows(r, SciaticaDrugs);
    }

    [Fact]
    public void DNO06_to_DNO14_are_displayed_for_radicular_pain_or_low_back_pain()
    {
        Shows(Evaluate(PossibleSciatica()), BackTreatments);
        Shows(Evaluate(LowBackPainOnly()), BackTreatments);
        Shows(Evaluate(LowBackPainOnly().History(h => h with { LowBackPain = TriState.Unknown })), BackTreatments, shown: false);
    }

    [Fact]
    public void DNO15_is_displayed_for_sciatica_or_low_back_pain_without_a_red_flag()
    {
        Assert.True(Evaluate(PossibleSciatica()).Displays("DNO-15"));
        Assert.True(Evaluate(LowBackPainOnly()).Displays("DNO-15"));
        var withFlag = Evaluate(LowBackPainOnly().WithUrgentRedFlag());
        Assert.Contains("RF-05", withFlag.AlertIds());
        Assert.False(withFlag.Displays("DNO-15"));
        Shows(withFlag, BackTreatments);
    }

    [Fact]
    public void DNO16_is_displayed_for_neurogenic_claudication_or_central_canal_stenosis()
    {
        Assert.True(Evaluate(LowBackPainOnly().History(h => h with { NeurogenicClaudication = TriState.Yes })).Displays("DNO-16"));
        Assert.True(Evaluate(LowBackPainOnly().Lumbar(l => l with { CentralCanalStenosis = TriState.Yes })).Displays("DNO-16"));
        Assert.False(Evaluate(LowBackPainOnly().History(h => h with { NeurogenicClaudication = TriState.Unknown })).Displays("DNO-16"));
    }

    [Fact]
    public void DNO17_is_displayed_for_low_back_pain_without_sciatica_only()
    {
        Assert.True(Evaluate(LowBackPainOnly()).Displays("DNO-17"));
        Assert.False(Evaluate(AcuteSevereSciatica().History(h => h with { LowBackPain = TriState.Yes })).Displays("DNO-17"));
        Assert.False(Evaluate(PossibleSciatica().History(h => h with { LowBackPain = TriState.Yes })).Displays("DNO-17"));
    }

    [Fact]
    public void DNO18_to_DNO22_are_displayed_for_recorded_low_back_pain_only()
    {
        Shows(Evaluate(LowBackPainOnly()), LowBackPainList);
        Shows(Evaluate(PossibleSciatica()), LowBackPainList, shown: false);
    }

    [Fact]
    public void DNO30_31_33_are_displayed_for_PHT_and_DNO34_only_before_12_weeks_of_failed_care()
    {
        var early = Evaluate(CaseBuilder.TypicalPht().FailedLoading(11));
        Shows(early, ["DNO-30", "DNO-31", "DNO-33", "DNO-34"]);

        var late = Evaluate(CaseBuilder.TypicalPht().FailedLoading(12));
        Shows(late, ["DNO-30", "DNO-31", "DNO-33"]);
        Assert.False(late.Displays("DNO-34"));

        Shows(Evaluate(PossibleSciatica()), ["DNO-30", "DNO-31", "DNO-33", "DNO-34", "DNO-40", "DNO-50", "DNO-51"], shown: false);
    }

    [Fact]
    public void DNO40_is_displayed_for_a_possible_avulsion()
    {
        var r = Evaluate(Alerts.AlertCases.SuspectedAvulsion());

        Assert.True(r.Dx("DX-05") >= Likelihood.Possible);
        Assert.True(r.Displays("DNO-40"));
    }

    [Fact]
    public void DNO50_without_DNO51_for_an_emergency_red_flag_other_than_cauda_equina()
    {
        var r = Evaluate(PossibleSciatica().Neuro(n => n with { WorstMyotomeMrc = 3 }));

        Assert.Contains("RF-02", r.AlertIds());
        Assert.True(r.Displays("DNO-50"));
        Assert.False(r.Displays("DNO-51"));
    }

    [Fact]
    public void Every_displayed_DNO_item_carries_texts_a_code_and_references()
    {
        foreach (var r in new[] { Evaluate(V04()), Evaluate(V03()), Evaluate(CaseBuilder.TypicalPht()), Evaluate(LowBackPainOnly()) })
        {
            foreach (var item in r.DoNotOffer)
            {
                Assert.False(string.IsNullOrWhiteSpace(item.ClinicianText), item.Id);
                Assert.False(string.IsNullOrWhiteSpace(item.PatientText), item.Id);
                Assert.NotEmpty(item.References);
                Assert.False(string.IsNullOrWhiteSpace(item.EvidenceCode), item.Id);
            }
        }
        Assert.Equal("G-DNO", Evaluate(LowBackPainOnly()).DoNotOffer.Single(d => d.Id == "DNO-19").EvidenceCode);
    }

    [Fact]
    public void V03_displays_the_NG59_sciatica_and_low_back_pain_lists_but_not_DNO05()
    {
        var r = Evaluate(V03());

        Shows(r, SciaticaDrugs);
        Shows(r, BackTreatments);
        Shows(r, ["DNO-15"]);
        Shows(r, LowBackPainList);
        Shows(r, ["DNO-05", "DNO-16", "DNO-17", "DNO-30", "DNO-31", "DNO-33", "DNO-34", "DNO-40", "DNO-50", "DNO-51"], shown: false);
    }

    [Fact]
    public void V04_displays_DNO50_DNO51_and_the_sciatica_and_back_pain_lists_but_not_DNO15()
    {
        var r = Evaluate(V04());

        Shows(r, ["DNO-50", "DNO-51"]);
        Shows(r, SciaticaDrugs);
        Shows(r, BackTreatments);
        Shows(r, LowBackPainList);
        Assert.False(r.Displays("DNO-15"));
        Assert.True(r.Recommends("SCI-12"));
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("SCI-08").Outcome);
        Assert.Equal(TraceOutcome.SuppressedBy, r.TraceOf("SCI-01").Outcome);
        Assert.Equal(["RF-01"], r.TraceOf("SCI-01").SuppressedBy);
    }

    [Fact]
    public void V11_urgent_red_flag_keeps_the_back_pain_and_PHT_lists_but_drops_DNO15()
    {
        var r = Evaluate(CaseBuilder.Baseline().Age(68)
            .History(h => h with { SymptomWeeks = 6, LowBackPain = TriState.Yes })
            .Locations(PainLocation.LowerGlutealIschial, PainLocation.LowBack)
            .Aggravators(Aggravator.Sitting)
            .Pain(p => p with { NrsNow = 7, RestOrNightPain = TriState.Yes })
            .RedFlags(f => f with
            {
                CancerHistory = TriState.Yes, UnexplainedWeightLoss = TriState.Yes, NonMechanicalPain = TriState.Yes,
                FirstEpisodeAgedOver50 = TriState.Yes,
            })
            .Tests((ExamTest.Palpation, TestResult.Positive), (ExamTest.PuranenOrava, TestResult.Negative),
                   (ExamTest.ModifiedBentKneeStretch, TestResult.Negative)));

        Assert.Contains("RF-04", r.AlertIds());
        Shows(r, BackTreatments);
        Shows(r, LowBackPainList);
        Shows(r, ["DNO-17", "DNO-30", "DNO-31", "DNO-33", "DNO-34"]);
        Shows(r, ["DNO-15", "DNO-50", "DNO-51", "DNO-01"], shown: false);
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("SURG-01").Outcome);
    }
}
