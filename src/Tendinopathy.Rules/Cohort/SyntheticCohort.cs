namespace Tendinopathy.Rules.Cohort;

/// <summary>The clinical picture a synthetic case was drawn from.</summary>
public enum SyntheticArchetype
{
    /// <summary>Typical proximal hamstring tendinopathy.</summary>
    TypicalPht = 1,

    /// <summary>PHT with sciatic nerve signs (hamstring syndrome).</summary>
    PhtWithNerveSigns = 2,

    /// <summary>Lumbar radicular pain / sciatica.</summary>
    Radiculopathy = 3,

    /// <summary>Deep gluteal syndrome.</summary>
    DeepGluteal = 4,

    /// <summary>Ischiofemoral impingement.</summary>
    IschiofemoralImpingement = 5,

    /// <summary>Acute proximal hamstring avulsion (some with imaging and a surgical decision).</summary>
    AcuteAvulsion = 6,

    /// <summary>A case with one or more red flags (cauda equina, motor deficit, infection, malignancy, fracture).</summary>
    RedFlag = 7,

    /// <summary>A PHT follow-up visit in a loading phase.</summary>
    FollowUp = 8,

    /// <summary>Vague buttock pain with much left unknown.</summary>
    Undifferentiated = 9,
}

/// <summary>
/// A seeded generator of synthetic, clinically varied, valid cases for load tests, benchmarks and rule-set comparisons.
/// Deterministic: the same count and seed always give the same cases (System.Random with that seed, drawn in a fixed order).
/// Every case passes <see cref="PathwayEngine.Validate"/>. The mix is not an epidemiological estimate.
/// </summary>
public static class SyntheticCohort
{
    private static readonly (SyntheticArchetype Archetype, int Weight)[] Mix =
    [
        (SyntheticArchetype.TypicalPht, 24), (SyntheticArchetype.PhtWithNerveSigns, 10), (SyntheticArchetype.Radiculopathy, 15),
        (SyntheticArchetype.DeepGluteal, 8), (SyntheticArchetype.IschiofemoralImpingement, 6), (SyntheticArchetype.AcuteAvulsion, 6),
        (SyntheticArchetype.RedFlag, 9), (SyntheticArchetype.FollowUp, 14), (SyntheticArchetype.Undifferentiated, 8),
    ];

    private static readonly int TotalWeight = Mix.Sum(m => m.Weight);

    /// <summary>Generates cases lazily (constant memory whatever the count).</summary>
    /// <param name="count">Number of cases (0 or more).</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The cases; IDs are <c>syn-{seed}-{index}</c>.</returns>
    public static IEnumerable<PatientCase> Generate(long count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Iterate(count, seed);
    }

    private static IEnumerable<PatientCase> Iterate(long count, int seed)
    {
        var random = new Random(seed);
        for (long i = 0; i < count; i++)
        {
            yield return new Draw(random).Case($"syn-{seed}-{i:D7}");
        }
    }

    /// <summary>Generates one case of a given archetype (for tests and benchmarks of one picture).</summary>
    /// <param name="archetype">The clinical picture.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The case.</returns>
    public static PatientCase GenerateOne(SyntheticArchetype archetype, int seed) =>
        new Draw(new Random(seed)).Case($"syn-{archetype}-{seed}", archetype);

    /// <summary>The draws of one case; every random call happens in a fixed order, so a seed fixes the whole sequence.</summary>
    private sealed class Draw(Random r)
    {
        private bool Chance(double p) => r.NextDouble() < p;

        private int Between(int min, int max) => r.Next(min, max + 1);

        private T Pick<T>(params T[] values) => values[r.Next(values.Length)];

        private TriState Tri(double yes, double no) =>
            r.NextDouble() switch { var x when x < yes => TriState.Yes, var x when x < yes + no => TriState.No, _ => TriState.Unknown };

        private T[] Subset<T>(T[] values, double p)
        {
            var list = new List<T>(values.Length);
            foreach (var v in values) if (Chance(p)) list.Add(v);
            return [.. list];
        }

