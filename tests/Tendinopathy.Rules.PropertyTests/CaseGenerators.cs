using FsCheck;
using FsCheck.Fluent;

namespace Tendinopathy.Rules.PropertyTests;

/// <summary>
/// FsCheck generators of valid <see cref="PatientCase"/>s across the whole input space: every enum value, boundary values of
/// every [CFG] threshold, empty and maximal groups, follow-up visits, any mix of medicines and comorbidities. Red-flag items
/// lean towards "No" so that most cases reach the treatment rules; every group can still be Unknown. Shrinking replaces one
/// group at a time by its minimal valid value, so a counterexample shrinks to the facts that matter.
/// </summary>
public static class CaseGenerators
{
    private static Gen<T> OneOf<T>(params T[] values) => Gen.Elements(values);

    private static Gen<T[]> SubsetOf<T>(T[] values) => Gen.SubListOf(values).Select(l => l.ToArray());

    private static Gen<int?> Maybe(Gen<int> gen, int unknownWeight = 1, int knownWeight = 3) =>
        Gen.Frequency((unknownWeight, Gen.Constant<int?>(null)), (knownWeight, gen.Select(v => (int?)v)));

    /// <summary>An integer biased towards the given boundary values.</summary>
    private static Gen<int> Around(int min, int max, params int[] boundaries) =>
        Gen.Frequency((2, Gen.Choose(min, max)), (3, Gen.Elements(boundaries.Where(b => b >= min && b <= max).ToArray())));

    public static readonly Gen<TriState> Tri = OneOf(TriState.Unknown, TriState.No, TriState.Yes);
    public static readonly Gen<TriState> MostlyNo = Gen.Frequency((12, Gen.Constant(TriState.No)), (1, Gen.Constant(TriState.Unknown)), (1, Gen.Constant(TriState.Yes)));
    public static readonly Gen<TriState> KnownTri = OneOf(TriState.No, TriState.Yes);
    private static Gen<int> Nrs => Around(0, 10, 0, 3, 4, 5, 6, 7, 10);

    public static readonly Gen<PatientDetails> Patient =
        from age in Around(18, 120, 18, 49, 50, 55, 56, 59, 60, 64, 65, 120)
        from sex in OneOf(Sex.Female, Sex.Male, Sex.Other)
        from pregnant in sex == Sex.Male ? Gen.Constant(TriState.No) : Gen.Frequency((4, Gen.Constant(TriState.No)), (1, Gen.Constant(TriState.Unknown)), (1, Gen.Constant(TriState.Yes)))
        from gestation in Around(1, 42, 1, 19, 20, 24, 42)
        from activity in OneOf(Enum.GetValues<ActivityLevel>())
        from sports in SubsetOf(Enum.GetValues<Sport>())
        select new PatientDetails
        {
            AgeYears = age, Sex = sex, Pregnant = pregnant, GestationWeeks = pregnant == TriState.Yes ? gestation : null,
            ActivityLevel = activity, Sports = sports,
        };

    public static readonly Gen<History> History =
        from onset in OneOf(Enum.GetValues<Onset>())
        from weeks in Around(0, 1040, 0, 1, 3, 4, 5, 6, 11, 12, 20, 25, 26, 34, 52, 1040)
        from mechanism in OneOf(Enum.GetValues<InjuryMechanism>())
        from pop in Tri
        from bruising in Tri
        from inability in Tri
        from lbp in Tri
        from legWorse in Tri
        from claudication in Tri
        select new History
        {
            Onset = onset, SymptomWeeks = weeks, Mechanism = mechanism, PopFelt = pop, PosteriorThighBruising = bruising,
            InabilityToSitOrWalkNormally = inability, LowBackPain = lbp, LegPainWorseThanBackPain = legWorse, NeurogenicClaudication = claudication,
        };

