using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Validation;

/// <summary>
/// Builds a baseline case with one field set, addressed by the validation path the error should carry, so theories can
/// be written as <c>[InlineData("Pain.NrsNow", 11)]</c>. Every other fact needed to make that field meaningful (e.g. a
/// hamstring study for <c>IschiofemoralSpaceMm</c>) is set to a valid value.
/// </summary>
internal static class FieldCases
{
    private static readonly CaseBuilder Base = CaseBuilder.Baseline();

    private static CaseBuilder Mri(Func<Imaging, Imaging> change) =>
        Base.Imaging(i => change(i with { HamstringModality = HamstringModality.Mri }));

    private static CaseBuilder Treatment(PriorTreatment t) => Base.PriorTreatment(t);

    private static PriorTreatment Loading => new()
    {
        Type = TreatmentType.StructuredLoading, DurationWeeks = 12, WeeksAgoEnded = 4, Documented = true,
        Response = TreatmentResponse.NoChange,
    };

    private static PriorTreatment Csi => new()
    {
        Type = TreatmentType.CorticosteroidInjection, DurationWeeks = 0, WeeksAgoEnded = 0, Documented = true,
        Response = TreatmentResponse.ImprovedInsufficient, Count = 1, WeeksSinceLast = 10,
    };

    /// <summary>The baseline with the integer field at <paramref name="path"/> set to <paramref name="value"/>.</summary>
    public static PatientCase WithInt(string path, int value) => path switch
    {
        "Patient.AgeYears" => Base.Age(value),
        "Patient.GestationWeeks" => Base.Female(TriState.Yes, value),
        "History.SymptomWeeks" => Base.SymptomWeeks(value),
        "Pain.SittingToleranceMinutes" => Base.Pain(p => p with { SittingToleranceMinutes = value }),
        "Pain.NrsWorst24h" => Base.Pain(p => p with { NrsWorst24h = value }),
        "Pain.NrsNow" => Base.Pain(p => p with { NrsNow = value }),
        "Pain.LegPainNrs" => Base.Pain(p => p with { LegPainNrs = value }),
        "Pain.LoadTestNrs" => Base.Pain(p => p with { LoadTestNrs = value }),
        "Neuro.WorstMyotomeMrc" => Base.Neuro(n => n with { WorstMyotomeMrc = value }),
        "RedFlags.PostVoidResidualMl" => Base.RedFlags(r => r with { PostVoidResidualMl = value }),
        "Medications.Entries[0].DaysSinceLastDose" => Base.Medication(MedicationClass.Opioid, MedicationStatus.Stopped, value),
        "Comorbidities.ChronicKidneyDisease.EgfrMlMin" =>
            Base.Comorbidities(c => c with { ChronicKidneyDisease = new ChronicKidneyDisease { EgfrMlMin = value } }),
        "PriorTreatments[0].DurationWeeks" => Treatment(Loading with { DurationWeeks = value }),
        "PriorTreatments[0].WeeksAgoEnded" => Treatment(Loading with { WeeksAgoEnded = value }),
        "PriorTreatments[0].Count" => Treatment(Csi with { Count = value }),
        "PriorTreatments[0].WeeksSinceLast" => Treatment(Csi with { WeeksSinceLast = value }),
        "Scores.VisaH" => Base.Scores(s => s with { VisaH = value }),
        "Scores.VisaHBaseline" => Base.Scores(s => s with { VisaHBaseline = value }),
        "Scores.Odi" => Base.Scores(s => s with { Odi = value }),
        "Imaging.AvulsedTendonCount" => Mri(i => i with
        {
            HamstringFindings = [HamstringFinding.CompleteAvulsion], AvulsedTendonCount = value, RetractionCm = 2.0m,
        }),
        "Imaging.IschiofemoralSpaceMm" => Mri(i => i with { IschiofemoralSpaceMm = value }),
        "FollowUp.VisitNumber" => Base.FollowUp(f => f with { VisitNumber = value }),
        "FollowUp.WeeksInPhase" => Base.FollowUp(f => f with { WeeksInPhase = value }),
        "FollowUp.SessionsAtCurrentLoad" => Base.FollowUp(f => f with { SessionsAtCurrentLoad = value }),
        "FollowUp.PainDuringLoadingNrs" => Base.FollowUp(f => f with { PainDuringLoadingNrs = value }),
        "FollowUp.LoadTestNextMorningNrs" => Base.FollowUp(f => f with { LoadTestNextMorningNrs = value }),
        "FollowUp.LoadTestBaselineNrs" => Base.FollowUp(f => f with { LoadTestBaselineNrs = value }),
        "FollowUp.WeeksOfStructuredLoading" => Base.FollowUp(f => f with { WeeksOfStructuredLoading = value }),
        _ => throw new ArgumentException("No integer field case for " + path, nameof(path)),
    };