        private SyntheticArchetype PickArchetype()
        {
            var x = r.Next(TotalWeight);
            foreach (var (archetype, weight) in Mix)
            {
                if (x < weight) return archetype;
                x -= weight;
            }
            return SyntheticArchetype.TypicalPht;
        }

        public PatientCase Case(string id, SyntheticArchetype? fixedArchetype = null)
        {
            var archetype = fixedArchetype ?? PickArchetype();
            var age = archetype == SyntheticArchetype.RedFlag ? Between(25, 88) : Between(18, 75);
            var sex = Pick(Sex.Female, Sex.Male, Sex.Female, Sex.Male, Sex.Other);
            var pregnant = sex == Sex.Male ? TriState.No : age <= 45 ? Tri(0.08, 0.82) : Tri(0, 0.95);
            var patient = new PatientDetails
            {
                AgeYears = age,
                Sex = sex,
                Pregnant = pregnant,
                GestationWeeks = pregnant == TriState.Yes ? Between(6, 38) : null,
                ActivityLevel = Pick(ActivityLevel.Unknown, ActivityLevel.Sedentary, ActivityLevel.Recreational, ActivityLevel.Recreational,
                    ActivityLevel.Competitive, ActivityLevel.Professional),
                Sports = Subset([Sport.Running, Sport.Sprinting, Sport.FieldSport, Sport.Dance, Sport.Cycling], 0.25),
            };

            var c = archetype switch
            {
                SyntheticArchetype.TypicalPht => Pht(nerveSigns: false),
                SyntheticArchetype.PhtWithNerveSigns => Pht(nerveSigns: true),
                SyntheticArchetype.Radiculopathy => Radicular(),
                SyntheticArchetype.DeepGluteal => DeepGluteal(),
                SyntheticArchetype.IschiofemoralImpingement => Ischiofemoral(),
                SyntheticArchetype.AcuteAvulsion => Avulsion(),
                SyntheticArchetype.RedFlag => RedFlagCase(age),
                SyntheticArchetype.FollowUp => FollowUpCase(),
                _ => Undifferentiated(),
            };
            return c with
            {
                CaseId = id,
                Patient = patient,
                Medications = Medicines(),
                Comorbidities = Comorbid(),
                PriorTreatments = archetype is SyntheticArchetype.AcuteAvulsion ? [] : Treatments(),
            };
        }

        // ---- archetypes -------------------------------------------------------------------------------------------