    public static readonly Gen<Pain> Pain =
        from locations in Gen.Frequency((1, SubsetOf(Enum.GetValues<PainLocation>())), (3, SubsetOf([PainLocation.LowerGlutealIschial, PainLocation.PosteriorThighAboveKnee])))
        from aggravators in SubsetOf(Enum.GetValues<Aggravator>())
        from sitting in Maybe(Around(0, 600, 0, 15, 29, 30, 60, 600))
        from worst in Maybe(Nrs)
        from now in Maybe(Nrs)
        from leg in Maybe(Nrs)
        from tolerable in Tri
        from load in Maybe(Nrs)
        from rest in Tri
        select new Pain
        {
            Locations = locations, Aggravators = aggravators, SittingToleranceMinutes = sitting, NrsWorst24h = worst, NrsNow = now,
            LegPainNrs = leg, LegPainTolerable = tolerable, LoadTestNrs = load, RestOrNightPain = rest,
        };

    public static readonly Gen<Neurology> Neuro =
        from radiating in Tri
        from paraesthesia in Tri
        from pDerm in Gen.NonEmptyListOf(OneOf(Enum.GetValues<Dermatome>())).Select(l => l.Distinct().ToArray())
        from thigh in Tri
        from sensory in Tri
        from sDerm in Gen.NonEmptyListOf(OneOf(Enum.GetValues<Dermatome>())).Select(l => l.Distinct().ToArray())
        from exam in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from mrc in Maybe(Around(0, 5, 3, 4, 5), 1, 4)
        from progressive in MostlyNo
        from reflex in Tri
        from reflexes in Gen.NonEmptyListOf(OneOf(Reflex.Knee, Reflex.Ankle)).Select(l => l.Distinct().ToArray())
        select new Neurology
        {
            RadiatingBelowKnee = radiating, DermatomalParaesthesia = paraesthesia,
            ParaesthesiaDermatomes = paraesthesia == TriState.Yes ? pDerm : [],
            PosteriorThighParaesthesiaOrBurning = thigh, SensoryLossObjective = sensory,
            SensoryLossDermatomes = sensory == TriState.Yes ? sDerm : [],
            ExamRecorded = exam, WorstMyotomeMrc = exam ? mrc : null, WeaknessProgressive = progressive,
            ReflexChange = reflex, ReflexesAffected = reflex == TriState.Yes ? reflexes : [],
        };

    public static readonly Gen<RedFlagItems> RedFlags =
        from items in Gen.ArrayOf(MostlyNo, 13)
        from pvr in Gen.Frequency((6, Gen.Constant<int?>(null)), (1, Around(0, 3000, 0, 199, 200, 3000).Select(v => (int?)v)))
        select new RedFlagItems
        {
            BladderDisturbance = items[0], BowelDisturbance = items[1], SaddleAnaesthesia = items[2], SexualDysfunction = items[3],
            BilateralNeurologicalSymptoms = items[4], FeverOrSystemicallyUnwell = items[5], SpinalInfectionRisk = items[6],
            CancerHistory = items[7], UnexplainedWeightLoss = items[8], NonMechanicalPain = items[9], SignificantTrauma = items[10],
            FirstEpisodeAgedOver50 = items[11], InflammatoryBackPainFeatures = items[12], PostVoidResidualMl = pvr,
        };

    public static readonly Gen<MedicationEntry> Medication =
        from cls in OneOf(Enum.GetValues<MedicationClass>())
        from current in Gen.Frequency((2, Gen.Constant(true)), (1, Gen.Constant(false)))
        from days in Around(1, 400, 1, 20, 59, 60, 61, 400)
        from sciatica in Tri
        select new MedicationEntry
        {
            Class = cls, Status = current ? MedicationStatus.Current : MedicationStatus.Stopped, DaysSinceLastDose = current ? 0 : days,
            IndicationIsSciatica = sciatica,
        };

    public static readonly Gen<Medications> Medications =
        from reviewed in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        from entries in Gen.Frequency((3, Gen.Constant(Array.Empty<MedicationEntry>())), (2, Gen.ListOf(Medication).Select(l => l.Take(4).ToArray())))
        select new Medications { Reviewed = reviewed, Entries = entries };