    /// <summary>The baseline with the enum field at <paramref name="path"/> set to the raw value <paramref name="raw"/>.</summary>
    public static PatientCase WithEnum(string path, int raw) => path switch
    {
        "Patient.Sex" => Base.Patient(p => p with { Sex = (Sex)raw }),
        "Patient.Pregnant" => Base.Patient(p => p with { Pregnant = (TriState)raw }),
        "Patient.ActivityLevel" => Base.Patient(p => p with { ActivityLevel = (ActivityLevel)raw }),
        "Patient.Sports[0]" => Base.Patient(p => p with { Sports = [(Sport)raw] }),
        "History.Onset" => Base.History(h => h with { Onset = (Onset)raw }),
        "History.Mechanism" => Base.History(h => h with { Mechanism = (InjuryMechanism)raw }),
        "History.PopFelt" => Base.History(h => h with { PopFelt = (TriState)raw }),
        "History.AvulsionSurgicalDecision" => Base.History(h => h with { AvulsionSurgicalDecision = (AvulsionSurgicalDecision)raw }),
        "Pain.Locations[0]" => Base.Locations((PainLocation)raw),
        "Pain.Aggravators[0]" => Base.Aggravators((Aggravator)raw),
        "Pain.LegPainTolerable" => Base.Pain(p => p with { LegPainTolerable = (TriState)raw }),
        "Neuro.ParaesthesiaDermatomes[0]" => Base.Neuro(n => n with
        {
            DermatomalParaesthesia = TriState.Yes, ParaesthesiaDermatomes = [(Dermatome)raw],
        }),
        "Neuro.SensoryLossDermatomes[0]" => Base.Neuro(n => n with
        {
            SensoryLossObjective = TriState.Yes, SensoryLossDermatomes = [(Dermatome)raw],
        }),
        "Neuro.ReflexChange" => Base.Neuro(n => n with { ReflexChange = (TriState)raw }),
        "Neuro.ReflexesAffected[0]" => Base.Neuro(n => n with { ReflexChange = TriState.Yes, ReflexesAffected = [(Reflex)raw] }),
        "RedFlags.SaddleAnaesthesia" => Base.RedFlags(r => r with { SaddleAnaesthesia = (TriState)raw }),
        "Medications.Entries[0].Class" => Base.Medication((MedicationClass)raw),
        "Medications.Entries[0].Status" => Base.Medication(MedicationClass.Ssri, (MedicationStatus)raw),
        "Medications.Entries[0].IndicationIsSciatica" => Base.With(c => c with
        {
            Medications = c.Medications with
            {
                Entries = [new MedicationEntry { Class = MedicationClass.Gabapentinoid, Status = MedicationStatus.Current, IndicationIsSciatica = (TriState)raw }],
            },
        }),
        "Comorbidities.ChronicKidneyDisease.Stage" =>
            Base.Comorbidities(c => c with { ChronicKidneyDisease = new ChronicKidneyDisease { Stage = (CkdStage)raw } }),
        "Comorbidities.HeartFailure" => Base.Comorbidities(c => c with { HeartFailure = (HeartFailureSeverity)raw }),
        "Comorbidities.Diabetes" => Base.Comorbidities(c => c with { Diabetes = (DiabetesControl)raw }),
        "PriorTreatments[0].Type" => Treatment(Loading with { Type = (TreatmentType)raw }),
        "PriorTreatments[0].Supervised" => Treatment(Loading with { Supervised = (TriState)raw }),
        "PriorTreatments[0].Adherence" => Treatment(Loading with { Adherence = (Adherence)raw }),
        "PriorTreatments[0].Response" => Treatment(Loading with { Response = (TreatmentResponse)raw }),
        "PriorTreatments[0].Intratendinous" => Treatment(Csi with { Intratendinous = (TriState)raw }),
        "Examination[0].Test" => Base.With(c => c with { Examination = [new ExamFinding { Test = (ExamTest)raw, Result = TestResult.Positive }] }),
        "Examination[0].Result" => Base.With(c => c with { Examination = [new ExamFinding { Test = ExamTest.Slump, Result = (TestResult)raw }] }),
        "Scores.StartBackRisk" => Base.Scores(s => s with { StartBackRisk = (StartBackRisk)raw }),
        "Imaging.HamstringModality" => Base.Imaging(i => i with { HamstringModality = (HamstringModality)raw }),
        "Imaging.HamstringFindings[0]" => Mri(i => i with { HamstringFindings = [(HamstringFinding)raw] }),
        "Imaging.SciaticNerveSignalChangeOrPerineuralFibrosis" =>
            Mri(i => i with { SciaticNerveSignalChangeOrPerineuralFibrosis = (TriState)raw }),
        "Imaging.QuadratusFemorisOedema" => Mri(i => i with { QuadratusFemorisOedema = (TriState)raw }),
        "Imaging.LumbarMri.Status" => Base.Imaging(i => i with { LumbarMri = i.LumbarMri with { Status = (LumbarMriStatus)raw } }),
        "Imaging.LumbarMri.NerveRootCompression" => Base.Lumbar(l => l with { NerveRootCompression = (TriState)raw }),
        "Imaging.PelvicMriSciaticNerve" => Base.Imaging(i => i with { PelvicMriSciaticNerve = (PelvicMriSciaticNerve)raw }),
        "FollowUp.CurrentPhase" => Base.FollowUp(f => f with { CurrentPhase = (LoadingPhase)raw }),
        "FollowUp.WeeklyTrend" => Base.FollowUp(f => f with { WeeklyTrend = (WeeklyTrend)raw }),
        "FollowUp.PhaseExitCriteriaMet" => Base.FollowUp(f => f with { PhaseExitCriteriaMet = (TriState)raw }),
        "FollowUp.PreviousDecisions[0]" => Base.FollowUp(f => f with { PreviousDecisions = [(LoadingDecisionKind)raw] }),
        "FollowUp.AtLowestLevelOfPhase" => Base.FollowUp(f => f with { AtLowestLevelOfPhase = (TriState)raw }),
        _ => throw new ArgumentException("No enum field case for " + path, nameof(path)),
    };

