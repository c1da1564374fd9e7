using System.Text.Json.Nodes;
using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Validation.ValidationAssert;

namespace Tendinopathy.Rules.Tests.Validation;

/// <summary>PATHWAY.md 2.13 as a whole: valid cases pass, every error is reported at once in field order, and Evaluate refuses.</summary>
public sealed class CaseValidatorTests
{
    [Fact]
    public void Baseline_case_has_no_errors() => Valid(CaseBuilder.Baseline());

    [Fact]
    public void Typical_pht_case_has_no_errors() => Valid(CaseBuilder.TypicalPht());

    [Fact]
    public void Fully_recorded_valid_case_has_no_errors() => Valid(RichValidCase());

    [Fact]
    public void Several_problems_are_reported_together_in_field_order()
    {
        // Built deliberately out of model order; the errors still come back in model order.
        var c = CaseBuilder.Baseline()
            .FollowUp(f => f with { CurrentPhase = null })
            .Lumbar(l => l with { NerveRootCompression = TriState.Yes })
            .Imaging(i => i with { LumbarMri = i.LumbarMri with { Status = LumbarMriStatus.NotDone } })
            .PriorTreatment(new PriorTreatment
            {
                Type = TreatmentType.StructuredLoading, DurationWeeks = -1, WeeksAgoEnded = 2, Documented = true,
                Response = TreatmentResponse.NoChange,
            })
            .Pain(p => p with { NrsNow = 11 })
            .Medication(MedicationClass.Ssri, MedicationStatus.Current, 5)
            .Patient(p => p with { Sex = (Sex)99 })
            .Age(16);

        Only(c,
            ("Patient.AgeYears", ValidationCodes.OutOfScopeAge),
            ("Patient.Sex", ValidationCodes.UndefinedEnum),
            ("Pain.NrsNow", ValidationCodes.OutOfRange),
            ("Medications.Entries[0].DaysSinceLastDose", ValidationCodes.Contradiction),
            ("PriorTreatments[0].DurationWeeks", ValidationCodes.NegativeDuration),
            ("Imaging.LumbarMri.NerveRootCompression", ValidationCodes.Contradiction),
            ("FollowUp.CurrentPhase", ValidationCodes.Required));
    }

    [Fact]
    public void One_field_can_carry_more_than_one_problem() =>
        Only(CaseBuilder.Baseline().Female(TriState.No, 50),
            ("Patient.GestationWeeks", ValidationCodes.OutOfRange),
            ("Patient.GestationWeeks", ValidationCodes.Contradiction));

    [Fact]
    public void Validation_is_deterministic() =>
        Assert.Equal(Errors(InvalidCase()), Errors(InvalidCase()));

    [Fact]
    public void Evaluate_on_an_invalid_case_throws_with_the_errors_validate_returns()
    {
        var c = InvalidCase();
        var ex = Assert.Throws<CaseValidationException>(() => Evaluation.Engine.Evaluate(c));
        Assert.Equal(Evaluation.Engine.Validate(c), ex.Errors);
        Assert.True(ex.Errors.Count >= 3);
    }

    [Fact]
    public void Evaluate_refuses_a_patient_under_18()
    {
        var ex = Assert.Throws<CaseValidationException>(() => Evaluation.Engine.Evaluate(CaseBuilder.Baseline().Age(15)));
        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Patient.AgeYears", ValidationCodes.OutOfScopeAge), (error.Path, error.Code));
    }

    [Fact]
    public void Evaluate_accepts_a_valid_case() => Evaluation.Engine.Evaluate(RichValidCase());

    [Fact]
    public void Json_null_group_is_required_not_a_crash()
    {
        var node = JsonNode.Parse(PathwayJson.Write(CaseBuilder.Baseline()))!;
        node["pain"] = null;
        node["imaging"] = null;
        node["medications"]!["entries"] = new JsonArray((JsonNode?)null);
        var c = PathwayJson.ReadCase(node.ToJsonString());

        Only(c,
            ("Pain", ValidationCodes.Required),
            ("Medications.Entries[0]", ValidationCodes.Required),
            ("Imaging", ValidationCodes.Required));
    }

    [Fact]
    public void Json_round_trip_of_a_valid_case_stays_valid() =>
        Valid(PathwayJson.ReadCase(PathwayJson.Write(RichValidCase())));