        private PatientCase Pht(bool nerveSigns)
        {
            var weeks = Pick(3, 6, 8, 10, 14, 20, 30, 52, 80);
            var tests = new List<ExamFinding>
            {
                new() { Test = ExamTest.Palpation, Result = Chance(0.9) ? TestResult.Positive : TestResult.Negative },
                new() { Test = ExamTest.PuranenOrava, Result = Chance(0.8) ? TestResult.Positive : TestResult.Negative },
            };
            if (Chance(0.6)) tests.Add(new() { Test = ExamTest.ModifiedBentKneeStretch, Result = TestResult.Positive });
            if (Chance(0.4)) tests.Add(new() { Test = ExamTest.BentKneeStretch, Result = Chance(0.8) ? TestResult.Positive : TestResult.Negative });
            if (Chance(0.5)) tests.Add(new() { Test = ExamTest.SingleLegBridge, Result = Chance(0.7) ? TestResult.Positive : TestResult.Negative });
            tests.Add(new() { Test = ExamTest.StraightLegRaise, Result = nerveSigns && Chance(0.5) ? TestResult.Positive : TestResult.Negative });
            if (nerveSigns && Chance(0.6)) tests.Add(new() { Test = ExamTest.SeatedPiriformisStretch, Result = TestResult.Positive });
            if (Chance(0.3)) tests.Add(new() { Test = ExamTest.Slump, Result = nerveSigns && Chance(0.5) ? TestResult.Positive : TestResult.Negative });

            var imaged = Chance(0.3);
            var modality = imaged ? Pick(HamstringModality.Ultrasound, HamstringModality.Mri) : HamstringModality.None;
            return new PatientCase
            {
                History = Insidious(weeks) with { LowBackPain = Tri(0.1, 0.8) },
                Pain = new Pain
                {
                    Locations = nerveSigns
                        ? [PainLocation.LowerGlutealIschial, PainLocation.PosteriorThighAboveKnee]
                        : Chance(0.3) ? [PainLocation.LowerGlutealIschial, PainLocation.PosteriorThighAboveKnee] : [PainLocation.LowerGlutealIschial],
                    Aggravators = [.. Subset([Aggravator.Sitting, Aggravator.SittingHardSurface, Aggravator.Running, Aggravator.AccelerationSprinting,
                        Aggravator.HillRunning, Aggravator.Lunging, Aggravator.Squatting, Aggravator.HamstringStretching, Aggravator.Driving], 0.35)
                        .Prepend(Aggravator.SittingHardSurface).Distinct()],
                    SittingToleranceMinutes = Chance(0.8) ? Pick(10, 20, 30, 40, 60, 90, 120) : null,
                    NrsNow = Chance(0.9) ? Between(1, 8) : null,
                    NrsWorst24h = Chance(0.5) ? Between(3, 9) : null,
                    LoadTestNrs = Chance(0.7) ? Between(1, 7) : null,
                    RestOrNightPain = Tri(0.05, 0.9),
                },
                Neuro = nerveSigns
                    ? NormalNeuro() with { PosteriorThighParaesthesiaOrBurning = TriState.Yes, RadiatingBelowKnee = Tri(0.2, 0.8) }
                    : NormalNeuro(),
                RedFlags = ScreenedClear(),
                Examination = tests,
                Scores = new Scores { VisaH = Chance(0.7) ? Between(20, 85) : null },
                Imaging = new Imaging
                {
                    HamstringModality = modality,
                    HamstringFindings = imaged ? Subset([HamstringFinding.Tendinosis, HamstringFinding.PeritendinousOedema,
                        HamstringFinding.IschialBoneOedema, HamstringFinding.PartialTearLowGrade], 0.5) : [],
                    SciaticNerveSignalChangeOrPerineuralFibrosis = imaged ? (nerveSigns ? Tri(0.5, 0.4) : Tri(0.02, 0.8)) : TriState.Unknown,
                },
            };
        }

