namespace Tendinopathy.Rules;

/// <summary>
/// Everything recorded about one patient at one visit: the input of <see cref="PathwayEngine.Evaluate"/>.
/// Groups follow PATHWAY.md section 2. An omitted group means every fact in it is unknown, never negative.
/// </summary>
public sealed record PatientCase
{
    /// <summary>Optional identifier echoed in the result (for cohorts and audit); never used by a rule.</summary>
    public string? CaseId { get; init; }

    /// <summary>Demographics (PATHWAY.md 2.1).</summary>
    public PatientDetails Patient { get; init; } = new();

    /// <summary>History and onset (PATHWAY.md 2.2).</summary>
    public History History { get; init; } = new();

    /// <summary>Pain location, aggravators and pain scores (PATHWAY.md 2.3).</summary>
    public Pain Pain { get; init; } = new();

    /// <summary>Neurological symptoms and signs (PATHWAY.md 2.4).</summary>
    public Neurology Neuro { get; init; } = new();

    /// <summary>Red-flag items RFI-01…RFI-13 (PATHWAY.md 2.5).</summary>
    public RedFlagItems RedFlags { get; init; } = new();

    /// <summary>Medicines (PATHWAY.md 2.6).</summary>
    public Medications Medications { get; init; } = new();

    /// <summary>Comorbidities (PATHWAY.md 2.7).</summary>
    public Comorbidities Comorbidities { get; init; } = new();

    /// <summary>Prior treatment episodes (PATHWAY.md 2.8); unordered.</summary>
    public IReadOnlyList<PriorTreatment> PriorTreatments { get; init; } = [];

    /// <summary>Examination test results (PATHWAY.md 2.9); a test not listed was not performed.</summary>
    public IReadOnlyList<ExamFinding> Examination { get; init; } = [];

    /// <summary>Outcome scores (PATHWAY.md 2.10).</summary>
    public Scores Scores { get; init; } = new();

    /// <summary>Imaging findings (PATHWAY.md 2.11).</summary>
    public Imaging Imaging { get; init; } = new();

    /// <summary>Follow-up state; <see langword="null"/> at a first visit (PATHWAY.md 2.12).</summary>
    public FollowUpState? FollowUp { get; init; }
}

/// <summary>Patient demographics (PATHWAY.md 2.1).</summary>
public sealed record PatientDetails
{
    /// <summary>Age in whole years, 18–120; required (under 18 is out of scope).</summary>
    public int? AgeYears { get; init; }

    /// <summary>Sex; required.</summary>
    public Sex? Sex { get; init; }

    /// <summary>Pregnancy status; must be <see cref="TriState.No"/> when <see cref="Sex"/> is male.</summary>
    public TriState Pregnant { get; init; }

    /// <summary>Gestation in weeks, 1–42; required exactly when <see cref="Pregnant"/> is <see cref="TriState.Yes"/>.</summary>
    public int? GestationWeeks { get; init; }

    /// <summary>Usual activity level.</summary>
    public ActivityLevel ActivityLevel { get; init; }

    /// <summary>Sports (informational).</summary>
    public IReadOnlyList<Sport> Sports { get; init; } = [];
}

/// <summary>History and onset (PATHWAY.md 2.2).</summary>
public sealed record History
{
    /// <summary>How the symptoms began.</summary>
    public Onset Onset { get; init; }

    /// <summary>Whole weeks since onset, 0–1040; required.</summary>
    public int? SymptomWeeks { get; init; }

    /// <summary>Mechanism of injury.</summary>
    public InjuryMechanism Mechanism { get; init; }

    /// <summary>An audible or felt "pop" at injury.</summary>
    public TriState PopFelt { get; init; }

    /// <summary>Posterior thigh bruising (appears days after an avulsion).</summary>
    public TriState PosteriorThighBruising { get; init; }

    /// <summary>Inability to sit or walk normally.</summary>
    public TriState InabilityToSitOrWalkNormally { get; init; }

    /// <summary>Low back pain (switches on the NICE NG59 low-back-pain rules).</summary>
    public TriState LowBackPain { get; init; }

    /// <summary>Leg pain worse than back pain (supportive of radicular pain).</summary>
    public TriState LegPainWorseThanBackPain { get; init; }

    /// <summary>Neurogenic claudication: leg symptoms on walking relieved by sitting or flexion.</summary>
    public TriState NeurogenicClaudication { get; init; }

