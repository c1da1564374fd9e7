using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.MissingInformation;

/// <summary>MISS- prompts that read only the case (no diagnosis).</summary>
public sealed class CaseLevelPromptTests
{
    private static global::Tendinopathy.Rules.MissingInformation Prompt(PathwayResult r, string id, MissingInformationPriority priority)
    {
        var prompt = Assert.Single(r.MissingInformation, m => m.Id == id);
        Assert.Equal(priority, prompt.Priority);
        Assert.False(string.IsNullOrWhiteSpace(prompt.ClinicianText));
        Assert.False(string.IsNullOrWhiteSpace(prompt.PatientText));
        return prompt;
    }

    [Fact]
    public void Baseline_case_raises_no_case_level_prompt()
    {
        var r = Evaluate(CaseBuilder.Baseline());

        Assert.Empty(r.MissingInformation);
        Assert.True(r.RedFlagScreenComplete);
        Assert.True(r.NoRedFlags);
    }

    [Fact]
    public void MISS01_fires_and_plan_is_provisional_when_saddle_anaesthesia_is_unknown()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { SaddleAnaesthesia = TriState.Unknown }));

        var prompt = Prompt(r, "MISS-01", MissingInformationPriority.High);
        Assert.Equal(["RedFlags.SaddleAnaesthesia"], prompt.Fields);
        Assert.False(r.RedFlagScreenComplete);
        Assert.True(r.Provisional);
        Assert.False(r.NoRedFlags);
        Assert.DoesNotContain("RF-01", r.AlertIds()); // Unknown is not Yes
    }

    [Fact]
    public void MISS01_names_every_unknown_cauda_equina_item()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(_ => new RedFlagItems
        {
            BladderDisturbance = TriState.No, BowelDisturbance = TriState.Unknown, SaddleAnaesthesia = TriState.No,
            SexualDysfunction = TriState.Unknown, BilateralNeurologicalSymptoms = TriState.Unknown,
            FeverOrSystemicallyUnwell = TriState.No, SpinalInfectionRisk = TriState.No, CancerHistory = TriState.No,
            UnexplainedWeightLoss = TriState.No, NonMechanicalPain = TriState.No, SignificantTrauma = TriState.No,
        }));

        var prompt = Prompt(r, "MISS-01", MissingInformationPriority.High);
        Assert.Equal(["RedFlags.BowelDisturbance", "RedFlags.SexualDysfunction", "RedFlags.BilateralNeurologicalSymptoms"], prompt.Fields);
    }

    [Fact]
    public void MISS01_is_silent_when_only_items_beyond_RFI05_are_unknown()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { CancerHistory = TriState.Unknown }));

        Assert.False(r.Prompts("MISS-01"));
        Assert.True(r.RedFlagScreenComplete);
        Assert.False(r.NoRedFlags);
    }

    [Fact]
    public void MISS01_still_fires_beside_a_red_flag_from_another_item()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { BladderDisturbance = TriState.Yes, SaddleAnaesthesia = TriState.Unknown }));

        Assert.Contains("RF-01", r.AlertIds());
        Assert.True(r.Prompts("MISS-01"));
    }

    [Fact]
    public void MISS04_fires_when_leg_pain_radiates_below_the_knee_without_a_neuro_exam()
    {
        var r = Evaluate(CaseBuilder.Baseline().Neuro(_ => new Neurology { RadiatingBelowKnee = TriState.Yes, ExamRecorded = false }));

        Assert.Equal(["Neuro.ExamRecorded"], Prompt(r, "MISS-04", MissingInformationPriority.High).Fields);
    }

    [Fact]
    public void MISS04_is_silent_when_the_neuro_exam_is_recorded()
    {
        var r = Evaluate(CaseBuilder.Baseline().Neuro(n => n with { RadiatingBelowKnee = TriState.Yes }));

        Assert.False(r.Prompts("MISS-04"));
    }

    [Fact]
    public void MISS04_is_silent_without_radiating_pain()
    {
        var r = Evaluate(CaseBuilder.Baseline().Neuro(_ => new Neurology { RadiatingBelowKnee = TriState.No, ExamRecorded = false }));

        Assert.False(r.Prompts("MISS-04"));
    }

    [Fact]
    public void MISS05_fires_when_the_medication_list_is_not_reviewed()
    {
        var r = Evaluate(CaseBuilder.Baseline().With(c => c with { Medications = new Medications { Reviewed = false } }));

        Assert.Equal(["Medications.Reviewed"], Prompt(r, "MISS-05", MissingInformationPriority.High).Fields);
        Assert.False(r.Prompts("MISS-06"));
    }

    [Fact]
    public void MISS06_fires_when_comorbidities_are_not_reviewed()
    {
        var r = Evaluate(CaseBuilder.Baseline().Comorbidities(c => c with { Reviewed = false }));

        Assert.Equal(["Comorbidities.Reviewed"], Prompt(r, "MISS-06", MissingInformationPriority.High).Fields);
        Assert.False(r.Prompts("MISS-05"));
    }

    [Fact]
    public void MISS07_fires_for_a_woman_aged_55_with_unknown_pregnancy_status()
    {
        var r = Evaluate(CaseBuilder.Baseline().Age(55).Female(TriState.Unknown));

        Assert.Equal(["Patient.Pregnant"], Prompt(r, "MISS-07", MissingInformationPriority.High).Fields);
    }

    [Fact]
    public void MISS07_fires_for_sex_other_with_unknown_pregnancy_status()
    {
        var r = Evaluate(CaseBuilder.Baseline().Patient(p => p with { Sex = Sex.Other, Pregnant = TriState.Unknown }));

        Assert.True(r.Prompts("MISS-07"));
    }

    [Fact]
    public void MISS07_is_silent_for_a_woman_aged_56_with_unknown_pregnancy_status()
    {
        var r = Evaluate(CaseBuilder.Baseline().Age(56).Female(TriState.Unknown));

        Assert.False(r.Prompts("MISS-07"));
    }

    [Fact]
    public void MISS07_is_silent_when_pregnancy_status_is_known()
    {
        var r = Evaluate(CaseBuilder.Baseline().Age(30).Female(TriState.No));

        Assert.False(r.Prompts("MISS-07"));
    }

    [Fact]
    public void MISS09_fires_for_chronic_symptoms_without_prior_treatment()
    {
        var r = Evaluate(CaseBuilder.Baseline().SymptomWeeks(12));

        Assert.Equal(["PriorTreatments"], Prompt(r, "MISS-09", MissingInformationPriority.Medium).Fields);
    }

    [Fact]
    public void MISS09_is_silent_at_11_weeks()
    {
        var r = Evaluate(CaseBuilder.Baseline().SymptomWeeks(11));

        Assert.False(r.Prompts("MISS-09"));
    }

    [Fact]
    public void MISS09_is_silent_when_any_prior_treatment_is_recorded()
    {
        var r = Evaluate(CaseBuilder.Baseline().SymptomWeeks(20).PriorTreatment(new PriorTreatment
        {
            Type = TreatmentType.RestOnly, DurationWeeks = 4, WeeksAgoEnded = 10, Documented = true, Response = TreatmentResponse.NoChange,
        }));

        Assert.False(r.Prompts("MISS-09"));
    }
}