        private PatientCase Radicular()
        {
            var weeks = Pick(1, 2, 4, 6, 8, 12, 16, 26, 40);
            var dermatomes = Subset([Dermatome.L4, Dermatome.L5, Dermatome.S1], 0.5);
            var paraesthesia = dermatomes.Length > 0 ? TriState.Yes : Tri(0.1, 0.7);
            var examined = Chance(0.85);
            var mrc = examined && Chance(0.9) ? Pick(4, 4, 5, 5, 5) : (int?)null;
            var reflex = examined ? Tri(0.3, 0.7) : TriState.Unknown;
            var mri = Chance(0.3);
            return new PatientCase
            {
                History = new History
                {
                    Onset = Pick(Onset.Insidious, Onset.Acute, Onset.Unknown), SymptomWeeks = weeks, Mechanism = Pick(InjuryMechanism.Lifting, InjuryMechanism.NoneKnown, InjuryMechanism.Unknown),
                    PopFelt = TriState.No, LowBackPain = Tri(0.8, 0.2), LegPainWorseThanBackPain = Tri(0.7, 0.2), NeurogenicClaudication = Tri(0.1, 0.7),
                },
                Pain = new Pain
                {
                    Locations = Chance(0.7) ? [PainLocation.LowBack, PainLocation.BelowKnee, PainLocation.PosteriorThighAboveKnee] : [PainLocation.BelowKnee],
                    Aggravators = Subset([Aggravator.Sitting, Aggravator.CoughSneezeStrain, Aggravator.BendingForwardStraightKnees, Aggravator.Driving], 0.4),
                    NrsNow = Chance(0.9) ? Between(2, 9) : null,
                    LegPainNrs = Chance(0.8) ? Between(3, 10) : null,
                    LegPainTolerable = Tri(0.6, 0.3),
                    RestOrNightPain = Tri(0.2, 0.7),
                },
                Neuro = new Neurology
                {
                    RadiatingBelowKnee = Tri(0.85, 0.1), DermatomalParaesthesia = paraesthesia,
                    ParaesthesiaDermatomes = paraesthesia == TriState.Yes ? dermatomes : [],
                    SensoryLossObjective = examined ? Tri(0.3, 0.7) : TriState.Unknown,
                    WorstMyotomeMrc = mrc, ExamRecorded = examined, WeaknessProgressive = Tri(0.0, 0.9),
                    ReflexChange = reflex, ReflexesAffected = reflex == TriState.Yes ? Subset([Reflex.Knee, Reflex.Ankle], 0.6) : [],
                },
                RedFlags = ScreenedClear(),
                Examination =
                [
                    new() { Test = ExamTest.StraightLegRaise, Result = Chance(0.75) ? TestResult.Positive : TestResult.Negative },
                    .. Chance(0.4) ? [new ExamFinding { Test = ExamTest.Slump, Result = Chance(0.7) ? TestResult.Positive : TestResult.Negative }] : Array.Empty<ExamFinding>(),
                    .. Chance(0.2) ? [new ExamFinding { Test = ExamTest.CrossedStraightLegRaise, Result = Chance(0.4) ? TestResult.Positive : TestResult.Negative }] : Array.Empty<ExamFinding>(),
                    .. Chance(0.3) ? [new ExamFinding { Test = ExamTest.Palpation, Result = TestResult.Negative }] : Array.Empty<ExamFinding>(),
                ],
                Scores = new Scores { Odi = Chance(0.6) ? Between(10, 70) : null, StartBackRisk = Pick(StartBackRisk.Unknown, StartBackRisk.Low, StartBackRisk.Medium, StartBackRisk.High) },
                Imaging = new Imaging
                {
                    LumbarMri = mri
                        ? new LumbarMri
                        {
                            Status = LumbarMriStatus.Done, DiscHerniationOrForaminalStenosis = Tri(0.8, 0.2), NerveRootCompression = Tri(0.7, 0.3),
                            ConcordantWithSymptoms = Tri(0.7, 0.25), CentralCanalStenosis = Tri(0.1, 0.8), CaudaEquinaCompression = TriState.No,
                            SuspiciousLesion = TriState.No,
                        }
                        : new LumbarMri(),
                },
            };
        }

        private PatientCase DeepGluteal() => new()
        {
            History = Insidious(Pick(4, 8, 12, 20, 40)),
            Pain = new Pain
            {
                Locations = Chance(0.5) ? [PainLocation.DeepButtockSciaticNotch] : [PainLocation.DeepButtockSciaticNotch, PainLocation.PosteriorThighAboveKnee],
                Aggravators = [Aggravator.Sitting, .. Subset([Aggravator.Driving, Aggravator.Squatting], 0.5)],
                SittingToleranceMinutes = Chance(0.8) ? Pick(5, 10, 15, 20, 25, 45) : null,
                NrsNow = Between(2, 8), RestOrNightPain = Tri(0.1, 0.8),
            },
            Neuro = NormalNeuro() with { PosteriorThighParaesthesiaOrBurning = Tri(0.6, 0.3), RadiatingBelowKnee = Tri(0.3, 0.6) },
            RedFlags = ScreenedClear(),
            Examination =
            [
                new() { Test = ExamTest.SeatedPiriformisStretch, Result = Chance(0.8) ? TestResult.Positive : TestResult.Negative },
                new() { Test = ExamTest.ActivePiriformis, Result = Chance(0.6) ? TestResult.Positive : TestResult.Negative },
                new() { Test = ExamTest.StraightLegRaise, Result = Chance(0.3) ? TestResult.Positive : TestResult.Negative },
                new() { Test = ExamTest.Palpation, Result = Chance(0.2) ? TestResult.Positive : TestResult.Negative },
            ],
            Imaging = new Imaging
            {
                PelvicMriSciaticNerve = Pick(PelvicMriSciaticNerve.NotDone, PelvicMriSciaticNerve.NotDone, PelvicMriSciaticNerve.EntrapmentOrSignalChange,
                    PelvicMriSciaticNerve.NoEntrapment),
            },
        };