    /// <summary>Decision recorded after a surgical opinion for a confirmed avulsion; absent means pending.</summary>
    public AvulsionSurgicalDecision AvulsionSurgicalDecision { get; init; }
}

/// <summary>Pain location, aggravating factors and pain scores (PATHWAY.md 2.3). Scores are 0–10 NRS; null = unknown.</summary>
public sealed record Pain
{
    /// <summary>Where the pain is felt (a set).</summary>
    public IReadOnlyList<PainLocation> Locations { get; init; } = [];

    /// <summary>What aggravates the pain (a set).</summary>
    public IReadOnlyList<Aggravator> Aggravators { get; init; } = [];

    /// <summary>Minutes the patient can sit, 0–600; null = unknown.</summary>
    public int? SittingToleranceMinutes { get; init; }

    /// <summary>Worst overall pain in the last 24 h, NRS 0–10 (informational).</summary>
    public int? NrsWorst24h { get; init; }

    /// <summary>Overall pain now, NRS 0–10.</summary>
    public int? NrsNow { get; init; }

    /// <summary>Radicular leg pain, NRS 0–10.</summary>
    public int? LegPainNrs { get; init; }

    /// <summary><see cref="TriState.No"/> when the patient reports the leg pain as not tolerable.</summary>
    public TriState LegPainTolerable { get; init; }

    /// <summary>Pain on the daily load test (default: short-lever single-leg bridge, 3 repetitions), NRS 0–10.</summary>
    public int? LoadTestNrs { get; init; }

    /// <summary>Rest or night pain.</summary>
    public TriState RestOrNightPain { get; init; }
}

/// <summary>Neurological symptoms and signs (PATHWAY.md 2.4).</summary>
public sealed record Neurology
{
    /// <summary>Leg pain extending below the knee.</summary>
    public TriState RadiatingBelowKnee { get; init; }

    /// <summary>Paraesthesia; dermatomes in <see cref="ParaesthesiaDermatomes"/>.</summary>
    public TriState DermatomalParaesthesia { get; init; }

    /// <summary>Dermatomes of the paraesthesia (a set).</summary>
    public IReadOnlyList<Dermatome> ParaesthesiaDermatomes { get; init; } = [];

    /// <summary>Posterior thigh paraesthesia or burning (typical of sciatic irritation at the ischium).</summary>
    public TriState PosteriorThighParaesthesiaOrBurning { get; init; }

    /// <summary>Objective sensory loss; dermatomes in <see cref="SensoryLossDermatomes"/>.</summary>
    public TriState SensoryLossObjective { get; init; }

    /// <summary>Dermatomes of the objective sensory loss (a set).</summary>
    public IReadOnlyList<Dermatome> SensoryLossDermatomes { get; init; } = [];

    /// <summary>Lowest MRC grade (0–5) of a nerve-root myotome; null = not graded. Requires <see cref="ExamRecorded"/>.</summary>
    public int? WorstMyotomeMrc { get; init; }

    /// <summary>Weakness worsening over hours to days.</summary>
    public TriState WeaknessProgressive { get; init; }

    /// <summary>A reduced or absent reflex; which in <see cref="ReflexesAffected"/>.</summary>
    public TriState ReflexChange { get; init; }

    /// <summary>Reflexes affected (a set).</summary>
    public IReadOnlyList<Reflex> ReflexesAffected { get; init; } = [];

    /// <summary>Power, sensation and reflexes were examined.</summary>
    public bool ExamRecorded { get; init; }
}

/// <summary>Red-flag items RFI-01…RFI-13 and the bladder scan (PATHWAY.md 2.5).</summary>
public sealed record RedFlagItems
{
    /// <summary>RFI-01: new bladder disturbance (retention, hesitancy, poor stream, loss of filling sensation, incontinence).</summary>
    public TriState BladderDisturbance { get; init; }

    /// <summary>RFI-02: new bowel disturbance (faecal incontinence, loss of rectal sensation or control).</summary>
    public TriState BowelDisturbance { get; init; }

    /// <summary>RFI-03: saddle (perianal, perineal or genital) numbness or altered sensation.</summary>
    public TriState SaddleAnaesthesia { get; init; }

    /// <summary>RFI-04: new sexual dysfunction.</summary>
    public TriState SexualDysfunction { get; init; }

