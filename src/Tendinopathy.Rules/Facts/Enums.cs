namespace Tendinopathy.Rules;

/// <summary>A clinical yes/no fact that may be unknown (PATHWAY.md 0.1). <see cref="Unknown"/> is never read as <see cref="No"/>.</summary>
public enum TriState
{
    /// <summary>Not asked, not recorded or not known. The default, so an omitted fact is never a silent "no".</summary>
    Unknown = 0,
    /// <summary>Known to be absent.</summary>
    No = 1,
    /// <summary>Known to be present.</summary>
    Yes = 2,
}

/// <summary>Result of an examination test (PATHWAY.md 2.9). <see cref="NotPerformed"/> is never read as <see cref="Negative"/>.</summary>
public enum TestResult
{
    /// <summary>The test was not done (the default).</summary>
    NotPerformed = 0,
    /// <summary>The test was done and did not reproduce the symptom.</summary>
    Negative = 1,
    /// <summary>The test was done and reproduced the symptom.</summary>
    Positive = 2,
}

/// <summary>Sex recorded for the patient (PATHWAY.md 2.1).</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    Female = 1,
    /// <summary>Male.</summary>
    Male = 2,
    /// <summary>Other or not stated as female/male.</summary>
    Other = 3,
}

/// <summary>Usual activity level (PATHWAY.md 2.1); used for the avulsion surgical-opinion urgency.</summary>
public enum ActivityLevel
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,
    /// <summary>Sedentary.</summary>
    Sedentary = 1,
    /// <summary>Recreational sport.</summary>
    Recreational = 2,
    /// <summary>Competitive sport.</summary>
    Competitive = 3,
    /// <summary>Professional sport.</summary>
    Professional = 4,
}

/// <summary>Sports the patient takes part in (PATHWAY.md 2.1; informational).</summary>
public enum Sport
{
    /// <summary>Distance running.</summary>
    Running = 1,
    /// <summary>Sprinting.</summary>
    Sprinting = 2,
    /// <summary>Field sports.</summary>
    FieldSport = 3,
    /// <summary>Water skiing.</summary>
    WaterSkiing = 4,
    /// <summary>Dance.</summary>
    Dance = 5,
    /// <summary>Cycling.</summary>
    Cycling = 6,
    /// <summary>Any other sport.</summary>
    Other = 7,
}

/// <summary>How the symptoms began (PATHWAY.md 2.2).</summary>
public enum Onset
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,
    /// <summary>Gradual, without an identifiable moment of injury.</summary>
    Insidious = 1,
    /// <summary>An identifiable moment of injury.</summary>
    Acute = 2,
}

/// <summary>Mechanism of injury (PATHWAY.md 2.2).</summary>
public enum InjuryMechanism
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,
    /// <summary>Sudden hip flexion with the knee extended (e.g. water-ski pull).</summary>
    SuddenHipFlexionKneeExtended = 1,
    /// <summary>Forceful eccentric contraction while sprinting.</summary>
    ForcefulEccentricSprint = 2,
    /// <summary>Slip or fall into the splits.</summary>
    FallIntoSplits = 3,
    /// <summary>Lifting.</summary>
    Lifting = 4,
    /// <summary>Another mechanism.</summary>
    Other = 5,
    /// <summary>Asked, and no mechanism is known.</summary>
    NoneKnown = 6,
}

/// <summary>The decision recorded after a surgical opinion for a confirmed avulsion (PATHWAY.md 2.2).</summary>
public enum AvulsionSurgicalDecision
{
    /// <summary>No decision yet (the default).</summary>
    Pending = 0,
    /// <summary>Operative management chosen (post-operative care is out of scope).</summary>
    Operative = 1,
    /// <summary>Non-operative management chosen.</summary>
    NonOperative = 2,
}

/// <summary>Where the pain is felt (PATHWAY.md 2.3).</summary>
public enum PainLocation
{
    /// <summary>Lower gluteal region over the ischial tuberosity (sitting bone).</summary>
    LowerGlutealIschial = 1,
    /// <summary>Deep buttock around the sciatic notch.</summary>
    DeepButtockSciaticNotch = 2,
    /// <summary>Lateral to the ischium.</summary>
    LateralToIschium = 3,
    /// <summary>Posterior thigh above the knee.</summary>
    PosteriorThighAboveKnee = 4,
    /// <summary>Below the knee.</summary>
    BelowKnee = 5,
    /// <summary>Low back.</summary>
    LowBack = 6,
    /// <summary>Both sides (informational).</summary>
    Bilateral = 7,
}