        private PatientCase Ischiofemoral()
        {
            var imaged = Chance(0.6);
            return new PatientCase
            {
                History = Insidious(Pick(6, 12, 26, 52)),
                Pain = new Pain
                {
                    Locations = Chance(0.6) ? [PainLocation.LateralToIschium] : [PainLocation.LateralToIschium, PainLocation.LowerGlutealIschial],
                    Aggravators = [Aggravator.LongStrideWalking, .. Subset([Aggravator.Running, Aggravator.Sitting], 0.4)],
                    NrsNow = Between(2, 7), RestOrNightPain = Tri(0.05, 0.9),
                },
                Neuro = NormalNeuro(),
                RedFlags = ScreenedClear(),
                Examination =
                [
                    new() { Test = ExamTest.LongStrideWalking, Result = Chance(0.75) ? TestResult.Positive : TestResult.Negative },
                    new() { Test = ExamTest.IschiofemoralImpingement, Result = Chance(0.7) ? TestResult.Positive : TestResult.Negative },
                    new() { Test = ExamTest.Palpation, Result = Chance(0.3) ? TestResult.Positive : TestResult.Negative },
                ],
                Imaging = imaged
                    ? new Imaging
                    {
                        HamstringModality = HamstringModality.Mri, IschiofemoralSpaceMm = Between(6, 30), QuadratusFemorisOedema = Tri(0.6, 0.4),
                        SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No,
                    }
                    : new Imaging(),
            };
        }

        private PatientCase Avulsion()
        {
            var weeks = Pick(0, 0, 1, 1, 2, 3, 5, 8);
            var imaged = Chance(0.5);
            var finding = Pick(HamstringFinding.CompleteAvulsion, HamstringFinding.CompleteAvulsion, HamstringFinding.PartialTearHighGrade,
                HamstringFinding.PartialTearLowGrade);
            var complete = imaged && finding == HamstringFinding.CompleteAvulsion;
            var tear = imaged && finding is HamstringFinding.CompleteAvulsion or HamstringFinding.PartialTearHighGrade;
            return new PatientCase
            {
                History = new History
                {
                    Onset = Onset.Acute, SymptomWeeks = weeks,
                    Mechanism = Pick(InjuryMechanism.SuddenHipFlexionKneeExtended, InjuryMechanism.FallIntoSplits, InjuryMechanism.ForcefulEccentricSprint,
                        InjuryMechanism.Other, InjuryMechanism.Unknown),
                    PopFelt = Tri(0.7, 0.2), PosteriorThighBruising = Tri(0.6, 0.3), InabilityToSitOrWalkNormally = Tri(0.5, 0.4),
                    LowBackPain = TriState.No,
                    AvulsionSurgicalDecision = tear && Chance(0.3) ? Pick(AvulsionSurgicalDecision.Operative, AvulsionSurgicalDecision.NonOperative) : AvulsionSurgicalDecision.Pending,
                },
                Pain = new Pain
                {
                    Locations = [PainLocation.LowerGlutealIschial, PainLocation.PosteriorThighAboveKnee],
                    Aggravators = Subset([Aggravator.Sitting, Aggravator.Running, Aggravator.HamstringStretching], 0.5),
                    NrsNow = Between(3, 9), RestOrNightPain = Tri(0.1, 0.8),
                },
                Neuro = NormalNeuro() with { PosteriorThighParaesthesiaOrBurning = Tri(0.2, 0.7) },
                RedFlags = Chance(0.85) ? ScreenedClear() : ScreenedClear() with { SignificantTrauma = TriState.Yes },
                Examination = Chance(0.6) ? [new ExamFinding { Test = ExamTest.AvulsionGap, Result = Chance(0.6) ? TestResult.Positive : TestResult.Negative }] : [],
                Imaging = imaged
                    ? new Imaging
                    {
                        HamstringModality = Pick(HamstringModality.Mri, HamstringModality.Mri, HamstringModality.Ultrasound),
                        HamstringFindings = [finding],
                        AvulsedTendonCount = complete ? Between(1, 3) : null,
                        RetractionCm = complete ? Between(0, 80) / 10m : null,
                    }
                    : new Imaging(),
            };
        }