    /// <summary>RFI-05: bilateral radicular leg pain, or neurological symptoms or deficit in both legs.</summary>
    public TriState BilateralNeurologicalSymptoms { get; init; }

    /// <summary>RFI-06: fever, rigors or feeling systemically unwell.</summary>
    public TriState FeverOrSystemicallyUnwell { get; init; }

    /// <summary>RFI-07: spinal-infection risk (IV drug use, immunosuppression, recent spinal procedure or bacterial infection).</summary>
    public TriState SpinalInfectionRisk { get; init; }

    /// <summary>RFI-08: past or current cancer.</summary>
    public TriState CancerHistory { get; init; }

    /// <summary>RFI-09: unexplained weight loss.</summary>
    public TriState UnexplainedWeightLoss { get; init; }

    /// <summary>RFI-10: non-mechanical pain (constant, progressive, not eased by rest or position; severe night pain).</summary>
    public TriState NonMechanicalPain { get; init; }

    /// <summary>RFI-11: significant trauma, or minor trauma with osteoporosis or long-term corticosteroid use.</summary>
    public TriState SignificantTrauma { get; init; }

    /// <summary>RFI-12: age 50 or over with a first-ever episode (contributory only).</summary>
    public TriState FirstEpisodeAgedOver50 { get; init; }

    /// <summary>RFI-13: inflammatory back-pain features.</summary>
    public TriState InflammatoryBackPainFeatures { get; init; }

    /// <summary>Post-void residual bladder volume in mL, 0–3000; null = not measured.</summary>
    public int? PostVoidResidualMl { get; init; }
}

/// <summary>The medication list (PATHWAY.md 2.6).</summary>
public sealed record Medications
{
    /// <summary>Whether the list was reviewed; required. <see langword="false"/> means absence of a class is unknown.</summary>
    public bool? Reviewed { get; init; }

    /// <summary>Recorded medicines; they always count, reviewed or not.</summary>
    public IReadOnlyList<MedicationEntry> Entries { get; init; } = [];
}

/// <summary>One recorded medicine (PATHWAY.md 2.6).</summary>
public sealed record MedicationEntry
{
    /// <summary>Class of the medicine; required.</summary>
    public MedicationClass? Class { get; init; }

    /// <summary>Optional name (e.g. "ciprofloxacin"); never read by a rule.</summary>
    public string? Name { get; init; }

    /// <summary>Current or stopped; required.</summary>
    public MedicationStatus? Status { get; init; }

    /// <summary>Days since the last dose, 0–36500; 0 when current.</summary>
    public int DaysSinceLastDose { get; init; }

    /// <summary>Whether the medicine was prescribed for sciatica.</summary>
    public TriState IndicationIsSciatica { get; init; }
}

/// <summary>Comorbidities (PATHWAY.md 2.7). Each is present or absent; unknown only through <see cref="Reviewed"/> = false.</summary>
public sealed record Comorbidities
{
    /// <summary>Whether comorbidities were reviewed; required.</summary>
    public bool? Reviewed { get; init; }

    /// <summary>Chronic kidney disease, with eGFR and/or KDIGO stage; null = absent.</summary>
    public ChronicKidneyDisease? ChronicKidneyDisease { get; init; }

    /// <summary>Heart failure severity; null = absent.</summary>
    public HeartFailureSeverity? HeartFailure { get; init; }

    /// <summary>History of gastrointestinal bleeding.</summary>
    public bool GiBleedHistory { get; init; }

    /// <summary>Active peptic ulcer.</summary>
    public bool PepticUlcerActive { get; init; }

    /// <summary>History of peptic ulcer.</summary>
    public bool PepticUlcerHistory { get; init; }

    /// <summary>Established cardiovascular disease (ischaemic heart disease, stroke/TIA, peripheral arterial disease).</summary>
    public bool EstablishedCardiovascularDisease { get; init; }

    /// <summary>Uncontrolled hypertension.</summary>
    public bool HypertensionUncontrolled { get; init; }

    /// <summary>Coronary artery bypass graft within 3 months.</summary>
    public bool RecentCabg { get; init; }

    /// <summary>NSAID hypersensitivity or aspirin-sensitive asthma.</summary>
    public bool NsaidHypersensitivityOrAspirinAsthma { get; init; }

    /// <summary>Liver cirrhosis or severe hepatic impairment.</summary>
    public bool LiverCirrhosisOrSevereHepaticImpairment { get; init; }