/// <summary>Activities that aggravate the pain (PATHWAY.md 2.3).</summary>
public enum Aggravator
{
    /// <summary>Sitting.</summary>
    Sitting = 1,
    /// <summary>Sitting on a hard surface.</summary>
    SittingHardSurface = 2,
    /// <summary>Running.</summary>
    Running = 3,
    /// <summary>Acceleration or sprinting.</summary>
    AccelerationSprinting = 4,
    /// <summary>Hill running.</summary>
    HillRunning = 5,
    /// <summary>Lunging.</summary>
    Lunging = 6,
    /// <summary>Squatting.</summary>
    Squatting = 7,
    /// <summary>Hamstring stretching.</summary>
    HamstringStretching = 8,
    /// <summary>Bending forward with straight knees.</summary>
    BendingForwardStraightKnees = 9,
    /// <summary>Driving.</summary>
    Driving = 10,
    /// <summary>Walking with long strides.</summary>
    LongStrideWalking = 11,
    /// <summary>Coughing, sneezing or straining.</summary>
    CoughSneezeStrain = 12,
}

/// <summary>Dermatome of a sensory symptom or sign (PATHWAY.md 2.4).</summary>
public enum Dermatome
{
    /// <summary>L4.</summary>
    L4 = 1,
    /// <summary>L5.</summary>
    L5 = 2,
    /// <summary>S1.</summary>
    S1 = 3,
    /// <summary>S2.</summary>
    S2 = 4,
    /// <summary>Not in a dermatomal pattern.</summary>
    NonDermatomal = 5,
}

/// <summary>Tendon reflex (PATHWAY.md 2.4).</summary>
public enum Reflex
{
    /// <summary>Knee jerk.</summary>
    Knee = 1,
    /// <summary>Ankle jerk.</summary>
    Ankle = 2,
}

/// <summary>Medication class, a controlled vocabulary (PATHWAY.md 2.6).</summary>
public enum MedicationClass
{
    /// <summary>Fluoroquinolone antibiotic (e.g. ciprofloxacin).</summary>
    Fluoroquinolone = 1,
    /// <summary>Warfarin or another vitamin K antagonist.</summary>
    AnticoagulantWarfarin = 2,
    /// <summary>Direct oral anticoagulant.</summary>
    AnticoagulantDoac = 3,
    /// <summary>Heparin or low-molecular-weight heparin.</summary>
    AnticoagulantHeparin = 4,
    /// <summary>Antiplatelet, including low-dose aspirin.</summary>
    Antiplatelet = 5,
    /// <summary>Systemic (oral or parenteral) corticosteroid.</summary>
    SystemicCorticosteroid = 6,
    /// <summary>Oral NSAID.</summary>
    NsaidOral = 7,
    /// <summary>Selective serotonin reuptake inhibitor.</summary>
    Ssri = 8,
    /// <summary>Serotonin–noradrenaline reuptake inhibitor.</summary>
    Snri = 9,
    /// <summary>Tricyclic antidepressant (informational).</summary>
    TricyclicAntidepressant = 10,
    /// <summary>ACE inhibitor or angiotensin-receptor blocker.</summary>
    AceInhibitorOrArb = 11,
    /// <summary>Diuretic.</summary>
    Diuretic = 12,
    /// <summary>Gabapentin or pregabalin.</summary>
    Gabapentinoid = 13,
    /// <summary>Another antiepileptic.</summary>
    OtherAntiepileptic = 14,
    /// <summary>Benzodiazepine.</summary>
    Benzodiazepine = 15,
    /// <summary>Opioid.</summary>
    Opioid = 16,
    /// <summary>Any other medicine.</summary>
    Other = 17,
}

/// <summary>Whether a medicine is being taken (PATHWAY.md 2.6).</summary>
public enum MedicationStatus
{
    /// <summary>Currently taken.</summary>
    Current = 1,
    /// <summary>Stopped.</summary>
    Stopped = 2,
}