        private PatientCase RedFlagCase(int age)
        {
            var baseCase = Chance(0.5) ? Radicular() : Pht(nerveSigns: false);
            var rf = ScreenedClear();
            var neuro = baseCase.Neuro;
            switch (r.Next(6))
            {
                case 0:
                    rf = rf with
                    {
                        SaddleAnaesthesia = Tri(0.6, 0.4), BladderDisturbance = Tri(0.5, 0.5), BowelDisturbance = Tri(0.2, 0.7),
                        BilateralNeurologicalSymptoms = Tri(0.4, 0.5), PostVoidResidualMl = Chance(0.4) ? Between(50, 600) : null,
                    };
                    break;
                case 1:
                    neuro = neuro with { ExamRecorded = true, WorstMyotomeMrc = Between(1, 3), WeaknessProgressive = Tri(0.5, 0.4) };
                    break;
                case 2:
                    rf = rf with { FeverOrSystemicallyUnwell = TriState.Yes, SpinalInfectionRisk = Tri(0.6, 0.3), NonMechanicalPain = Tri(0.5, 0.4) };
                    break;
                case 3:
                    rf = rf with
                    {
                        CancerHistory = Tri(0.6, 0.4), UnexplainedWeightLoss = Tri(0.6, 0.3), NonMechanicalPain = Tri(0.4, 0.5),
                        FirstEpisodeAgedOver50 = age >= 50 ? Tri(0.6, 0.4) : TriState.No,
                    };
                    break;
                case 4:
                    rf = rf with { SignificantTrauma = TriState.Yes };
                    break;
                default:
                    // An incomplete screen: some of RFI-01…RFI-05 not asked.
                    rf = rf with { BladderDisturbance = TriState.Unknown, SaddleAnaesthesia = Tri(0.2, 0.3), InflammatoryBackPainFeatures = Tri(0.3, 0.5) };
                    break;
            }
            return baseCase with { RedFlags = rf, Neuro = neuro };
        }

        private PatientCase FollowUpCase()
        {
            var c = Pht(nerveSigns: false);
            var phase = Pick(LoadingPhase.None, LoadingPhase.P1, LoadingPhase.P2, LoadingPhase.P2, LoadingPhase.P3, LoadingPhase.P4, LoadingPhase.P5);
            var baseline = Between(0, 5);
            return c with
            {
                History = c.History with { SymptomWeeks = c.History.SymptomWeeks + Between(2, 16) },
                Scores = new Scores { VisaH = Between(30, 95), VisaHBaseline = Chance(0.8) ? Between(20, 70) : null },
                FollowUp = new FollowUpState
                {
                    VisitNumber = Between(2, 8), CurrentPhase = phase, WeeksInPhase = Between(0, 10), SessionsAtCurrentLoad = Between(0, 30),
                    PainDuringLoadingNrs = Chance(0.9) ? Between(0, 8) : null,
                    LoadTestNextMorningNrs = Chance(0.85) ? Math.Clamp(baseline + Between(-1, 4), 0, 10) : null,
                    LoadTestBaselineNrs = Chance(0.85) ? baseline : null,
                    WeeklyTrend = Pick(WeeklyTrend.Unknown, WeeklyTrend.Improving, WeeklyTrend.Improving, WeeklyTrend.Stable, WeeklyTrend.Worsening),
                    PhaseExitCriteriaMet = Tri(0.3, 0.5),
                    PreviousDecisions = Subset([LoadingDecisionKind.Progress, LoadingDecisionKind.Hold, LoadingDecisionKind.Progress], 0.4),
                    WeeksOfStructuredLoading = Between(0, 40),
                    AtLowestLevelOfPhase = Tri(0.2, 0.6),
                },
            };
        }

