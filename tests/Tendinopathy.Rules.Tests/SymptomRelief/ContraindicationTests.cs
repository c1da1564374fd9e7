using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.SymptomRelief.MedicineCases;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.SymptomRelief;

/// <summary>
/// The contraindication predicates of PATHWAY.md 4.5 (CI-NSAID-ORAL, CI-NSAID-TOP, CI-PARACETAMOL, CI-CRYO), their caution
/// groups and the missing-information routing of 4.1 item 8: each absolute item moves its medicine to ConsideredNotRecommended
/// with the CI code and its triggering facts; cautions attach details without blocking.
/// </summary>
public sealed class ContraindicationTests
{
    private static CaseBuilder Pht() => CaseBuilder.TypicalPht();

    private static CaseBuilder Comorbid(Func<Comorbidities, Comorbidities> change) => Pht().Comorbidities(change);

    /// <summary>Each absolute item of CI-NSAID-ORAL, by name, with the triggering fact it must report.</summary>
    private static (CaseBuilder Case, string Field, string Value) OralAbsolute(string item) => item switch
    {
        "Anticoagulated" => (Pht().Medication(MedicationClass.AnticoagulantWarfarin), "Anticoagulated", "Yes"),
        "GiBleedHistory" => (Comorbid(m => m with { GiBleedHistory = true }), "Comorbidities.GiBleedHistory", "Yes"),
        "PepticUlcerActive" => (Comorbid(m => m with { PepticUlcerActive = true }), "Comorbidities.PepticUlcerActive", "Yes"),
        "EgfrBelow60" => (Comorbid(m => m with { ChronicKidneyDisease = new ChronicKidneyDisease { Stage = CkdStage.G3a } }), "EgfrBelow60", "Yes"),
        "HeartFailure" => (Comorbid(m => m with { HeartFailure = HeartFailureSeverity.Mild }), "Comorbidities.HeartFailure", "Mild"),
        "NsaidHypersensitivity" => (Comorbid(m => m with { NsaidHypersensitivityOrAspirinAsthma = true }),
            "Comorbidities.NsaidHypersensitivityOrAspirinAsthma", "Yes"),
        "Pregnant20" => (Pht().Female(TriState.Yes, 20), "Pregnant", "Yes"),
        "Liver" => (Comorbid(m => m with { LiverCirrhosisOrSevereHepaticImpairment = true }),
            "Comorbidities.LiverCirrhosisOrSevereHepaticImpairment", "Yes"),
        "RecentCabg" => (Comorbid(m => m with { RecentCabg = true }), "Comorbidities.RecentCabg", "Yes"),
        "Coagulopathy" => (Comorbid(m => m with { Coagulopathy = true }), "Comorbidities.Coagulopathy", "Yes"),
        "AnotherNsaidCurrent" => (Pht().Medication(MedicationClass.NsaidOral), "Medications.NsaidOral", "Current"),
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };

    [Theory]
    [InlineData("Anticoagulated")]
    [InlineData("GiBleedHistory")]
    [InlineData("PepticUlcerActive")]
    [InlineData("EgfrBelow60")]
    [InlineData("HeartFailure")]
    [InlineData("NsaidHypersensitivity")]
    [InlineData("Pregnant20")]
    [InlineData("Liver")]
    [InlineData("RecentCabg")]
    [InlineData("Coagulopathy")]
    [InlineData("AnotherNsaidCurrent")]
    public void CI_NSAID_ORAL_each_absolute_item_moves_SYM02_to_considered_with_its_fact(string item)
    {
        var (c, field, value) = OralAbsolute(item);
        var r = Evaluate(c);

        var reason = Reason(r, "SYM-02", "CI-NSAID-ORAL", (field, value));
        Assert.DoesNotContain(reason.TriggeringFacts, f => f.Field is "Medications.Reviewed" or "Comorbidities.Reviewed");
        Assert.False(r.Prompts("MISS-05"));
        Assert.False(r.Recommends("ESC-01"));
    }

    [Fact]
    public void SYM02_is_recommended_with_the_dose_principles_when_no_contraindication_holds()
    {
        var item = Recommended(Evaluate(Pht()), "SYM-02");

        Assert.True(item.HasDetail("lowest effective dose for the shortest time"));
        Assert.True(item.HasDetail("review at ≤ 14 days"));
        Assert.True(item.HasDetail("Maximum one NSAID"));
        Assert.False(item.HasDetail("gastroprotection"));
        Assert.Equal(ItemCategory.Pharmacological, item.Category);
        Assert.Equal("COND", item.EvidenceCode);
    }

