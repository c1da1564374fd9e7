using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Sciatica.SciaticaCases;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Sciatica;

/// <summary>SCI-01…SCI-12 (PATHWAY.md 4.8), their boundaries, and vignette V03.</summary>
public sealed class SciaticaTests
{
    private static readonly string[] Core = ["SCI-01", "SCI-02", "SCI-03", "SCI-04", "SCI-06"];

    [Fact]
    public void SCI01_to_SCI04_and_SCI06_fire_for_possible_radicular_pain_with_their_categories()
    {
        var r = Evaluate(PossibleSciatica());

        Assert.Equal(Likelihood.Possible, r.Dx("DX-02"));
        foreach (var id in Core) Assert.True(r.Recommends(id), id);
        Assert.Equal(ItemCategory.Education, Item(r, "SCI-01").Category);
        Assert.Equal(ItemCategory.Education, Item(r, "SCI-02").Category);
        Assert.Equal(ItemCategory.Exercise, Item(r, "SCI-03").Category);
        Assert.Equal(ItemCategory.Exercise, Item(r, "SCI-04").Category);
        Assert.Equal(ItemCategory.Education, Item(r, "SCI-06").Category);
        Assert.Equal("G-OFFER", Item(r, "SCI-01").EvidenceCode);
        Assert.Equal("G-CONSIDER", Item(r, "SCI-02").EvidenceCode);
    }

