using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Validation.ValidationAssert;

namespace Tendinopathy.Rules.Tests.Validation;

/// <summary>PATHWAY.md 2.13 contradiction checks, and the documented extras.</summary>
public sealed class ContradictionValidationTests
{
    private static readonly CaseBuilder Base = CaseBuilder.Baseline();

    private static CaseBuilder Study(Func<Imaging, Imaging> change, HamstringModality modality = HamstringModality.Mri) =>
        Base.Imaging(i => change(i with { HamstringModality = modality }));

    private static PriorTreatment Episode => new()
    {
        Type = TreatmentType.StructuredLoading, DurationWeeks = 12, WeeksAgoEnded = 6, Documented = true,
        Response = TreatmentResponse.NoChange,
    };

    // ---- Pregnancy ----

    [Theory]
    [InlineData(TriState.Yes)]
    [InlineData(TriState.Unknown)]
    public void Male_patient_must_be_recorded_as_not_pregnant(TriState pregnant)
    {
        var c = Base.Patient(p => p with { Pregnant = pregnant, GestationWeeks = pregnant == TriState.Yes ? 20 : null });
        var error = Single(c, "Patient.Pregnant", ValidationCodes.Contradiction);
        Assert.Contains("Male", error.Message);
    }

    [Theory]
    [InlineData(TriState.Unknown)]
    [InlineData(TriState.Yes)]
    public void Female_or_other_patient_may_be_pregnant_or_unknown(TriState pregnant) =>
        Valid(Base.Female(pregnant, pregnant == TriState.Yes ? 24 : null));

    [Theory]
    [InlineData(TriState.No)]
    [InlineData(TriState.Unknown)]
    public void Gestation_recorded_while_not_pregnant_is_a_contradiction(TriState pregnant)
    {
        var error = Single(Base.Female(pregnant, 12), "Patient.GestationWeeks", ValidationCodes.Contradiction);
        Assert.Contains("Pregnant", error.Message);
    }

    // ---- Hamstring study ----

    [Fact]
    public void Complete_avulsion_without_tendon_count_or_retraction_requires_both() =>
        Only(Study(i => i with { HamstringFindings = [HamstringFinding.CompleteAvulsion] }),
            ("Imaging.AvulsedTendonCount", ValidationCodes.Required),
            ("Imaging.RetractionCm", ValidationCodes.Required));

    [Fact]
    public void Tendon_count_and_retraction_without_complete_avulsion_are_contradictions() =>
        Only(Study(i => i with { HamstringFindings = [HamstringFinding.PartialTearLowGrade], AvulsedTendonCount = 1, RetractionCm = 1.5m }),
            ("Imaging.AvulsedTendonCount", ValidationCodes.Contradiction),
            ("Imaging.RetractionCm", ValidationCodes.Contradiction));

    [Fact]
    public void High_grade_partial_tear_and_complete_avulsion_together_are_a_contradiction() =>
        Single(Study(i => i with
        {
            HamstringFindings = [HamstringFinding.PartialTearHighGrade, HamstringFinding.CompleteAvulsion],
            AvulsedTendonCount = 2, RetractionCm = 2.5m,
        }), "Imaging.HamstringFindings", ValidationCodes.Contradiction);

    public static TheoryData<string, PatientCase> FindingsWithoutAStudy => new()
    {
        { "Imaging.HamstringFindings", Study(i => i with { HamstringFindings = [HamstringFinding.Tendinosis] }, HamstringModality.None) },
        { "Imaging.AvulsedTendonCount", Study(i => i with { AvulsedTendonCount = 2 }, HamstringModality.None) },
        { "Imaging.RetractionCm", Study(i => i with { RetractionCm = 3.0m }, HamstringModality.None) },
        {
            "Imaging.SciaticNerveSignalChangeOrPerineuralFibrosis",
            Study(i => i with { SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No }, HamstringModality.None)
        },
        { "Imaging.IschiofemoralSpaceMm", Study(i => i with { IschiofemoralSpaceMm = 12 }, HamstringModality.None) },
        { "Imaging.QuadratusFemorisOedema", Study(i => i with { QuadratusFemorisOedema = TriState.Yes }, HamstringModality.None) },
    };

    [Theory]
    [MemberData(nameof(FindingsWithoutAStudy))]
    public void Hamstring_finding_recorded_without_a_hamstring_study_is_a_contradiction(string path, PatientCase c) =>
        Single(c, path, ValidationCodes.Contradiction);

    [Fact]
    public void Hamstring_findings_with_an_ultrasound_are_accepted() =>
        Valid(Study(i => i with
        {
            HamstringFindings = [HamstringFinding.Tendinosis, HamstringFinding.PeritendinousOedema],
            SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No, IschiofemoralSpaceMm = 20, QuadratusFemorisOedema = TriState.No,
        }, HamstringModality.Ultrasound));