    [Fact]
    public void SYM02_review_interval_follows_the_configured_NsaidReviewDays()
    {
        var engine = new PathwayEngine(PathwayOptions.Default with { NsaidReviewDays = 10 });
        var r = engine.Evaluate(Pht());

        Assert.True(Recommended(r, "SYM-02").HasDetail("review at ≤ 10 days"));
        Assert.True(r.Recommendations.Single(x => x.Id == "ESC-01").HasDetail("within 10 days"));
    }

    [Fact]
    public void A_stopped_NSAID_is_not_a_contraindication()
    {
        Recommended(Evaluate(Pht().Medication(MedicationClass.NsaidOral, MedicationStatus.Stopped, 30)), "SYM-02");
    }

    [Fact]
    public void Pregnancy_before_20_weeks_is_a_caution_not_a_block()
    {
        var item = Recommended(Evaluate(Pht().Female(TriState.Yes, 12)), "SYM-02");
        Assert.True(item.HasDetail("CAU-NSAID-PREG"));
        Assert.True(item.HasDetail("benefit outweighs the risk"));
    }

    [Theory]
    [InlineData("Age65")]
    [InlineData("PepticUlcerHistory")]
    [InlineData("SystemicCorticosteroid")]
    [InlineData("Antiplatelet")]
    [InlineData("Ssri")]
    [InlineData("Snri")]
    [InlineData("InflammatoryBowelDisease")]
    public void CAU_NSAID_GI_does_not_block_and_adds_gastroprotection(string item)
    {
        var c = item switch
        {
            "Age65" => Pht().Age(65),
            "PepticUlcerHistory" => Comorbid(m => m with { PepticUlcerHistory = true }),
            "SystemicCorticosteroid" => Pht().Medication(MedicationClass.SystemicCorticosteroid),
            "Antiplatelet" => Pht().Medication(MedicationClass.Antiplatelet),
            "Ssri" => Pht().Medication(MedicationClass.Ssri),
            "Snri" => Pht().Medication(MedicationClass.Snri),
            _ => Comorbid(m => m with { InflammatoryBowelDisease = true }),
        };

        var sym02 = Recommended(Evaluate(c), "SYM-02");
        Assert.True(sym02.HasDetail("CAU-NSAID-GI"));
        Assert.True(sym02.HasDetail("gastroprotection"));
    }

