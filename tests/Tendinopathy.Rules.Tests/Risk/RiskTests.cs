using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.SymptomRelief.MedicineCases;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Risk;

/// <summary>RISK-01…RISK-03 (PATHWAY.md 4.11); RISK-04 is tested with INJ-01, which it annotates.</summary>
public sealed class RiskTests
{
    [Fact]
    public void RISK01_is_a_medication_safety_item_telling_the_patient_to_stop_the_antibiotic_if_tendon_pain_appears()
    {
        var r = Evaluate(CaseBuilder.Baseline().Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 60));

        var item = Recommended(r, "RISK-01");
        Assert.Equal(ItemCategory.MedicationSafety, item.Category);
        Assert.Equal("REG", item.EvidenceCode);
        Assert.Contains("stop the antibiotic", item.PatientText, StringComparison.Ordinal);
        Assert.Contains("contact the person who prescribed it", item.PatientText, StringComparison.Ordinal);
        Assert.Contains("tendon pain", item.PatientText, StringComparison.Ordinal);
    }

    [Fact]
    public void RISK01_is_not_applicable_once_the_fluoroquinolone_window_has_passed()
    {
        NotApplicable(Evaluate(CaseBuilder.Baseline().Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 61)), "RISK-01");
    }

    [Fact]
    public void RISK01_and_RISK02_survive_an_emergency_red_flag_as_medication_safety_items()
    {
        var r = Evaluate(V07().RedFlags(f => f with { SaddleAnaesthesia = TriState.Yes }));

        Recommended(r, "RISK-01");
        Recommended(r, "RISK-02");
    }

    [Fact]
    public void RISK02_fires_for_a_current_systemic_corticosteroid_only()
    {
        var current = Evaluate(CaseBuilder.Baseline().Medication(MedicationClass.SystemicCorticosteroid));
        var stopped = Evaluate(CaseBuilder.Baseline().Medication(MedicationClass.SystemicCorticosteroid, MedicationStatus.Stopped, 10));

        Assert.Equal(ItemCategory.MedicationSafety, Recommended(current, "RISK-02").Category);
        NotApplicable(stopped, "RISK-02");
    }

    [Fact]
    public void RISK03_educates_on_modifiable_risk_factors_when_DX01_is_at_least_Possible()
    {
        var r = Evaluate(CaseBuilder.TypicalPht());
        Assert.Equal(ItemCategory.Education, Recommended(r, "RISK-03").Category);
    }

    [Fact]
    public void RISK03_is_not_applicable_without_PHT()
    {
        NotApplicable(Evaluate(Tests.Diagnosis.DiagnosisTests.V03()), "RISK-03");
    }

    [Fact]
    public void RISK03_is_kept_under_an_urgent_red_flag()
    {
        Recommended(Evaluate(CaseBuilder.TypicalPht().RedFlags(f => f with { SignificantTrauma = TriState.Yes })), "RISK-03");
    }

    [Fact]
    public void V07_recommends_RISK01_and_RISK02()
    {
        var r = Evaluate(V07());
        Recommended(r, "RISK-01");
        Recommended(r, "RISK-02");
    }
}
