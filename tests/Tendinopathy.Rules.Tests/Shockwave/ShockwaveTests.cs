using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.SymptomRelief.MedicineCases;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Shockwave;

/// <summary>ESWT-01 (PATHWAY.md 4.7) with CI-ESWT (absolute and relative), the RISK-01(e) suspension, and the ESWT parts of V06 and V12.</summary>
public sealed class ShockwaveTests
{
    private static CaseBuilder Eligible() => ChronicFailedLoading();

    [Fact]
    public void ESWT01_is_recommended_with_the_Cacchio_protocol_for_chronic_PHT_after_failed_loading()
    {
        var item = Recommended(Evaluate(Eligible()), "ESWT-01");

        Assert.Equal(ItemCategory.Device, item.Category);
        Assert.Equal("COND", item.EvidenceCode);
        Assert.True(item.HasDetail("2,500 impulses per session"));
        Assert.True(item.HasDetail("0.18 mJ/mm²"));
        Assert.True(item.HasDetail("no local anaesthetic"));
        Assert.True(item.HasDetail("one session a week for 4 weeks"));
        Assert.True(item.HasDetail("review at 3 months"));
        Assert.True(item.HasDetail("Not within 6 weeks of a corticosteroid injection"));
        Assert.False(item.HasDetail("sciatic nerve"));
    }

    [Fact]
    public void ESWT01_is_not_applicable_before_symptoms_are_chronic()
    {
        NotApplicable(Evaluate(Eligible().SymptomWeeks(11)), "ESWT-01");
    }

    [Fact]
    public void ESWT01_is_not_applicable_without_an_insufficient_response_to_loading()
    {
        NotApplicable(Evaluate(CaseBuilder.TypicalPht().SymptomWeeks(20)), "ESWT-01");
        NotApplicable(Evaluate(CaseBuilder.TypicalPht().SymptomWeeks(20).FailedLoading(8, TreatmentResponse.ImprovedSufficient)), "ESWT-01");
    }

    [Fact]
    public void ESWT01_with_sciatic_nerve_involvement_avoids_focusing_over_the_sciatic_nerve()
    {
        var r = Evaluate(Eligible().Neuro(n => n with { PosteriorThighParaesthesiaOrBurning = TriState.Yes }));

        Assert.True(r.Dx("DX-04") >= Likelihood.Possible);
        Assert.True(Recommended(r, "ESWT-01").HasDetail("avoid focusing over the sciatic nerve course"));
    }

    [Theory]
    [InlineData("ActiveMalignancyNearTreatmentSite")]
    [InlineData("LocalSkinOrSoftTissueInfectionAtSite")]
    [InlineData("Coagulopathy")]
    public void CI_ESWT_each_absolute_comorbidity_moves_ESWT01_to_considered(string item)
    {
        var r = Evaluate(Eligible().Comorbidities(m => item switch
        {
            "ActiveMalignancyNearTreatmentSite" => m with { ActiveMalignancyNearTreatmentSite = true },
            "LocalSkinOrSoftTissueInfectionAtSite" => m with { LocalSkinOrSoftTissueInfectionAtSite = true },
            _ => m with { Coagulopathy = true },
        }));
        Reason(r, "ESWT-01", "CI-ESWT", ("Comorbidities." + item, "Yes"));
    }

    [Fact]
    public void CI_ESWT_pregnancy_at_any_gestation_and_any_age_blocks_shockwave()
    {
        var early = Evaluate(Eligible().Female(TriState.Yes, 8));
        var older = Evaluate(Eligible().Age(57).Female(TriState.Yes, 30));

        Assert.Equal([new FactValue("Pregnant", "Yes")], Reason(early, "ESWT-01", "CI-ESWT").TriggeringFacts);
        Reason(older, "ESWT-01", "CI-ESWT", ("Pregnant", "Yes"));
    }