        private PatientCase Undifferentiated() => new()
        {
            History = new History { Onset = Pick(Onset.Unknown, Onset.Insidious), SymptomWeeks = Between(0, 200), LowBackPain = Tri(0.3, 0.3) },
            Pain = new Pain
            {
                Locations = Subset([PainLocation.LowerGlutealIschial, PainLocation.DeepButtockSciaticNotch, PainLocation.LowBack, PainLocation.Bilateral], 0.3),
                NrsNow = Chance(0.5) ? Between(0, 10) : null,
            },
            Neuro = Chance(0.5) ? NormalNeuro() : new Neurology(),
            RedFlags = Chance(0.5) ? ScreenedClear() : new RedFlagItems { BladderDisturbance = Tri(0, 0.6), SaddleAnaesthesia = Tri(0, 0.6) },
        };

        // ---- shared pieces ----------------------------------------------------------------------------------------

        private History Insidious(int weeks) => new()
        {
            Onset = Onset.Insidious, SymptomWeeks = weeks, Mechanism = Pick(InjuryMechanism.NoneKnown, InjuryMechanism.Unknown),
            PopFelt = TriState.No, PosteriorThighBruising = TriState.No, InabilityToSitOrWalkNormally = Tri(0.05, 0.9),
            LowBackPain = Tri(0.15, 0.8), NeurogenicClaudication = Tri(0.02, 0.8),
        };

        private Neurology NormalNeuro()
        {
            var examined = Chance(0.8);
            return new Neurology
            {
                RadiatingBelowKnee = Tri(0, 0.9), DermatomalParaesthesia = Tri(0, 0.85), PosteriorThighParaesthesiaOrBurning = Tri(0.05, 0.85),
                SensoryLossObjective = examined ? TriState.No : TriState.Unknown, WorstMyotomeMrc = examined ? 5 : null, ExamRecorded = examined,
                WeaknessProgressive = Tri(0, 0.9), ReflexChange = examined ? TriState.No : TriState.Unknown,
            };
        }

        private RedFlagItems ScreenedClear()
        {
            var complete = Chance(0.92);
            var no = complete ? TriState.No : TriState.Unknown;
            return new RedFlagItems
            {
                BladderDisturbance = TriState.No, BowelDisturbance = no, SaddleAnaesthesia = TriState.No, SexualDysfunction = no,
                BilateralNeurologicalSymptoms = TriState.No, FeverOrSystemicallyUnwell = Tri(0, 0.9), SpinalInfectionRisk = Tri(0, 0.9),
                CancerHistory = Tri(0.03, 0.9), UnexplainedWeightLoss = Tri(0, 0.9), NonMechanicalPain = Tri(0, 0.9), SignificantTrauma = Tri(0, 0.92),
                FirstEpisodeAgedOver50 = Tri(0.05, 0.8), InflammatoryBackPainFeatures = Tri(0.02, 0.8),
            };
        }