    /// <summary>Inflammatory bowel disease.</summary>
    public bool InflammatoryBowelDisease { get; init; }

    /// <summary>Diabetes and its control; null = absent.</summary>
    public DiabetesControl? Diabetes { get; init; }

    /// <summary>Coagulopathy.</summary>
    public bool Coagulopathy { get; init; }

    /// <summary>Active malignancy near the treatment site.</summary>
    public bool ActiveMalignancyNearTreatmentSite { get; init; }

    /// <summary>Skin or soft-tissue infection at the treatment site.</summary>
    public bool LocalSkinOrSoftTissueInfectionAtSite { get; init; }

    /// <summary>Open wound or broken skin at the treatment site.</summary>
    public bool OpenWoundOrBrokenSkinAtSite { get; init; }

    /// <summary>Cold hypersensitivity (Raynaud's, cold urticaria, cryoglobulinaemia).</summary>
    public bool ColdHypersensitivity { get; init; }

    /// <summary>Reduced skin sensation at the treatment site.</summary>
    public bool ReducedSkinSensationAtSite { get; init; }

    /// <summary>Peripheral vascular compromise.</summary>
    public bool PeripheralVascularCompromise { get; init; }

    /// <summary>Solid-organ transplant.</summary>
    public bool SolidOrganTransplant { get; init; }

    /// <summary>Osteoporosis (informational).</summary>
    public bool Osteoporosis { get; init; }

    /// <summary>Cardiac pacemaker or another implanted device.</summary>
    public bool CardiacPacemakerOrImplantedDevice { get; init; }
}

/// <summary>Chronic kidney disease detail: at least one of eGFR and stage is required, and they must agree (PATHWAY.md 2.13).</summary>
public sealed record ChronicKidneyDisease
{
    /// <summary>Estimated GFR in mL/min, 0–200.</summary>
    public int? EgfrMlMin { get; init; }

    /// <summary>KDIGO GFR category.</summary>
    public CkdStage? Stage { get; init; }
}

/// <summary>One prior treatment episode (PATHWAY.md 2.8).</summary>
public sealed record PriorTreatment
{
    /// <summary>Treatment type; required.</summary>
    public TreatmentType? Type { get; init; }

    /// <summary>Duration in weeks, 0–520; required; 0 for injection and ESWT entries (the count carries the dose).</summary>
    public int? DurationWeeks { get; init; }

    /// <summary>Weeks since the episode ended, 0–1040 (0 = ongoing); required.</summary>
    public int? WeeksAgoEnded { get; init; }

    /// <summary>Whether it was supervised (informational).</summary>
    public TriState Supervised { get; init; }

    /// <summary>Whether it is recorded in the clinical record; required.</summary>
    public bool? Documented { get; init; }

    /// <summary>Adherence.</summary>
    public Adherence Adherence { get; init; }

    /// <summary>Response; required (may be <see cref="TreatmentResponse.Unknown"/>).</summary>
    public TreatmentResponse? Response { get; init; }

    /// <summary>Number of injections or ESWT sessions, 1–20.</summary>
    public int? Count { get; init; }

    /// <summary>Weeks since the last injection or session, 0–1040; required for corticosteroid injections.</summary>
    public int? WeeksSinceLast { get; init; }

    /// <summary>Whether a corticosteroid injection was intratendinous (informational).</summary>
    public TriState Intratendinous { get; init; }
}

/// <summary>One examination test result (PATHWAY.md 2.9).</summary>
public sealed record ExamFinding
{
    /// <summary>The test; required.</summary>
    public ExamTest? Test { get; init; }

    /// <summary>The result.</summary>
    public TestResult Result { get; init; }
}

/// <summary>Outcome scores (PATHWAY.md 2.10).</summary>
public sealed record Scores
{
    /// <summary>VISA-H now, 0–100 (higher = better); null = not recorded.</summary>
    public int? VisaH { get; init; }

    /// <summary>First recorded VISA-H, 0–100.</summary>
    public int? VisaHBaseline { get; init; }

    /// <summary>STarT Back risk group.</summary>
    public StartBackRisk StartBackRisk { get; init; }

    /// <summary>Oswestry Disability Index, 0–100 (higher = worse); null = not recorded.</summary>
    public int? Odi { get; init; }
}