    /// <summary>The baseline with the group or list at <paramref name="path"/> set to null (as JSON <c>null</c> would).</summary>
    public static PatientCase WithNull(string path) => path switch
    {
        "Patient" => Base.With(c => c with { Patient = null! }),
        "History" => Base.With(c => c with { History = null! }),
        "Pain" => Base.With(c => c with { Pain = null! }),
        "Neuro" => Base.With(c => c with { Neuro = null! }),
        "RedFlags" => Base.With(c => c with { RedFlags = null! }),
        "Medications" => Base.With(c => c with { Medications = null! }),
        "Comorbidities" => Base.With(c => c with { Comorbidities = null! }),
        "PriorTreatments" => Base.With(c => c with { PriorTreatments = null! }),
        "Examination" => Base.With(c => c with { Examination = null! }),
        "Scores" => Base.With(c => c with { Scores = null! }),
        "Imaging" => Base.With(c => c with { Imaging = null! }),
        "Patient.Sports" => Base.Patient(p => p with { Sports = null! }),
        "Pain.Locations" => Base.Pain(p => p with { Locations = null! }),
        "Pain.Aggravators" => Base.Pain(p => p with { Aggravators = null! }),
        "Neuro.ParaesthesiaDermatomes" => Base.Neuro(n => n with { ParaesthesiaDermatomes = null! }),
        "Neuro.SensoryLossDermatomes" => Base.Neuro(n => n with { SensoryLossDermatomes = null! }),
        "Neuro.ReflexesAffected" => Base.Neuro(n => n with { ReflexesAffected = null! }),
        "Medications.Entries" => Base.With(c => c with { Medications = c.Medications with { Entries = null! } }),
        "Medications.Entries[0]" => Base.With(c => c with { Medications = c.Medications with { Entries = [null!] } }),
        "PriorTreatments[0]" => Base.With(c => c with { PriorTreatments = [null!] }),
        "Examination[0]" => Base.With(c => c with { Examination = [null!] }),
        "Imaging.HamstringFindings" => Base.Imaging(i => i with { HamstringFindings = null! }),
        "Imaging.LumbarMri" => Base.Imaging(i => i with { LumbarMri = null! }),
        "FollowUp.PreviousDecisions" => Base.FollowUp(f => f with { PreviousDecisions = null! }),
        _ => throw new ArgumentException("No null case for " + path, nameof(path)),
    };
}