    [Fact]
    public void SCI_items_are_not_applicable_without_radicular_pain()
    {
        var r = Evaluate(CaseBuilder.TypicalPht());

        foreach (var id in new[] { "SCI-01", "SCI-02", "SCI-03", "SCI-04", "SCI-05", "SCI-06", "SCI-08", "SCI-09", "SCI-11", "SCI-12" })
        {
            Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf(id).Outcome);
        }
    }

    [Theory]
    [InlineData(11, StartBackRisk.Medium, false)]
    [InlineData(12, StartBackRisk.Unknown, true)]
    [InlineData(4, StartBackRisk.High, true)]
    public void SCI05_fires_only_with_chronic_symptoms_or_a_high_STarT_Back_risk(int weeks, StartBackRisk risk, bool fires)
    {
        var r = Evaluate(PossibleSciatica(weeks).Scores(s => s with { StartBackRisk = risk }));

        Assert.Equal(fires, r.Recommends("SCI-05"));
    }

    [Fact]
    public void SCI07_annotates_a_recommended_oral_NSAID_with_the_NG59_sciatica_wording()
    {
        foreach (var r in new[] { Evaluate(V03()), Evaluate(V10()) })
        {
            var nsaid = Item(r, "SYM-02");
            Assert.Contains(nsaid.Details, d => d.StartsWith("SCI-07", StringComparison.Ordinal) && d.Contains("lowest effective dose", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void SCI07_does_not_annotate_an_oral_NSAID_outside_sciatica_or_one_that_is_not_recommended()
    {
        var pht = Evaluate(CaseBuilder.TypicalPht());
        Assert.DoesNotContain(Item(pht, "SYM-02").Details, d => d.StartsWith("SCI-07", StringComparison.Ordinal));

        var anticoagulated = Evaluate(V03().Medication(MedicationClass.AnticoagulantDoac));
        var considered = Assert.Single(anticoagulated.ConsideredNotRecommended, x => x.Id == "SYM-02");
        Assert.DoesNotContain(considered.Details, d => d.StartsWith("SCI-07", StringComparison.Ordinal));
        Assert.DoesNotContain(anticoagulated.Explanation, f => f.RuleId == "SCI-07");
    }

    [Fact]
    public void SCI08_recommends_a_soon_epidural_referral_in_acute_severe_sciatica_and_explains_imaging()
    {
        var r = Evaluate(AcuteSevereSciatica());

        var item = Item(r, "SCI-08");
        Assert.Equal(Urgency.Soon, item.Urgency);
        Assert.Equal(ItemCategory.Referral, item.Category);
        Assert.Equal("G-CONSIDER", item.EvidenceCode);
        Assert.Contains("central canal stenosis", item.ClinicianText, StringComparison.Ordinal);
        Assert.Contains("imaging is usually not available", item.ClinicianText, StringComparison.Ordinal);
        Assert.False(r.Prompts("MISS-14"));
    }

    [Theory]
    [InlineData(11, true)]
    [InlineData(12, false)]
    public void SCI08_needs_acute_sciatica_below_12_weeks(int weeks, bool fires)
    {
        var r = Evaluate(AcuteSevereSciatica().SymptomWeeks(weeks));

        Assert.Equal(fires, r.Recommends("SCI-08"));
    }

    [Theory]
    [InlineData(7, true)]
    [InlineData(6, false)]
    public void SCI08_counts_leg_pain_of_7_or_more_as_severe(int legNrs, bool fires)
    {
        var r = Evaluate(AcuteSevereSciatica().Pain(p => p with { LegPainNrs = legNrs }));

        Assert.Equal(fires, r.Recommends("SCI-08"));
    }

    [Theory]
    [InlineData(41, true)]
    [InlineData(40, false)]
    public void SCI08_counts_an_ODI_of_41_or_more_as_severe_when_leg_pain_is_unknown(int odi, bool fires)
    {
        var r = Evaluate(AcuteSevereSciatica().Pain(p => p with { LegPainNrs = null }).Scores(s => s with { Odi = odi }));

        Assert.Equal(fires, r.Recommends("SCI-08"));
    }

    [Fact]
    public void SCI08_is_withheld_with_MISS14_when_neurogenic_claudication_is_unknown()
    {
        var r = Evaluate(AcuteSevereSciatica().History(h => h with { NeurogenicClaudication = TriState.Unknown }));

        Assert.False(r.Recommends("SCI-08"));
        Assert.False(r.Considers("SCI-08"));
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("SCI-08").Outcome);
        Assert.False(r.Recommends("IMG-06"));
        var prompt = Assert.Single(r.MissingInformation, m => m.Id == "MISS-14");
        Assert.Equal(["History.NeurogenicClaudication"], prompt.Fields);
        Assert.Equal(MissingInformationPriority.Medium, prompt.Priority);
    }

    [Fact]
    public void SCI08_is_withheld_without_MISS14_when_neurogenic_claudication_is_present()
    {
        var r = Evaluate(AcuteSevereSciatica().History(h => h with { NeurogenicClaudication = TriState.Yes }));

        Assert.False(r.Recommends("SCI-08"));
        Assert.False(r.Prompts("MISS-14"));
        Assert.True(r.Displays("DNO-16"));
    }

    [Fact]
    public void SCI08_is_blocked_by_central_canal_stenosis_on_lumbar_MRI()
    {
        var r = Evaluate(AcuteSevereSciatica().Lumbar(l => l with { CentralCanalStenosis = TriState.Yes }));

        Assert.Equal(Likelihood.Likely, r.Dx("DX-02"));
        Assert.False(r.Recommends("SCI-08"));
        Assert.True(r.Displays("DNO-16"));
    }

    [Fact]
    public void SCI08_is_not_blocked_by_an_unknown_central_canal_stenosis_finding()
    {
        var r = Evaluate(AcuteSevereSciatica().Lumbar(l => l with { CentralCanalStenosis = TriState.Unknown }));

        Assert.True(r.Recommends("SCI-08"));
    }

    [Fact]
    public void SCI08_and_MISS14_are_not_applicable_with_a_red_flag_because_no_RF_is_their_own_condition()
    {
        var r = Evaluate(AcuteSevereSciatica().WithUrgentRedFlag().History(h => h with { NeurogenicClaudication = TriState.Unknown }));
        Assert.False(r.Prompts("MISS-14"));

        r = Evaluate(AcuteSevereSciatica().WithUrgentRedFlag());
        Assert.Contains("RF-05", r.AlertIds());
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("SCI-08").Outcome);
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("IMG-06").Outcome);
    }

    [Fact]
    public void SCI08_needs_likely_radicular_pain()
    {
        var r = Evaluate(PossibleSciatica().Pain(p => p with { LegPainNrs = 9 }));

        Assert.Equal(Likelihood.Possible, r.Dx("DX-02"));
        Assert.False(r.Recommends("SCI-08"));
        Assert.False(r.Prompts("MISS-14"));
    }

    private static CaseBuilder ConcordantCompression(int failedWeeks) => AcuteSevereSciatica()
        .SymptomWeeks(20)
        .Lumbar(l => l with { NerveRootCompression = TriState.Yes, ConcordantWithSymptoms = TriState.Yes, CentralCanalStenosis = TriState.No })
        .PriorTreatment(Treatment(TreatmentType.GeneralPhysiotherapy, failedWeeks, TreatmentResponse.NoChange));

    [Fact]
    public void SCI09_recommends_a_soon_decompression_opinion_annotated_by_SURG04_and_SCI10()
    {
        var r = Evaluate(ConcordantCompression(6));

        var item = Item(r, "SCI-09");
        Assert.Equal(Urgency.Soon, item.Urgency);
        Assert.Equal(ItemCategory.Referral, item.Category);
        Assert.Contains(item.Details, d => d.StartsWith("SURG-04", StringComparison.Ordinal));
        Assert.Contains(item.Details, d => d.StartsWith("SCI-10", StringComparison.Ordinal) && d.Contains("smoking", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Trace, t => t.RuleId is "SURG-04" or "SCI-10" or "SCI-07");
    }

    [Fact]
    public void SCI09_needs_6_weeks_of_documented_failed_non_surgical_care()
    {
        Assert.False(Evaluate(ConcordantCompression(5)).Recommends("SCI-09"));
    }

    [Fact]
    public void SCI09_needs_a_lumbar_MRI_concordant_with_the_symptoms()
    {
        var r = Evaluate(ConcordantCompression(8).Lumbar(l => l with { ConcordantWithSymptoms = TriState.Unknown }));

        Assert.False(r.Recommends("SCI-09"));
    }

    [Fact]
    public void SCI09_is_suppressed_by_a_red_flag_because_no_RF_is_not_its_own_condition()
    {
        var r = Evaluate(ConcordantCompression(8).WithUrgentRedFlag());

        var trace = r.TraceOf("SCI-09");
        Assert.Equal(TraceOutcome.SuppressedBy, trace.Outcome);
        Assert.Equal(["RF-05"], trace.SuppressedBy);
    }

    [Theory]
    [InlineData(MedicationClass.Gabapentinoid, TriState.Unknown)]
    [InlineData(MedicationClass.OtherAntiepileptic, TriState.Yes)]
    [InlineData(MedicationClass.Opioid, TriState.Yes)]
    [InlineData(MedicationClass.Benzodiazepine, TriState.Unknown)]
    public void SCI11_reviews_a_current_sciatica_medicine_as_medication_safety(MedicationClass cls, TriState forSciatica)
    {
        var r = Evaluate(PossibleSciatica().CurrentMedicine(cls, forSciatica));

        var item = Item(r, "SCI-11");
        Assert.Equal(ItemCategory.MedicationSafety, item.Category);
        Assert.Contains(item.Details, d => d.Contains(cls.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void SCI11_does_not_fire_for_another_indication_or_without_a_sciatic_context()
    {
        Assert.False(Evaluate(PossibleSciatica().CurrentMedicine(MedicationClass.Gabapentinoid, TriState.No)).Recommends("SCI-11"));
        Assert.False(Evaluate(PossibleSciatica().Medication(MedicationClass.Opioid, MedicationStatus.Stopped, 10)).Recommends("SCI-11"));
        Assert.False(Evaluate(CaseBuilder.TypicalPht().CurrentMedicine(MedicationClass.Opioid, TriState.Unknown)).Recommends("SCI-11"));
    }

    [Fact]
    public void SCI12_is_a_safety_net_item_that_survives_an_emergency_red_flag()
    {
        var r = Evaluate(AcuteSevereSciatica().RedFlags(f => f with { SaddleAnaesthesia = TriState.Yes }));

        var item = Item(r, "SCI-12");
        Assert.True(item.SafetyNet);
        Assert.Equal(ItemCategory.Education, item.Category);
        Assert.Equal(TraceOutcome.SuppressedBy, r.TraceOf("SCI-03").Outcome);
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("SCI-08").Outcome);
    }

    [Fact]
    public void SCI12_covers_sciatic_involvement_at_the_hamstring_origin()
    {
        var r = Evaluate(DeepGluteal.DeepGlutealTests.V02());

        Assert.True(r.Recommends("SCI-12"));
        Assert.False(r.Recommends("SCI-01"));
    }

    [Fact]
    public void V03_recommends_the_NG59_items_the_epidural_referral_and_specialist_imaging_but_not_SCI05()
    {
        var r = Evaluate(V03());

        foreach (var id in new[] { "SCI-01", "SCI-02", "SCI-03", "SCI-04", "SCI-06", "SCI-08", "SCI-12", "IMG-06" }) Assert.True(r.Recommends(id), id);
        Assert.Contains(Item(r, "SYM-02").Details, d => d.StartsWith("SCI-07", StringComparison.Ordinal));
        Assert.False(r.Recommends("SCI-05"));
        Assert.False(r.Recommends("SCI-09"));
        Assert.False(r.Recommends("ESC-06"));
        Assert.Equal(Urgency.Soon, Item(r, "IMG-06").Urgency);
        Assert.Equal(Urgency.Soon, r.OverallUrgency);
        Assert.Empty(r.MissingInformation);
    }

    internal static Recommendation Item(PathwayResult r, string id) => Assert.Single(r.Recommendations, x => x.Id == id);
}