        private Medications Medicines()
        {
            var reviewed = Chance(0.9);
            var entries = new List<MedicationEntry>();
            if (Chance(0.35))
            {
                foreach (var cls in Subset([MedicationClass.NsaidOral, MedicationClass.Fluoroquinolone, MedicationClass.AnticoagulantDoac,
                             MedicationClass.AnticoagulantWarfarin, MedicationClass.Antiplatelet, MedicationClass.SystemicCorticosteroid,
                             MedicationClass.Ssri, MedicationClass.AceInhibitorOrArb, MedicationClass.Diuretic, MedicationClass.Gabapentinoid,
                             MedicationClass.Opioid, MedicationClass.Other], 0.2))
                {
                    var current = Chance(0.7);
                    entries.Add(new MedicationEntry
                    {
                        Class = cls, Status = current ? MedicationStatus.Current : MedicationStatus.Stopped,
                        DaysSinceLastDose = current ? 0 : Pick(3, 20, 45, 90, 400),
                        IndicationIsSciatica = cls is MedicationClass.Gabapentinoid or MedicationClass.Opioid ? Tri(0.5, 0.4) : TriState.Unknown,
                    });
                }
            }
            return new Medications { Reviewed = reviewed, Entries = entries };
        }

        private Comorbidities Comorbid()
        {
            var reviewed = Chance(0.9);
            if (!Chance(0.3)) return new Comorbidities { Reviewed = reviewed };
            return new Comorbidities
            {
                Reviewed = reviewed,
                ChronicKidneyDisease = Chance(0.2) ? new ChronicKidneyDisease { EgfrMlMin = Between(10, 95) } : null,
                HeartFailure = Chance(0.1) ? Pick(HeartFailureSeverity.Mild, HeartFailureSeverity.Moderate, HeartFailureSeverity.Severe) : null,
                GiBleedHistory = Chance(0.1), PepticUlcerActive = Chance(0.03), PepticUlcerHistory = Chance(0.08),
                EstablishedCardiovascularDisease = Chance(0.15), HypertensionUncontrolled = Chance(0.05), RecentCabg = Chance(0.01),
                NsaidHypersensitivityOrAspirinAsthma = Chance(0.05), LiverCirrhosisOrSevereHepaticImpairment = Chance(0.02),
                InflammatoryBowelDisease = Chance(0.03), Diabetes = Chance(0.2) ? Pick(DiabetesControl.Controlled, DiabetesControl.Uncontrolled) : null,
                Coagulopathy = Chance(0.02), Osteoporosis = Chance(0.1), CardiacPacemakerOrImplantedDevice = Chance(0.04),
                SolidOrganTransplant = Chance(0.01), ColdHypersensitivity = Chance(0.03),
            };
        }

        private PriorTreatment[] Treatments()
        {
            if (!Chance(0.45)) return [];
            var list = new List<PriorTreatment>();
            foreach (var type in Subset([TreatmentType.StructuredLoading, TreatmentType.EducationLoadManagement, TreatmentType.GeneralPhysiotherapy,
                         TreatmentType.NsaidOral, TreatmentType.CorticosteroidInjection, TreatmentType.Eswt, TreatmentType.RestOnly], 0.3))
            {
                var dosed = type is TreatmentType.CorticosteroidInjection or TreatmentType.Eswt;
                var ago = Pick(0, 0, 2, 6, 12, 30);
                var response = Pick(TreatmentResponse.Unknown, TreatmentResponse.NoChange, TreatmentResponse.ImprovedInsufficient,
                    TreatmentResponse.ImprovedSufficient, TreatmentResponse.Worse, TreatmentResponse.Resolved);
                if (ago == 0 && response == TreatmentResponse.Resolved) response = TreatmentResponse.ImprovedInsufficient;
                list.Add(new PriorTreatment
                {
                    Type = type, DurationWeeks = dosed ? 0 : Pick(2, 4, 6, 8, 12, 16), WeeksAgoEnded = ago, Documented = Chance(0.8),
                    Adherence = Pick(Adherence.Unknown, Adherence.Good, Adherence.Partial, Adherence.Poor), Response = response,
                    Supervised = Tri(0.5, 0.3),
                    Count = dosed ? Between(1, 3) : null,
                    WeeksSinceLast = dosed ? ago + Between(0, 4) : null,
                });
            }
            return [.. list];
        }
    }
}
