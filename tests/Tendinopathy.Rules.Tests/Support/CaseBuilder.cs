namespace Tendinopathy.Rules.Tests.Support;

/// <summary>
/// Builds test cases that show only the facts that matter. <see cref="Baseline"/> is a valid adult first visit with every
/// red-flag item a known "No", medicines and comorbidities reviewed and empty, insidious onset, 8 weeks, no pain location
/// and no tests performed; each method returns a new builder (immutable).
/// </summary>
public sealed record CaseBuilder(PatientCase Case)
{
    public static readonly RedFlagItems AllRedFlagsNo = new()
    {
        BladderDisturbance = TriState.No, BowelDisturbance = TriState.No, SaddleAnaesthesia = TriState.No,
        SexualDysfunction = TriState.No, BilateralNeurologicalSymptoms = TriState.No, FeverOrSystemicallyUnwell = TriState.No,
        SpinalInfectionRisk = TriState.No, CancerHistory = TriState.No, UnexplainedWeightLoss = TriState.No,
        NonMechanicalPain = TriState.No, SignificantTrauma = TriState.No, FirstEpisodeAgedOver50 = TriState.No,
        InflammatoryBackPainFeatures = TriState.No,
    };

    public static CaseBuilder Baseline() => new(new PatientCase
    {
        CaseId = "test",
        Patient = new PatientDetails { AgeYears = 40, Sex = Sex.Male, Pregnant = TriState.No },
        History = new History
        {
            Onset = Onset.Insidious, SymptomWeeks = 8, Mechanism = InjuryMechanism.NoneKnown,
            PopFelt = TriState.No, PosteriorThighBruising = TriState.No, InabilityToSitOrWalkNormally = TriState.No,
            LowBackPain = TriState.No, NeurogenicClaudication = TriState.No,
        },
        Neuro = new Neurology
        {
            ExamRecorded = true, WorstMyotomeMrc = 5, RadiatingBelowKnee = TriState.No, DermatomalParaesthesia = TriState.No,
            PosteriorThighParaesthesiaOrBurning = TriState.No, SensoryLossObjective = TriState.No, WeaknessProgressive = TriState.No,
            ReflexChange = TriState.No,
        },
        RedFlags = AllRedFlagsNo,
        Medications = new Medications { Reviewed = true },
        Comorbidities = new Comorbidities { Reviewed = true },
        Pain = new Pain { RestOrNightPain = TriState.No },
    });

    /// <summary>A typical PHT first visit (V01-like): ischial pain with sitting and running, palpation and provocation tests positive.</summary>
    public static CaseBuilder TypicalPht() => Baseline()
        .Locations(PainLocation.LowerGlutealIschial)
        .Aggravators(Aggravator.SittingHardSurface, Aggravator.Running)
        .Tests((ExamTest.Palpation, TestResult.Positive), (ExamTest.PuranenOrava, TestResult.Positive),
               (ExamTest.ModifiedBentKneeStretch, TestResult.Positive))
        .Pain(p => p with { NrsNow = 4, LoadTestNrs = 4, SittingToleranceMinutes = 40 });

    /// <summary>A PATHWAY.md section 7 vignette from samples/cases (the same data the CLI and the acceptance tests run).</summary>
    public static CaseBuilder Sample(string file) => new(Vignettes.VignetteCases.Load(file));

    public CaseBuilder With(Func<PatientCase, PatientCase> change) => new(change(Case));
    public CaseBuilder Patient(Func<PatientDetails, PatientDetails> change) => With(c => c with { Patient = change(c.Patient) });
    public CaseBuilder History(Func<History, History> change) => With(c => c with { History = change(c.History) });
    public CaseBuilder Pain(Func<Pain, Pain> change) => With(c => c with { Pain = change(c.Pain) });
    public CaseBuilder Neuro(Func<Neurology, Neurology> change) => With(c => c with { Neuro = change(c.Neuro) });
    public CaseBuilder RedFlags(Func<RedFlagItems, RedFlagItems> change) => With(c => c with { RedFlags = change(c.RedFlags) });
    public CaseBuilder Imaging(Func<Imaging, Imaging> change) => With(c => c with { Imaging = change(c.Imaging) });
    public CaseBuilder Lumbar(Func<LumbarMri, LumbarMri> change) =>
        Imaging(i => i with { LumbarMri = change(i.LumbarMri with { Status = LumbarMriStatus.Done }) });
    public CaseBuilder Scores(Func<Scores, Scores> change) => With(c => c with { Scores = change(c.Scores) });
    public CaseBuilder Comorbidities(Func<Comorbidities, Comorbidities> change) => With(c => c with { Comorbidities = change(c.Comorbidities) });
    public CaseBuilder FollowUp(Func<FollowUpState, FollowUpState> change) =>
        With(c => c with { FollowUp = change(c.FollowUp ?? new FollowUpState { VisitNumber = 2, CurrentPhase = LoadingPhase.P1 }) });

    public CaseBuilder Age(int years) => Patient(p => p with { AgeYears = years });
    public CaseBuilder Female(TriState pregnant = TriState.No, int? gestationWeeks = null) =>
        Patient(p => p with { Sex = Sex.Female, Pregnant = pregnant, GestationWeeks = gestationWeeks });
    public CaseBuilder SymptomWeeks(int weeks) => History(h => h with { SymptomWeeks = weeks });
    public CaseBuilder Locations(params PainLocation[] locations) => Pain(p => p with { Locations = locations });
    public CaseBuilder Aggravators(params Aggravator[] aggravators) => Pain(p => p with { Aggravators = aggravators });

    /// <summary>Sets (replacing any earlier result) the given tests.</summary>
    public CaseBuilder Tests(params (ExamTest Test, TestResult Result)[] tests) => With(c =>
    {
        var list = c.Examination.Where(e => !tests.Any(t => t.Test == e.Test)).ToList();
        list.AddRange(tests.Select(t => new ExamFinding { Test = t.Test, Result = t.Result }));
        return c with { Examination = list };
    });

    public CaseBuilder Test(ExamTest test, TestResult result) => Tests((test, result));

    public CaseBuilder Medication(MedicationClass cls, MedicationStatus status = MedicationStatus.Current, int daysSinceLastDose = 0) =>
        With(c => c with
        {
            Medications = c.Medications with
            {
                Entries = [.. c.Medications.Entries, new MedicationEntry { Class = cls, Status = status, DaysSinceLastDose = daysSinceLastDose }],
            },
        });

    public CaseBuilder PriorTreatment(PriorTreatment treatment) =>
        With(c => c with { PriorTreatments = [.. c.PriorTreatments, treatment] });

    /// <summary>A documented, ongoing structured-loading episode.</summary>
    public CaseBuilder FailedLoading(int weeks, TreatmentResponse response = TreatmentResponse.ImprovedInsufficient,
        Adherence adherence = Adherence.Good) =>
        PriorTreatment(new PriorTreatment
        {
            Type = TreatmentType.StructuredLoading, DurationWeeks = weeks, WeeksAgoEnded = 0, Documented = true,
            Adherence = adherence, Response = response,
        });

    public PatientCase Build() => Case;

    public static implicit operator PatientCase(CaseBuilder builder) => builder.Case;
}