    // ---- Lumbar MRI ----

    [Theory]
    [InlineData("DiscHerniationOrForaminalStenosis")]
    [InlineData("NerveRootCompression")]
    [InlineData("ConcordantWithSymptoms")]
    [InlineData("CentralCanalStenosis")]
    [InlineData("CaudaEquinaCompression")]
    [InlineData("SuspiciousLesion")]
    public void Lumbar_finding_recorded_while_mri_not_done_is_a_contradiction(string field)
    {
        var mri = field switch
        {
            "DiscHerniationOrForaminalStenosis" => new LumbarMri { DiscHerniationOrForaminalStenosis = TriState.Yes },
            "NerveRootCompression" => new LumbarMri { NerveRootCompression = TriState.No },
            "ConcordantWithSymptoms" => new LumbarMri { ConcordantWithSymptoms = TriState.Yes },
            "CentralCanalStenosis" => new LumbarMri { CentralCanalStenosis = TriState.No },
            "CaudaEquinaCompression" => new LumbarMri { CaudaEquinaCompression = TriState.No },
            _ => new LumbarMri { SuspiciousLesion = TriState.Yes },
        };
        Single(Base.Imaging(i => i with { LumbarMri = mri with { Status = LumbarMriStatus.NotDone } }),
            "Imaging.LumbarMri." + field, ValidationCodes.Contradiction);
    }

    [Fact]
    public void Lumbar_findings_with_mri_done_are_accepted() =>
        Valid(Base.Lumbar(l => l with
        {
            NerveRootCompression = TriState.Yes, ConcordantWithSymptoms = TriState.Yes, CentralCanalStenosis = TriState.No,
            CaudaEquinaCompression = TriState.No, SuspiciousLesion = TriState.No, DiscHerniationOrForaminalStenosis = TriState.Yes,
        }));

    // ---- Neurology ----

    [Fact]
    public void Myotome_grade_recorded_without_a_neurological_examination_is_a_contradiction() =>
        Single(Base.Neuro(n => n with { ExamRecorded = false, WorstMyotomeMrc = 4 }), "Neuro.WorstMyotomeMrc", ValidationCodes.Contradiction);

    [Fact]
    public void No_neurological_examination_and_no_grade_is_accepted() =>
        Valid(Base.Neuro(n => n with { ExamRecorded = false, WorstMyotomeMrc = null }));

    [Theory]
    [InlineData(TriState.No)]
    [InlineData(TriState.Unknown)]
    public void Paraesthesia_dermatomes_listed_while_paraesthesia_not_yes_is_a_contradiction(TriState paraesthesia) =>
        Single(Base.Neuro(n => n with { DermatomalParaesthesia = paraesthesia, ParaesthesiaDermatomes = [Dermatome.S1] }),
            "Neuro.ParaesthesiaDermatomes", ValidationCodes.Contradiction);

    [Fact]
    public void Sensory_loss_dermatomes_listed_while_sensory_loss_not_yes_is_a_contradiction() =>
        Single(Base.Neuro(n => n with { SensoryLossObjective = TriState.No, SensoryLossDermatomes = [Dermatome.L5] }),
            "Neuro.SensoryLossDermatomes", ValidationCodes.Contradiction);

    [Fact]
    public void Reflexes_listed_while_reflex_change_not_yes_is_a_contradiction() =>
        Single(Base.Neuro(n => n with { ReflexChange = TriState.Unknown, ReflexesAffected = [Reflex.Ankle] }),
            "Neuro.ReflexesAffected", ValidationCodes.Contradiction);

    [Fact]
    public void Neurological_signs_with_empty_lists_are_accepted() =>
        Valid(Base.Neuro(n => n with { DermatomalParaesthesia = TriState.Yes, SensoryLossObjective = TriState.Yes, ReflexChange = TriState.Yes }));

    // ---- Medicines ----