    [Fact]
    public void CI_ESWT_suspected_avulsion_moves_ESWT01_to_considered()
    {
        var r = Evaluate(Eligible().History(h => h with
        {
            Onset = Onset.Acute, Mechanism = InjuryMechanism.FallIntoSplits, PopFelt = TriState.Unknown,
        }));
        Reason(r, "ESWT-01", "CI-ESWT", ("DX-05", r.Dx("DX-05").ToString()));
    }

    [Fact]
    public void CI_ESWT_RELATIVE_anticoagulation_moves_ESWT01_to_considered()
    {
        var r = Evaluate(Eligible().Medication(MedicationClass.AnticoagulantWarfarin));
        Reason(r, "ESWT-01", "CI-ESWT-RELATIVE", ("Anticoagulated", "Yes"));
        ReasonCodes(r, "ESWT-01", "CI-ESWT-RELATIVE");
    }

    [Fact]
    public void CI_ESWT_RELATIVE_a_corticosteroid_injection_within_6_weeks_but_not_7()
    {
        var six = Evaluate(Eligible().PriorTreatment(Csi(weeksSinceLast: 6)));
        var seven = Evaluate(Eligible().PriorTreatment(Csi(weeksSinceLast: 7)));

        Reason(six, "ESWT-01", "CI-ESWT-RELATIVE", ("LastCsiWeeksAgo", "6"));
        Recommended(seven, "ESWT-01");
    }

    [Fact]
    public void CI_ESWT_RELATIVE_an_implanted_device_moves_ESWT01_to_considered()
    {
        var r = Evaluate(Eligible().Comorbidities(m => m with { CardiacPacemakerOrImplantedDevice = true }));
        Reason(r, "ESWT-01", "CI-ESWT-RELATIVE", ("Comorbidities.CardiacPacemakerOrImplantedDevice", "Yes"));
    }

    [Fact]
    public void Unknown_pregnancy_when_relevant_moves_ESWT01_with_missing_pregnancy_status()
    {
        var r = Evaluate(Eligible().Female(TriState.Unknown));
        ReasonCodes(r, "ESWT-01", "MISSING_PREGNANCY_STATUS");
    }

    [Fact]
    public void Unknown_pregnancy_outside_PregnancyRelevant_is_not_a_missing_reason()
    {
        var male = Evaluate(Eligible());
        var older = Evaluate(Eligible().Age(56).Female(TriState.Unknown));

        Recommended(male, "ESWT-01");
        Recommended(older, "ESWT-01");
    }

    [Fact]
    public void Unreviewed_lists_move_ESWT01_with_both_missing_reasons()
    {
        var r = Evaluate(Eligible().MedicationsNotReviewed().ComorbiditiesNotReviewed());
        ReasonCodes(r, "ESWT-01", "MISSING_COMORBIDITY_REVIEW", "MISSING_MEDICATION_REVIEW");
    }

    [Fact]
    public void A_current_fluoroquinolone_with_tendon_pain_suppresses_ESWT01_by_AL02()
    {
        var r = Evaluate(Eligible().Medication(MedicationClass.Fluoroquinolone));

        Assert.False(r.Recommends("ESWT-01"));
        Assert.False(r.Considers("ESWT-01"));
        Assert.Equal(["AL-02"], r.TraceOf("ESWT-01").SuppressedBy);
    }

    [Fact]
    public void V06_ESWT01_is_recommended_after_26_weeks_of_failed_loading()
    {
        var r = Evaluate(V06());
        Assert.True(Recommended(r, "ESWT-01").HasDetail("2,500 impulses"));
    }

    [Fact]
    public void V12_pregnant_patient_who_becomes_chronic_with_failed_loading_has_ESWT01_considered_for_pregnancy()
    {
        var r = Evaluate(V12().SymptomWeeks(20).FailedLoading(8));

        Assert.Equal([new FactValue("Pregnant", "Yes")], Reason(r, "ESWT-01", "CI-ESWT").TriggeringFacts);
        ReasonCodes(r, "ESWT-01", "CI-ESWT");
    }
}