/// <summary>Heart-failure severity (PATHWAY.md 2.7).</summary>
public enum HeartFailureSeverity
{
    /// <summary>Mild.</summary>
    Mild = 1,
    /// <summary>Moderate.</summary>
    Moderate = 2,
    /// <summary>Severe.</summary>
    Severe = 3,
}

/// <summary>KDIGO GFR category of chronic kidney disease (PATHWAY.md 2.7).</summary>
public enum CkdStage
{
    /// <summary>G1: eGFR ≥ 90.</summary>
    G1 = 1,
    /// <summary>G2: eGFR 60–89.</summary>
    G2 = 2,
    /// <summary>G3a: eGFR 45–59.</summary>
    G3a = 3,
    /// <summary>G3b: eGFR 30–44.</summary>
    G3b = 4,
    /// <summary>G4: eGFR 15–29.</summary>
    G4 = 5,
    /// <summary>G5: eGFR &lt; 15.</summary>
    G5 = 6,
}

/// <summary>Diabetes control (PATHWAY.md 2.7).</summary>
public enum DiabetesControl
{
    /// <summary>Controlled.</summary>
    Controlled = 1,
    /// <summary>Uncontrolled.</summary>
    Uncontrolled = 2,
}

/// <summary>Type of a prior treatment episode (PATHWAY.md 2.8).</summary>
public enum TreatmentType
{
    /// <summary>A structured, progressive loading programme.</summary>
    StructuredLoading = 1,
    /// <summary>Education and load management.</summary>
    EducationLoadManagement = 2,
    /// <summary>Rest only (informational).</summary>
    RestOnly = 3,
    /// <summary>Oral NSAID.</summary>
    NsaidOral = 4,
    /// <summary>Topical NSAID.</summary>
    NsaidTopical = 5,
    /// <summary>Cryotherapy (informational).</summary>
    Cryotherapy = 6,
    /// <summary>Corticosteroid injection.</summary>
    CorticosteroidInjection = 7,
    /// <summary>Extracorporeal shockwave therapy.</summary>
    Eswt = 8,
    /// <summary>Platelet-rich plasma injection (informational).</summary>
    Prp = 9,
    /// <summary>General physiotherapy.</summary>
    GeneralPhysiotherapy = 10,
    /// <summary>Epidural injection (informational).</summary>
    EpiduralInjection = 11,
    /// <summary>Surgery (informational).</summary>
    Surgery = 12,
}

/// <summary>Adherence to a prior treatment (PATHWAY.md 2.8).</summary>
public enum Adherence
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,
    /// <summary>Good.</summary>
    Good = 1,
    /// <summary>Partial.</summary>
    Partial = 2,
    /// <summary>Poor.</summary>
    Poor = 3,
}

/// <summary>Response to a prior treatment (PATHWAY.md 2.8).</summary>
public enum TreatmentResponse
{
    /// <summary>Response not known.</summary>
    Unknown = 0,
    /// <summary>Symptoms resolved.</summary>
    Resolved = 1,
    /// <summary>Improved enough.</summary>
    ImprovedSufficient = 2,
    /// <summary>Improved, but not enough.</summary>
    ImprovedInsufficient = 3,
    /// <summary>No change.</summary>
    NoChange = 4,
    /// <summary>Worse.</summary>
    Worse = 5,
}

/// <summary>Examination tests of the PATHWAY.md 2.9 catalogue (the EX- IDs).</summary>
public enum ExamTest
{
    /// <summary>EX-PALP: ischial tuberosity palpation.</summary>
    Palpation = 1,
    /// <summary>EX-SLB: progressive single-leg bridge.</summary>
    SingleLegBridge = 2,
    /// <summary>EX-PO: Puranen–Orava test.</summary>
    PuranenOrava = 3,
    /// <summary>EX-BKS: bent-knee stretch.</summary>
    BentKneeStretch = 4,
    /// <summary>EX-MBKS: modified bent-knee stretch.</summary>
    ModifiedBentKneeStretch = 5,
    /// <summary>EX-SLR: straight-leg raise.</summary>
    StraightLegRaise = 6,
    /// <summary>EX-XSLR: crossed straight-leg raise.</summary>
    CrossedStraightLegRaise = 7,
    /// <summary>EX-SLUMP: slump test.</summary>
    Slump = 8,
    /// <summary>EX-SPST: seated piriformis stretch.</summary>
    SeatedPiriformisStretch = 9,
    /// <summary>EX-APT: active piriformis test.</summary>
    ActivePiriformis = 10,
    /// <summary>EX-LSW: long-stride walking.</summary>
    LongStrideWalking = 11,
    /// <summary>EX-IFI: ischiofemoral impingement test.</summary>
    IschiofemoralImpingement = 12,
    /// <summary>EX-AVGAP: palpable gap or defect below the ischial tuberosity.</summary>
    AvulsionGap = 13,
    /// <summary>EX-NEURO: myotomes, dermatomes, reflexes (findings recorded in the neurological group).</summary>
    NeurologicalExamination = 14,
}