    [Fact]
    public void Current_medicine_with_days_since_last_dose_is_a_contradiction()
    {
        var error = Single(Base.Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Current, 3),
            "Medications.Entries[0].DaysSinceLastDose", ValidationCodes.Contradiction);
        Assert.Contains("Current", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(14)]
    public void Stopped_medicine_with_any_days_since_last_dose_is_accepted(int days) =>
        Valid(Base.Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, days));

    // ---- Prior treatments ----

    [Fact]
    public void Ongoing_treatment_cannot_have_resolved_the_symptoms() =>
        Single(Base.PriorTreatment(Episode with { WeeksAgoEnded = 0, Response = TreatmentResponse.Resolved }),
            "PriorTreatments[0].Response", ValidationCodes.Contradiction);

    [Fact]
    public void Finished_treatment_may_have_resolved_the_symptoms() =>
        Valid(Base.PriorTreatment(Episode with { WeeksAgoEnded = 20, Response = TreatmentResponse.Resolved }));

    [Fact]
    public void Last_injection_after_the_episode_ended_is_a_contradiction() =>
        Single(Base.PriorTreatment(new PriorTreatment
        {
            Type = TreatmentType.CorticosteroidInjection, DurationWeeks = 0, WeeksAgoEnded = 20, Documented = true,
            Response = TreatmentResponse.NoChange, Count = 2, WeeksSinceLast = 8,
        }), "PriorTreatments[0].WeeksSinceLast", ValidationCodes.Contradiction);

    [Fact]
    public void Errors_of_each_prior_treatment_carry_its_index() =>
        Only(Base.PriorTreatment(Episode).PriorTreatment(Episode with { WeeksAgoEnded = -3 }).PriorTreatment(Episode with { Documented = null }),
            ("PriorTreatments[1].WeeksAgoEnded", ValidationCodes.NegativeDuration),
            ("PriorTreatments[2].Documented", ValidationCodes.Required));

    // ---- Chronic kidney disease ----

    [Theory]
    [InlineData(200, CkdStage.G1)]
    [InlineData(90, CkdStage.G1)]
    [InlineData(89, CkdStage.G2)]
    [InlineData(60, CkdStage.G2)]
    [InlineData(59, CkdStage.G3a)]
    [InlineData(45, CkdStage.G3a)]
    [InlineData(44, CkdStage.G3b)]
    [InlineData(30, CkdStage.G3b)]
    [InlineData(29, CkdStage.G4)]
    [InlineData(15, CkdStage.G4)]
    [InlineData(14, CkdStage.G5)]
    [InlineData(0, CkdStage.G5)]
    public void Egfr_and_stage_that_agree_are_accepted(int egfr, CkdStage stage) => Valid(Ckd(egfr, stage));

    [Theory]
    [InlineData(90, CkdStage.G2)]
    [InlineData(59, CkdStage.G2)]
    [InlineData(44, CkdStage.G3a)]
    [InlineData(35, CkdStage.G4)]
    [InlineData(15, CkdStage.G5)]
    [InlineData(14, CkdStage.G4)]
    public void Egfr_and_stage_that_disagree_are_a_contradiction(int egfr, CkdStage stage)
    {
        var error = Single(Ckd(egfr, stage), "Comorbidities.ChronicKidneyDisease.Stage", ValidationCodes.Contradiction);
        Assert.Contains("EgfrMlMin", error.Message);
    }

    // ---- Avulsion surgical decision ----

    [Theory]
    [InlineData(AvulsionSurgicalDecision.Operative)]
    [InlineData(AvulsionSurgicalDecision.NonOperative)]
    public void Surgical_decision_without_an_avulsion_or_high_grade_tear_is_a_contradiction(AvulsionSurgicalDecision decision) =>
        Single(Base.History(h => h with { AvulsionSurgicalDecision = decision })
                .Imaging(i => i with { HamstringModality = HamstringModality.Mri, HamstringFindings = [HamstringFinding.PartialTearLowGrade] }),
            "History.AvulsionSurgicalDecision", ValidationCodes.Contradiction);

    [Fact]
    public void Surgical_decision_with_a_complete_avulsion_is_accepted() =>
        Valid(Base.History(h => h with { AvulsionSurgicalDecision = AvulsionSurgicalDecision.NonOperative })
            .Imaging(i => i with
            {
                HamstringModality = HamstringModality.Mri, HamstringFindings = [HamstringFinding.CompleteAvulsion],
                AvulsedTendonCount = 2, RetractionCm = 3.0m,
            }));

    [Fact]
    public void Surgical_decision_with_a_high_grade_partial_tear_is_accepted() =>
        Valid(Base.History(h => h with { AvulsionSurgicalDecision = AvulsionSurgicalDecision.Operative })
            .Imaging(i => i with { HamstringModality = HamstringModality.Ultrasound, HamstringFindings = [HamstringFinding.PartialTearHighGrade] }));

    // ---- Follow-up ----

    [Fact]
    public void Follow_up_pain_inputs_with_no_active_programme_are_accepted() =>
        Valid(Base.FollowUp(f => f with
        {
            CurrentPhase = LoadingPhase.None, PainDuringLoadingNrs = 3, LoadTestNextMorningNrs = 2, LoadTestBaselineNrs = 2,
            WeeklyTrend = WeeklyTrend.Stable,
        }));

    private static PatientCase Ckd(int egfr, CkdStage stage) =>
        Base.Comorbidities(c => c with { ChronicKidneyDisease = new ChronicKidneyDisease { EgfrMlMin = egfr, Stage = stage } });
}