/// <summary>Imaging findings (PATHWAY.md 2.11).</summary>
public sealed record Imaging
{
    /// <summary>Modality of the hamstring-origin study; <see cref="HamstringModality.None"/> makes every hamstring finding unknown.</summary>
    public HamstringModality HamstringModality { get; init; }

    /// <summary>Findings of the hamstring study (a set).</summary>
    public IReadOnlyList<HamstringFinding> HamstringFindings { get; init; } = [];

    /// <summary>Number of avulsed tendons, 1–3; required exactly when a complete avulsion is recorded.</summary>
    public int? AvulsedTendonCount { get; init; }

    /// <summary>Tendon retraction in cm, 0.0–30.0 (one decimal); required exactly when a complete avulsion is recorded.</summary>
    public decimal? RetractionCm { get; init; }

    /// <summary>Sciatic nerve signal change or perineural fibrosis on the hamstring study.</summary>
    public TriState SciaticNerveSignalChangeOrPerineuralFibrosis { get; init; }

    /// <summary>Ischiofemoral space in mm, 0–60; null = unknown.</summary>
    public int? IschiofemoralSpaceMm { get; init; }

    /// <summary>Quadratus femoris oedema.</summary>
    public TriState QuadratusFemorisOedema { get; init; }

    /// <summary>Lumbar MRI and its findings.</summary>
    public LumbarMri LumbarMri { get; init; } = new();

    /// <summary>Pelvic MRI / MR neurography of the sciatic nerve.</summary>
    public PelvicMriSciaticNerve PelvicMriSciaticNerve { get; init; }
}

/// <summary>Lumbar MRI (PATHWAY.md 2.11). With <see cref="LumbarMriStatus.NotDone"/> every finding must stay unknown.</summary>
public sealed record LumbarMri
{
    /// <summary>Whether the MRI was done.</summary>
    public LumbarMriStatus Status { get; init; }

    /// <summary>Disc herniation or foraminal stenosis (informational).</summary>
    public TriState DiscHerniationOrForaminalStenosis { get; init; }

    /// <summary>Nerve-root compression.</summary>
    public TriState NerveRootCompression { get; init; }

    /// <summary>Level and side match the clinical picture.</summary>
    public TriState ConcordantWithSymptoms { get; init; }

    /// <summary>Central canal stenosis.</summary>
    public TriState CentralCanalStenosis { get; init; }

    /// <summary>Cauda equina compression.</summary>
    public TriState CaudaEquinaCompression { get; init; }

    /// <summary>Suspicious lesion (tumour or infection).</summary>
    public TriState SuspiciousLesion { get; init; }
}

/// <summary>Follow-up visit state (PATHWAY.md 2.12); present only at a follow-up.</summary>
public sealed record FollowUpState
{
    /// <summary>Visit number, 2 or more (informational).</summary>
    public int? VisitNumber { get; init; }

    /// <summary>Current loading phase; required at a follow-up (<see cref="LoadingPhase.None"/> = no programme active).</summary>
    public LoadingPhase? CurrentPhase { get; init; }

    /// <summary>Weeks in the current phase, 0–52 (informational).</summary>
    public int? WeeksInPhase { get; init; }

    /// <summary>Sessions at the current load, 0–500 (informational).</summary>
    public int? SessionsAtCurrentLoad { get; init; }

    /// <summary>Worst pain during exercise sessions since the last visit, NRS 0–10.</summary>
    public int? PainDuringLoadingNrs { get; init; }

    /// <summary>Load-test pain the morning after the hardest session, NRS 0–10.</summary>
    public int? LoadTestNextMorningNrs { get; init; }

    /// <summary>Load-test pain before that session (or last stable value), NRS 0–10.</summary>
    public int? LoadTestBaselineNrs { get; init; }

    /// <summary>Week-on-week trend.</summary>
    public WeeklyTrend WeeklyTrend { get; init; }

    /// <summary>Clinician's judgement against the exit criteria of the current phase.</summary>
    public TriState PhaseExitCriteriaMet { get; init; }

    /// <summary>Earlier loading decisions, most recent last (ordered).</summary>
    public IReadOnlyList<LoadingDecisionKind> PreviousDecisions { get; init; } = [];

    /// <summary>Total weeks of structured loading in this episode, 0–520.</summary>
    public int? WeeksOfStructuredLoading { get; init; }

    /// <summary>The patient was already at the easiest level of the current phase.</summary>
    public TriState AtLowestLevelOfPhase { get; init; }
}
