using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Validation.ValidationAssert;

namespace Tendinopathy.Rules.Tests.Validation;

/// <summary>PATHWAY.md 2.13: mandatory values give REQUIRED; a null group or list gives REQUIRED, never an exception.</summary>
public sealed class RequiredValidationTests
{
    private static readonly CaseBuilder Base = CaseBuilder.Baseline();

    [Fact]
    public void Missing_age_is_required() =>
        Single(Base.Patient(p => p with { AgeYears = null }), "Patient.AgeYears", ValidationCodes.Required);

    [Fact]
    public void Missing_sex_is_required() =>
        Single(Base.Patient(p => p with { Sex = null }), "Patient.Sex", ValidationCodes.Required);

    [Fact]
    public void Missing_symptom_weeks_is_required() =>
        Single(Base.History(h => h with { SymptomWeeks = null }), "History.SymptomWeeks", ValidationCodes.Required);

    [Fact]
    public void Medications_not_marked_reviewed_or_not_is_required() =>
        Single(Base.With(c => c with { Medications = c.Medications with { Reviewed = null } }),
            "Medications.Reviewed", ValidationCodes.Required);

    [Fact]
    public void Medications_reviewed_false_is_accepted() =>
        Valid(Base.With(c => c with { Medications = c.Medications with { Reviewed = false } }));

    [Fact]
    public void Comorbidities_not_marked_reviewed_or_not_is_required() =>
        Single(Base.Comorbidities(c => c with { Reviewed = null }), "Comorbidities.Reviewed", ValidationCodes.Required);

    [Fact]
    public void Medication_without_class_and_status_requires_both() =>
        Only(Base.With(c => c with { Medications = c.Medications with { Entries = [new MedicationEntry()] } }),
            ("Medications.Entries[0].Class", ValidationCodes.Required),
            ("Medications.Entries[0].Status", ValidationCodes.Required));

    [Fact]
    public void Empty_prior_treatment_requires_type_duration_weeks_ago_documented_and_response() =>
        Only(Base.PriorTreatment(new PriorTreatment()),
            ("PriorTreatments[0].Type", ValidationCodes.Required),
            ("PriorTreatments[0].DurationWeeks", ValidationCodes.Required),
            ("PriorTreatments[0].WeeksAgoEnded", ValidationCodes.Required),
            ("PriorTreatments[0].Documented", ValidationCodes.Required),
            ("PriorTreatments[0].Response", ValidationCodes.Required));

    [Fact]
    public void Prior_treatment_response_unknown_is_accepted() =>
        Valid(Base.PriorTreatment(new PriorTreatment
        {
            Type = TreatmentType.GeneralPhysiotherapy, DurationWeeks = 6, WeeksAgoEnded = 10, Documented = false,
            Response = TreatmentResponse.Unknown,
        }));

    [Fact]
    public void Corticosteroid_injection_without_count_or_weeks_since_last_requires_both() =>
        Only(Base.PriorTreatment(new PriorTreatment
        {
            Type = TreatmentType.CorticosteroidInjection, DurationWeeks = 0, WeeksAgoEnded = 8, Documented = true,
            Response = TreatmentResponse.ImprovedInsufficient,
        }),
            ("PriorTreatments[0].Count", ValidationCodes.Required),
            ("PriorTreatments[0].WeeksSinceLast", ValidationCodes.Required));

    [Fact]
    public void Eswt_without_count_is_accepted() =>
        Valid(Base.PriorTreatment(new PriorTreatment
        {
            Type = TreatmentType.Eswt, DurationWeeks = 0, WeeksAgoEnded = 8, Documented = true, Response = TreatmentResponse.NoChange,
        }));

    [Fact]
    public void Exam_finding_without_test_is_required() =>
        Single(Base.With(c => c with { Examination = [new ExamFinding { Result = TestResult.Positive }] }),
            "Examination[0].Test", ValidationCodes.Required);

    [Fact]
    public void Chronic_kidney_disease_with_neither_egfr_nor_stage_is_required() =>
        Single(Base.Comorbidities(c => c with { ChronicKidneyDisease = new ChronicKidneyDisease() }),
            "Comorbidities.ChronicKidneyDisease", ValidationCodes.Required);

    [Fact]
    public void Chronic_kidney_disease_with_stage_only_is_accepted() =>
        Valid(Base.Comorbidities(c => c with { ChronicKidneyDisease = new ChronicKidneyDisease { Stage = CkdStage.G4 } }));

    [Fact]
    public void Gestation_is_required_when_pregnant() =>
        Single(Base.Female(TriState.Yes), "Patient.GestationWeeks", ValidationCodes.Required);

    [Fact]
    public void Follow_up_without_current_phase_is_required() =>
        Single(Base.FollowUp(f => f with { CurrentPhase = null }), "FollowUp.CurrentPhase", ValidationCodes.Required);

    [Fact]
    public void Follow_up_with_phase_none_is_accepted() =>
        Valid(Base.FollowUp(f => f with { CurrentPhase = LoadingPhase.None }));

    [Fact]
    public void A_null_group_is_required_not_a_crash() =>
        Only(new PatientCase { Pain = null! },
            ("Patient.AgeYears", ValidationCodes.Required),
            ("Patient.Sex", ValidationCodes.Required),
            ("History.SymptomWeeks", ValidationCodes.Required),
            ("Pain", ValidationCodes.Required),
            ("Medications.Reviewed", ValidationCodes.Required),
            ("Comorbidities.Reviewed", ValidationCodes.Required));

    [Theory]
    [InlineData("Patient")]
    [InlineData("History")]
    [InlineData("Pain")]
    [InlineData("Neuro")]
    [InlineData("RedFlags")]
    [InlineData("Medications")]
    [InlineData("Comorbidities")]
    [InlineData("PriorTreatments")]
    [InlineData("Examination")]
    [InlineData("Scores")]
    [InlineData("Imaging")]
    [InlineData("Patient.Sports")]
    [InlineData("Pain.Locations")]
    [InlineData("Pain.Aggravators")]
    [InlineData("Neuro.ParaesthesiaDermatomes")]
    [InlineData("Neuro.SensoryLossDermatomes")]
    [InlineData("Neuro.ReflexesAffected")]
    [InlineData("Medications.Entries")]
    [InlineData("Medications.Entries[0]")]
    [InlineData("PriorTreatments[0]")]
    [InlineData("Examination[0]")]
    [InlineData("Imaging.HamstringFindings")]
    [InlineData("Imaging.LumbarMri")]
    [InlineData("FollowUp.PreviousDecisions")]
    public void Null_group_list_or_entry_is_required(string path) =>
        Single(FieldCases.WithNull(path), path, ValidationCodes.Required);

    [Fact]
    public void Null_patient_still_reports_the_other_groups()
    {
        var c = Base.With(x => x with { Patient = null!, History = x.History with { SymptomWeeks = -1 } });
        Only(c, ("Patient", ValidationCodes.Required), ("History.SymptomWeeks", ValidationCodes.NegativeDuration));
    }

    [Fact]
    public void Null_case_is_required() =>
        Assert.Equal([new ValidationError("$", ValidationCodes.Required, "A case is required.")], Evaluation.Engine.Validate(null!));

    [Fact]
    public void Empty_case_reports_every_mandatory_value_in_field_order() =>
        Only(new PatientCase(),
            ("Patient.AgeYears", ValidationCodes.Required),
            ("Patient.Sex", ValidationCodes.Required),
            ("History.SymptomWeeks", ValidationCodes.Required),
            ("Medications.Reviewed", ValidationCodes.Required),
            ("Comorbidities.Reviewed", ValidationCodes.Required));
}