    [Fact]
    public void Every_message_is_short_and_human()
    {
        foreach (var error in Errors(InvalidCase()))
        {
            Assert.InRange(error.Message.Length, 5, 160);
            Assert.EndsWith(".", error.Message);
        }
    }

    private static PatientCase InvalidCase() => CaseBuilder.Baseline()
        .Age(130)
        .Pain(p => p with { LoadTestNrs = 12, Locations = [PainLocation.LowBack, PainLocation.LowBack] })
        .Comorbidities(c => c with { ChronicKidneyDisease = new ChronicKidneyDisease { EgfrMlMin = 50, Stage = CkdStage.G4 } })
        .Test(ExamTest.Palpation, TestResult.Positive)
        .With(c => c with { Examination = [.. c.Examination, new ExamFinding { Test = ExamTest.Palpation, Result = TestResult.Negative }] });

    /// <summary>A valid case that records something in almost every group.</summary>
    private static PatientCase RichValidCase() => CaseBuilder.TypicalPht()
        .Female(TriState.Yes, 24)
        .Patient(p => p with { AgeYears = 33, ActivityLevel = ActivityLevel.Competitive, Sports = [Sport.Running, Sport.Sprinting] })
        .History(h => h with
        {
            Onset = Onset.Acute, Mechanism = InjuryMechanism.FallIntoSplits, PopFelt = TriState.Yes,
            AvulsionSurgicalDecision = AvulsionSurgicalDecision.NonOperative,
        })
        .Pain(p => p with { NrsWorst24h = 7, LegPainNrs = 2, LegPainTolerable = TriState.Yes })
        .Neuro(n => n with
        {
            DermatomalParaesthesia = TriState.Yes, ParaesthesiaDermatomes = [Dermatome.S1, Dermatome.NonDermatomal],
            SensoryLossObjective = TriState.Yes, SensoryLossDermatomes = [Dermatome.S1], ReflexChange = TriState.Yes,
            ReflexesAffected = [Reflex.Ankle], WorstMyotomeMrc = 4,
        })
        .RedFlags(r => r with { PostVoidResidualMl = 50 })
        .Medication(MedicationClass.AnticoagulantDoac)
        .Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 30)
        .Comorbidities(c => c with
        {
            ChronicKidneyDisease = new ChronicKidneyDisease { EgfrMlMin = 35, Stage = CkdStage.G3b },
            HeartFailure = HeartFailureSeverity.Mild, Diabetes = DiabetesControl.Controlled,
        })
        .FailedLoading(12)
        .PriorTreatment(new PriorTreatment
        {
            Type = TreatmentType.CorticosteroidInjection, DurationWeeks = 0, WeeksAgoEnded = 10, Documented = true,
            Response = TreatmentResponse.ImprovedInsufficient, Count = 2, WeeksSinceLast = 10, Intratendinous = TriState.No,
            Adherence = Adherence.Good, Supervised = TriState.Yes,
        })
        .Scores(s => s with { VisaH = 45, VisaHBaseline = 40, Odi = 22, StartBackRisk = StartBackRisk.Medium })
        .Imaging(i => i with
        {
            HamstringModality = HamstringModality.Mri,
            HamstringFindings = [HamstringFinding.Tendinosis, HamstringFinding.CompleteAvulsion],
            AvulsedTendonCount = 2, RetractionCm = 3.5m, SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No,
            IschiofemoralSpaceMm = 18, QuadratusFemorisOedema = TriState.No,
            PelvicMriSciaticNerve = PelvicMriSciaticNerve.NoEntrapment,
        })
        .Lumbar(l => l with { NerveRootCompression = TriState.No, ConcordantWithSymptoms = TriState.No })
        .FollowUp(f => f with
        {
            VisitNumber = 3, CurrentPhase = LoadingPhase.P2, WeeksInPhase = 2, SessionsAtCurrentLoad = 6, PainDuringLoadingNrs = 3,
            LoadTestNextMorningNrs = 3, LoadTestBaselineNrs = 3, WeeklyTrend = WeeklyTrend.Improving,
            PhaseExitCriteriaMet = TriState.No, PreviousDecisions = [LoadingDecisionKind.Progress], WeeksOfStructuredLoading = 5,
            AtLowestLevelOfPhase = TriState.No,
        });
}