/// <summary>STarT Back risk group (PATHWAY.md 2.10).</summary>
public enum StartBackRisk
{
    /// <summary>Not stratified.</summary>
    Unknown = 0,
    /// <summary>Low risk.</summary>
    Low = 1,
    /// <summary>Medium risk.</summary>
    Medium = 2,
    /// <summary>High risk.</summary>
    High = 3,
}

/// <summary>Imaging modality of the hamstring-origin study (PATHWAY.md 2.11).</summary>
public enum HamstringModality
{
    /// <summary>No hamstring imaging (the default): every hamstring-study finding is unknown.</summary>
    None = 0,
    /// <summary>Ultrasound.</summary>
    Ultrasound = 1,
    /// <summary>MRI.</summary>
    Mri = 2,
}

/// <summary>Findings of the hamstring-origin study (PATHWAY.md 2.11).</summary>
public enum HamstringFinding
{
    /// <summary>Tendinosis.</summary>
    Tendinosis = 1,
    /// <summary>Peritendinous oedema.</summary>
    PeritendinousOedema = 2,
    /// <summary>Ischial bone oedema.</summary>
    IschialBoneOedema = 3,
    /// <summary>Low-grade partial tear.</summary>
    PartialTearLowGrade = 4,
    /// <summary>High-grade partial tear.</summary>
    PartialTearHighGrade = 5,
    /// <summary>Complete avulsion (requires tendon count and retraction).</summary>
    CompleteAvulsion = 6,
}

/// <summary>Whether a lumbar MRI was done (PATHWAY.md 2.11).</summary>
public enum LumbarMriStatus
{
    /// <summary>Not done (the default): every lumbar finding is unknown.</summary>
    NotDone = 0,
    /// <summary>Done.</summary>
    Done = 1,
}

/// <summary>Pelvic MRI / MR neurography of the sciatic nerve (PATHWAY.md 2.11).</summary>
public enum PelvicMriSciaticNerve
{
    /// <summary>Not done (the default): its finding is unknown.</summary>
    NotDone = 0,
    /// <summary>Done, no entrapment.</summary>
    NoEntrapment = 1,
    /// <summary>Done, entrapment or nerve signal change.</summary>
    EntrapmentOrSignalChange = 2,
}

/// <summary>Phase of the staged loading programme (PATHWAY.md 4.3).</summary>
public enum LoadingPhase
{
    /// <summary>No loading programme active.</summary>
    None = 0,
    /// <summary>P1: isometric, low hip flexion.</summary>
    P1 = 1,
    /// <summary>P2: isotonic, minimal hip flexion.</summary>
    P2 = 2,
    /// <summary>P3: isotonic, increasing hip flexion.</summary>
    P3 = 3,
    /// <summary>P4: energy storage and speed.</summary>
    P4 = 4,
    /// <summary>P5: return to sport.</summary>
    P5 = 5,
}

/// <summary>Week-on-week trend of morning pain and load test (PATHWAY.md 2.12).</summary>
public enum WeeklyTrend
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,
    /// <summary>Improving.</summary>
    Improving = 1,
    /// <summary>Stable.</summary>
    Stable = 2,
    /// <summary>Worsening.</summary>
    Worsening = 3,
}

/// <summary>A pain-monitoring decision at a follow-up visit (PATHWAY.md 4.4).</summary>
public enum LoadingDecisionKind
{
    /// <summary>Progress to the next phase.</summary>
    Progress = 1,
    /// <summary>Stay in the current phase.</summary>
    Hold = 2,
    /// <summary>Step back to a tolerated level.</summary>
    Regress = 3,
    /// <summary>Pause loading.</summary>
    Suspend = 4,
}