    private static readonly Gen<ChronicKidneyDisease?> Ckd =
        Gen.Frequency(
            (6, Gen.Constant<ChronicKidneyDisease?>(null)),
            (1, Around(0, 200, 14, 15, 29, 30, 44, 45, 59, 60, 89, 90).SelectMany(egfr => Gen.Elements(true, false),
                (egfr, withStage) => (ChronicKidneyDisease?)new ChronicKidneyDisease { EgfrMlMin = egfr, Stage = withStage ? StageOf(egfr) : null })),
            (1, OneOf(Enum.GetValues<CkdStage>()).Select(s => (ChronicKidneyDisease?)new ChronicKidneyDisease { Stage = s })));

    private static CkdStage StageOf(int egfr) => egfr switch
    {
        >= 90 => CkdStage.G1,
        >= 60 => CkdStage.G2,
        >= 45 => CkdStage.G3a,
        >= 30 => CkdStage.G3b,
        >= 15 => CkdStage.G4,
        _ => CkdStage.G5,
    };

    private static readonly Gen<bool> Rare = Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)));

    public static readonly Gen<Comorbidities> Comorbidities =
        from reviewed in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        from ckd in Ckd
        from hf in Gen.Frequency((8, Gen.Constant<HeartFailureSeverity?>(null)), (1, OneOf(Enum.GetValues<HeartFailureSeverity>()).Select(v => (HeartFailureSeverity?)v)))
        from flags in Gen.ArrayOf(Rare, 19)
        from diabetes in Gen.Frequency((6, Gen.Constant<DiabetesControl?>(null)), (1, OneOf(Enum.GetValues<DiabetesControl>()).Select(v => (DiabetesControl?)v)))
        select new Comorbidities
        {
            Reviewed = reviewed, ChronicKidneyDisease = ckd, HeartFailure = hf, GiBleedHistory = flags[0], PepticUlcerActive = flags[1],
            PepticUlcerHistory = flags[2], EstablishedCardiovascularDisease = flags[3], HypertensionUncontrolled = flags[4], RecentCabg = flags[5],
            NsaidHypersensitivityOrAspirinAsthma = flags[6], LiverCirrhosisOrSevereHepaticImpairment = flags[7], InflammatoryBowelDisease = flags[8],
            Diabetes = diabetes, Coagulopathy = flags[9], ActiveMalignancyNearTreatmentSite = flags[10], LocalSkinOrSoftTissueInfectionAtSite = flags[11],
            OpenWoundOrBrokenSkinAtSite = flags[12], ColdHypersensitivity = flags[13], ReducedSkinSensationAtSite = flags[14],
            PeripheralVascularCompromise = flags[15], SolidOrganTransplant = flags[16], Osteoporosis = flags[17], CardiacPacemakerOrImplantedDevice = flags[18],
        };

    public static readonly Gen<PriorTreatment> PriorTreatment =
        from type in OneOf(Enum.GetValues<TreatmentType>())
        from duration in Around(1, 520, 1, 4, 5, 6, 8, 11, 12, 25, 26, 52)
        from ended in Around(0, 1040, 0, 0, 0, 1, 6, 20, 52)
        from documented in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from adherence in OneOf(Enum.GetValues<Adherence>())
        from response in OneOf(Enum.GetValues<TreatmentResponse>())
        from count in Gen.Choose(1, 3)
        from sinceExtra in Around(0, 60, 0, 5, 6, 7, 11, 12, 13, 52)
        from supervised in Tri
        let injection = type is TreatmentType.CorticosteroidInjection or TreatmentType.Prp or TreatmentType.EpiduralInjection or TreatmentType.Eswt
        let safeResponse = ended == 0 && response == TreatmentResponse.Resolved ? TreatmentResponse.ImprovedSufficient : response
        select new PriorTreatment
        {
            Type = type, DurationWeeks = injection ? 0 : duration, WeeksAgoEnded = ended, Documented = documented, Adherence = adherence,
            Response = safeResponse, Supervised = supervised,
            Count = injection ? count : null, WeeksSinceLast = injection ? Math.Min(1040, ended + sinceExtra) : null,
            Intratendinous = type == TreatmentType.CorticosteroidInjection ? TriState.No : TriState.Unknown,
        };

    public static readonly Gen<ExamFinding[]> Examination =
        from tests in SubsetOf(Enum.GetValues<ExamTest>())
        from results in Gen.ArrayOf(OneOf(TestResult.Positive, TestResult.Negative), tests.Length)
        select tests.Select((t, i) => new ExamFinding { Test = t, Result = results[i] }).ToArray();

    public static readonly Gen<Scores> Scores =
        from visa in Maybe(Around(0, 100, 0, 42, 52, 62, 100))
        from baseline in Maybe(Around(0, 100, 0, 42, 52, 100))
        from startBack in OneOf(Enum.GetValues<StartBackRisk>())
        from odi in Maybe(Around(0, 100, 0, 40, 41, 100))
        select new Scores { VisaH = visa, VisaHBaseline = baseline, StartBackRisk = startBack, Odi = odi };

    private static readonly Gen<LumbarMri> Lumbar =
        Gen.Frequency(
            (3, Gen.Constant(new LumbarMri())),
            (1, Gen.ArrayOf(Tri, 6).Select(t => new LumbarMri
            {
                Status = LumbarMriStatus.Done, DiscHerniationOrForaminalStenosis = t[0], NerveRootCompression = t[1], ConcordantWithSymptoms = t[2],
                CentralCanalStenosis = t[3], CaudaEquinaCompression = t[4] == TriState.Yes ? TriState.No : t[4], SuspiciousLesion = t[5] == TriState.Yes ? TriState.No : t[5],
            })));

    public static readonly Gen<Imaging> Imaging =
        from modality in Gen.Frequency((3, Gen.Constant(HamstringModality.None)), (1, Gen.Constant(HamstringModality.Ultrasound)), (2, Gen.Constant(HamstringModality.Mri)))
        from findings in SubsetOf(Enum.GetValues<HamstringFinding>())
        from count in Gen.Choose(1, 3)
        from retraction in Gen.Elements(0.5m, 1.9m, 2.0m, 2.1m, 3.0m, 8.0m)
        from nerve in Tri
        from space in Maybe(Around(0, 60, 10, 14, 15, 16, 25))
        from qf in Tri
        from lumbar in Lumbar
        from pelvic in OneOf(Enum.GetValues<PelvicMriSciaticNerve>())
        let imaged = modality != HamstringModality.None
        let cleanFindings = findings.Contains(HamstringFinding.CompleteAvulsion) ? findings.Where(f => f != HamstringFinding.PartialTearHighGrade).ToArray() : findings
        let complete = imaged && cleanFindings.Contains(HamstringFinding.CompleteAvulsion)
        select new Imaging
        {
            HamstringModality = modality, HamstringFindings = imaged ? cleanFindings : [],
            AvulsedTendonCount = complete ? count : null, RetractionCm = complete ? retraction : null,
            SciaticNerveSignalChangeOrPerineuralFibrosis = imaged ? nerve : TriState.Unknown,
            IschiofemoralSpaceMm = imaged ? space : null, QuadratusFemorisOedema = imaged ? qf : TriState.Unknown,
            LumbarMri = lumbar, PelvicMriSciaticNerve = pelvic,
        };

    public static readonly Gen<FollowUpState?> FollowUp =
        Gen.Frequency(
            (3, Gen.Constant<FollowUpState?>(null)),
            (2,
                from phase in OneOf(Enum.GetValues<LoadingPhase>())
                from during in Maybe(Nrs, 1, 5)
                from morning in Maybe(Nrs, 1, 5)
                from baseline in Maybe(Nrs, 1, 5)
                from trend in OneOf(Enum.GetValues<WeeklyTrend>())
                from exit in Tri
                from previous in Gen.ListOf(OneOf(Enum.GetValues<LoadingDecisionKind>())).Select(l => l.Take(4).ToArray())
                from weeks in Maybe(Around(0, 520, 0, 5, 6, 12))
                from lowest in Tri
                select (FollowUpState?)new FollowUpState
                {
                    VisitNumber = 2 + previous.Length, CurrentPhase = phase, PainDuringLoadingNrs = during, LoadTestNextMorningNrs = morning,
                    LoadTestBaselineNrs = baseline, WeeklyTrend = trend, PhaseExitCriteriaMet = exit, PreviousDecisions = previous,
                    WeeksOfStructuredLoading = weeks, AtLowestLevelOfPhase = lowest,
                }));

    /// <summary>A valid case (the validator accepts it; a property checks that).</summary>
    public static readonly Gen<PatientCase> ValidCase =
        from patient in Patient
        from history in History
        from pain in Pain
        from neuro in Neuro
        from redFlags in RedFlags
        from medications in Medications
        from comorbidities in Comorbidities
        from prior in Gen.Frequency((2, Gen.Constant(Array.Empty<PriorTreatment>())), (3, Gen.ListOf(PriorTreatment).Select(l => l.Take(4).ToArray())))
        from exam in Examination
        from scores in Scores
        from imaging in Imaging
        from followUp in FollowUp
        let decisionAllowed = imaging.HamstringFindings.Any(f => f is HamstringFinding.CompleteAvulsion or HamstringFinding.PartialTearHighGrade)
        select new PatientCase
        {
            CaseId = "generated",
            Patient = patient,
            History = decisionAllowed ? history : history with { AvulsionSurgicalDecision = AvulsionSurgicalDecision.Pending },
            Pain = pain,
            Neuro = neuro,
            RedFlags = redFlags,
            Medications = medications,
            Comorbidities = comorbidities,
            PriorTreatments = prior,
            Examination = exam,
            Scores = scores,
            Imaging = imaging,
            FollowUp = followUp,
        };

    /// <summary>The smallest valid case: shrinking moves groups towards it.</summary>
    public static readonly PatientCase Minimal = new()
    {
        CaseId = "generated",
        Patient = new PatientDetails { AgeYears = 40, Sex = Sex.Male, Pregnant = TriState.No },
        History = new History { SymptomWeeks = 0 },
        Medications = new Medications { Reviewed = true },
        Comorbidities = new Comorbidities { Reviewed = true },
    };

    /// <summary>Shrinks a case by resetting one group (or dropping one list entry) at a time.</summary>
    public static IEnumerable<PatientCase> Shrink(PatientCase c)
    {
        var m = Minimal;
        if (c.FollowUp is not null) yield return c with { FollowUp = null };
        if (c.PriorTreatments.Count > 0)
        {
            for (var i = 0; i < c.PriorTreatments.Count; i++) yield return c with { PriorTreatments = c.PriorTreatments.Where((_, j) => j != i).ToArray() };
        }
        if (c.Medications.Entries.Count > 0)
        {
            for (var i = 0; i < c.Medications.Entries.Count; i++)
                yield return c with { Medications = c.Medications with { Entries = c.Medications.Entries.Where((_, j) => j != i).ToArray() } };
        }
        if (c.Examination.Count > 0)
        {
            for (var i = 0; i < c.Examination.Count; i++) yield return c with { Examination = c.Examination.Where((_, j) => j != i).ToArray() };
        }
        if (c.Imaging != m.Imaging) yield return c with { Imaging = m.Imaging };
        if (c.Scores != m.Scores) yield return c with { Scores = m.Scores };
        if (c.Comorbidities.Reviewed != true || c.Comorbidities != m.Comorbidities) yield return c with { Comorbidities = m.Comorbidities };
        if (c.RedFlags != m.RedFlags) yield return c with { RedFlags = m.RedFlags };
        if (c.Neuro != m.Neuro) yield return c with { Neuro = m.Neuro };
        if (c.Pain.Aggravators.Count > 0) yield return c with { Pain = c.Pain with { Aggravators = [] } };
        if (c.Pain != m.Pain) yield return c with { Pain = m.Pain };
        if (c.History != m.History) yield return c with { History = m.History with { SymptomWeeks = c.History.SymptomWeeks, AvulsionSurgicalDecision = c.History.AvulsionSurgicalDecision } };
        if (c.Patient != m.Patient) yield return c with { Patient = m.Patient };
    }

    private static readonly PathwayEngine Validator = new();

    /// <summary>Valid cases with validity-preserving shrinking.</summary>
    public static Arbitrary<PatientCase> ValidCases() => Arb.From(ValidCase, c => Shrink(c).Where(x => Validator.Validate(x).Count == 0));
}