    [Fact]
    public void Age_64_is_below_the_CAU_NSAID_GI_threshold()
    {
        Assert.False(Recommended(Evaluate(Pht().Age(64)), "SYM-02").HasDetail("gastroprotection"));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void CAU_NSAID_CV_restricts_the_drug_without_blocking(bool cardiovascular, bool hypertension)
    {
        var sym02 = Recommended(Evaluate(Comorbid(m => m with
        {
            EstablishedCardiovascularDisease = cardiovascular, HypertensionUncontrolled = hypertension,
        })), "SYM-02");

        Assert.True(sym02.HasDetail("not diclofenac or a COX-2 inhibitor"));
        Assert.True(sym02.HasDetail("ibuprofen ≤ 1,200 mg/day"));
        Assert.False(sym02.HasDetail("gastroprotection"));
    }

    [Fact]
    public void CAU_NSAID_RENAL_needs_both_an_ACE_inhibitor_or_ARB_and_a_diuretic()
    {
        var one = Recommended(Evaluate(Pht().Medication(MedicationClass.AceInhibitorOrArb)), "SYM-02");
        var both = Recommended(Evaluate(Pht().Medication(MedicationClass.AceInhibitorOrArb).Medication(MedicationClass.Diuretic)), "SYM-02");

        Assert.False(one.HasDetail("CAU-NSAID-RENAL"));
        Assert.True(both.HasDetail("CAU-NSAID-RENAL"));
    }

    [Fact]
    public void Two_caution_groups_move_SYM02_to_considered_with_CAU_NSAID_MULTIPLE_listing_the_groups()
    {
        var r = Evaluate(Pht().Age(70).Comorbidities(m => m with { EstablishedCardiovascularDisease = true }));

        var reason = Reason(r, "SYM-02", "CAU-NSAID-MULTIPLE");
        Assert.Equal(["CAU-NSAID-GI", "CAU-NSAID-CV"], reason.TriggeringFacts.Select(f => f.Field));
        Assert.Contains("Patient.AgeYears = 70", reason.TriggeringFacts[0].Value, StringComparison.Ordinal);
        ReasonCodes(r, "SYM-02", "CAU-NSAID-MULTIPLE");
        Recommended(r, "SYM-03");
        Assert.False(r.Recommends("ESC-01"));
    }

    [Fact]
    public void Several_items_of_one_caution_group_are_not_multiple_groups()
    {
        var r = Evaluate(Pht().Age(70).Medication(MedicationClass.Ssri).Comorbidities(m => m with { PepticUlcerHistory = true }));
        Assert.True(Recommended(r, "SYM-02").HasDetail("gastroprotection"));
    }

    [Fact]
    public void Contraindication_and_multiple_cautions_accumulate_as_separate_reasons()
    {
        var r = Evaluate(Pht().Age(70).Medication(MedicationClass.AnticoagulantDoac)
            .Comorbidities(m => m with { HypertensionUncontrolled = true }));
        ReasonCodes(r, "SYM-02", "CAU-NSAID-MULTIPLE", "CI-NSAID-ORAL");
    }

    // ---- CI-NSAID-TOP ----

    [Theory]
    [InlineData("NsaidHypersensitivity", "Comorbidities.NsaidHypersensitivityOrAspirinAsthma")]
    [InlineData("LocalInfection", "Comorbidities.LocalSkinOrSoftTissueInfectionAtSite")]
    [InlineData("OpenWound", "Comorbidities.OpenWoundOrBrokenSkinAtSite")]
    public void CI_NSAID_TOP_each_absolute_comorbidity_moves_SYM03_to_considered(string item, string field)
    {
        var r = Evaluate(Comorbid(m => item switch
        {
            "NsaidHypersensitivity" => m with { NsaidHypersensitivityOrAspirinAsthma = true },
            "LocalInfection" => m with { LocalSkinOrSoftTissueInfectionAtSite = true },
            _ => m with { OpenWoundOrBrokenSkinAtSite = true },
        }));
        Reason(r, "SYM-03", "CI-NSAID-TOP", (field, "Yes"));
    }

    [Fact]
    public void CI_NSAID_TOP_blocks_from_20_weeks_of_pregnancy_and_not_before()
    {
        var at20 = Evaluate(Pht().Female(TriState.Yes, 20));
        var at19 = Evaluate(Pht().Female(TriState.Yes, 19));

        Reason(at20, "SYM-03", "CI-NSAID-TOP", ("Pregnant", "Yes"), ("GestationWeeks", "20"));
        Recommended(at19, "SYM-03");
    }

    [Fact]
    public void CI_NSAID_TOP_cautions_attach_small_area_short_course_without_blocking()
    {
        var anticoagulated = Recommended(Evaluate(Pht().Medication(MedicationClass.AnticoagulantHeparin)), "SYM-03");
        var renal = Recommended(Evaluate(Comorbid(m => m with { ChronicKidneyDisease = new ChronicKidneyDisease { EgfrMlMin = 50 } })), "SYM-03");
        var none = Recommended(Evaluate(Pht()), "SYM-03");

        Assert.True(anticoagulated.HasDetail("Anticoagulated = Yes"));
        Assert.True(anticoagulated.HasDetail("small area, short course"));
        Assert.True(renal.HasDetail("EgfrBelow60 = Yes"));
        Assert.False(none.HasDetail("small area"));
    }

    // ---- CI-PARACETAMOL, CI-CRYO ----

    [Fact]
    public void CI_PARACETAMOL_severe_hepatic_impairment_moves_SYM04_to_considered()
    {
        var r = Evaluate(Comorbid(m => m with { LiverCirrhosisOrSevereHepaticImpairment = true }));
        Reason(r, "SYM-04", "CI-PARACETAMOL", ("Comorbidities.LiverCirrhosisOrSevereHepaticImpairment", "Yes"));
        ReasonCodes(r, "SYM-04", "CI-PARACETAMOL");
    }

    [Theory]
    [InlineData("ColdHypersensitivity")]
    [InlineData("ReducedSkinSensationAtSite")]
    [InlineData("PeripheralVascularCompromise")]
    [InlineData("OpenWoundOrBrokenSkinAtSite")]
    public void CI_CRYO_each_absolute_item_moves_SYM01_to_considered(string item)
    {
        var r = Evaluate(Comorbid(m => item switch
        {
            "ColdHypersensitivity" => m with { ColdHypersensitivity = true },
            "ReducedSkinSensationAtSite" => m with { ReducedSkinSensationAtSite = true },
            "PeripheralVascularCompromise" => m with { PeripheralVascularCompromise = true },
            _ => m with { OpenWoundOrBrokenSkinAtSite = true },
        }));
        Reason(r, "SYM-01", "CI-CRYO", ("Comorbidities." + item, "Yes"));
    }

    // ---- 4.1 item 8: missing information ----

    [Fact]
    public void Unreviewed_medications_move_SYM02_SYM03_SYM04_but_not_SYM01()
    {
        var r = Evaluate(Pht().MedicationsNotReviewed());

        foreach (var id in new[] { "SYM-02", "SYM-03", "SYM-04" })
        {
            Reason(r, id, "MISSING_MEDICATION_REVIEW", ("Medications.Reviewed", "false"));
            ReasonCodes(r, id, "MISSING_MEDICATION_REVIEW");
        }
        Recommended(r, "SYM-01");
        Assert.True(r.Prompts("MISS-05"));
    }

    [Fact]
    public void Unreviewed_comorbidities_move_every_SYM_item()
    {
        var r = Evaluate(Pht().ComorbiditiesNotReviewed());

        foreach (var id in new[] { "SYM-01", "SYM-02", "SYM-03", "SYM-04" })
        {
            Reason(r, id, "MISSING_COMORBIDITY_REVIEW", ("Comorbidities.Reviewed", "false"));
        }
        Assert.True(r.Prompts("MISS-06"));
    }

    [Fact]
    public void A_recorded_medicine_counts_even_when_the_list_is_unreviewed()
    {
        var r = Evaluate(Pht().MedicationsNotReviewed().Medication(MedicationClass.AnticoagulantDoac));
        ReasonCodes(r, "SYM-02", "CI-NSAID-ORAL", "MISSING_MEDICATION_REVIEW");
        Reason(r, "SYM-02", "CI-NSAID-ORAL", ("Anticoagulated", "Yes"));
    }

    [Fact]
    public void Unknown_pregnancy_when_relevant_moves_SYM02_and_SYM03_only()
    {
        var r = Evaluate(Pht().Female(TriState.Unknown));

        Reason(r, "SYM-02", "MISSING_PREGNANCY_STATUS", ("Pregnant", "Unknown"));
        Reason(r, "SYM-03", "MISSING_PREGNANCY_STATUS", ("Pregnant", "Unknown"));
        Recommended(r, "SYM-01");
        Recommended(r, "SYM-04");
        Assert.True(r.Prompts("MISS-07"));
    }

    [Fact]
    public void Unknown_pregnancy_at_56_or_over_is_read_as_not_pregnant()
    {
        var r = Evaluate(Pht().Age(56).Female(TriState.Unknown));

        Recommended(r, "SYM-02");
        Recommended(r, "SYM-03");
        Assert.False(r.Prompts("MISS-07"));
    }

    [Fact]
    public void Pregnancy_Yes_blocks_oral_and_topical_NSAIDs_at_any_age()
    {
        var r = Evaluate(Pht().Age(57).Female(TriState.Yes, 22));

        Reason(r, "SYM-02", "CI-NSAID-ORAL", ("Pregnant", "Yes"), ("GestationWeeks", "22"));
        Reason(r, "SYM-03", "CI-NSAID-TOP", ("Pregnant", "Yes"), ("GestationWeeks", "22"));
    }

    [Fact]
    public void Missing_reasons_accumulate_with_contraindications()
    {
        var r = Evaluate(Pht().Female(TriState.Unknown).MedicationsNotReviewed().ComorbiditiesNotReviewed()
            .Comorbidities(m => m with { GiBleedHistory = true }));

        ReasonCodes(r, "SYM-02", "CI-NSAID-ORAL", "MISSING_COMORBIDITY_REVIEW", "MISSING_MEDICATION_REVIEW", "MISSING_PREGNANCY_STATUS");
        ReasonCodes(r, "SYM-01", "MISSING_COMORBIDITY_REVIEW");
        ReasonCodes(r, "SYM-04", "MISSING_COMORBIDITY_REVIEW", "MISSING_MEDICATION_REVIEW");
    }
}
