namespace Tendinopathy.Rules.Authoring;

/// <summary>
/// The one coarse fact inserted per case: the validated <see cref="PatientCase"/> with the DER- facts that PATHWAY.md 2.14
/// computes before any rule runs (DER-01…DER-09, DER-15, DER-17), plus O(1) lookups so rule conditions stay cheap.
/// It also carries the per-case result collector that rule actions write to.
/// </summary>
public sealed class CaseFact
{
    private readonly TestResult[] _tests = new TestResult[16];
    private readonly int _locations;
    private readonly int _aggravators;
    private readonly int _findings;
    private readonly int _currentMedications;
    private readonly int _recordedMedications;

    internal CaseFact(PatientCase input, PathwayOptions options, Engine.Collector collector)
    {
        input = Derived.CanonicalCase.Of(input);
        Input = input;
        Options = options;
        Collector = collector;

        foreach (var f in input.Examination)
        {
            if (f.Test is { } t) _tests[(int)t] = f.Result;
        }
        foreach (var l in input.Pain.Locations) _locations |= 1 << (int)l;
        foreach (var a in input.Pain.Aggravators) _aggravators |= 1 << (int)a;
        foreach (var h in input.Imaging.HamstringFindings) _findings |= 1 << (int)h;

        var fqRecent = false;
        foreach (var m in input.Medications.Entries)
        {
            if (m.Class is not { } cls) continue;
            _recordedMedications |= 1 << (int)cls;
            if (m.Status == MedicationStatus.Current) _currentMedications |= 1 << (int)cls;
            if (cls == MedicationClass.Fluoroquinolone &&
                (m.Status == MedicationStatus.Current || m.DaysSinceLastDose <= options.FluoroquinoloneRiskDays))
            {
                fqRecent = true;
            }
        }

        SymptomWeeks = input.History.SymptomWeeks ?? 0;
        AgeYears = input.Patient.AgeYears ?? 0;
        ChronicSymptoms = SymptomWeeks >= options.ChronicWeeks;
        FqCurrent = HasCurrent(MedicationClass.Fluoroquinolone);
        FqRecent = fqRecent;
        Anticoagulated = HasCurrent(MedicationClass.AnticoagulantWarfarin) || HasCurrent(MedicationClass.AnticoagulantDoac) ||
                         HasCurrent(MedicationClass.AnticoagulantHeparin);
        var ckd = input.Comorbidities.ChronicKidneyDisease;
        EgfrBelow60 = ckd is not null && (ckd.EgfrMlMin < 60 || ckd.Stage >= CkdStage.G3a);
        AcuteInjuryWindow = input.History.Onset == Onset.Acute && SymptomWeeks <= options.AvulsionAcuteWeeks;
        PregnancyRelevant = input.Patient.Sex != Sex.Male && AgeYears <= 55;
        IsFollowUp = input.FollowUp is not null;
        CurrentPhase = input.FollowUp?.CurrentPhase ?? LoadingPhase.None;

        int? lastCsi = null;
        foreach (var t in input.PriorTreatments)
        {
            var duration = t.DurationWeeks ?? 0;
            var failed = t.Response is TreatmentResponse.ImprovedInsufficient or TreatmentResponse.NoChange or TreatmentResponse.Worse;
            var documented = t.Documented == true;
            if (t.Type == TreatmentType.StructuredLoading)
            {
                StructuredLoadingWeeks += duration;
                if (documented && failed && t.Adherence is Adherence.Good or Adherence.Partial)
                {
                    FailedConservativeWeeks += duration;
                }
            }
            if (documented && failed && IsNonSurgical(t.Type)) FailedNonSurgicalWeeks += duration;
            if (t.Type == TreatmentType.CorticosteroidInjection && t.WeeksSinceLast is { } since)
            {
                lastCsi = lastCsi is null ? since : Math.Min(lastCsi.Value, since);
                if (since <= options.CorticosteroidInjectionWindowWeeks) CsiCount12m += t.Count ?? 0;
            }
        }
        LastCsiWeeksAgo = lastCsi;
    }

    /// <summary>The validated input.</summary>
    public PatientCase Input { get; }

    /// <summary>The [CFG] thresholds in force.</summary>
    public PathwayOptions Options { get; }

    /// <summary>Per-case sink for alerts, items, prompts and the trace.</summary>
    internal Engine.Collector Collector { get; }

    /// <summary>History.SymptomWeeks (validated, so known).</summary>
    public int SymptomWeeks { get; }
    /// <summary>Patient.AgeYears (validated, so known).</summary>
    public int AgeYears { get; }

    /// <summary>DER-01 ChronicSymptoms.</summary>
    public bool ChronicSymptoms { get; }
    /// <summary>DER-02 FqCurrent.</summary>
    public bool FqCurrent { get; }
    /// <summary>DER-03 FqRecent.</summary>
    public bool FqRecent { get; }
    /// <summary>DER-04 Anticoagulated.</summary>
    public bool Anticoagulated { get; }
    /// <summary>DER-05 EgfrBelow60.</summary>
    public bool EgfrBelow60 { get; }
    /// <summary>DER-06 FailedConservativeWeeks.</summary>
    public int FailedConservativeWeeks { get; }
    /// <summary>DER-08 LastCsiWeeksAgo; null means no prior injection (+infinity).</summary>
    public int? LastCsiWeeksAgo { get; }
    /// <summary>DER-08 CsiCount12m.</summary>
    public int CsiCount12m { get; }
    /// <summary>DER-09 AcuteInjuryWindow (informational).</summary>
    public bool AcuteInjuryWindow { get; }
    /// <summary>DER-15 FailedNonSurgicalWeeks.</summary>
    public int FailedNonSurgicalWeeks { get; }
    /// <summary>DER-17 PregnancyRelevant.</summary>
    public bool PregnancyRelevant { get; }
    /// <summary>Σ DurationWeeks of StructuredLoading entries (ESC-02).</summary>
    public int StructuredLoadingWeeks { get; }

    /// <summary>A FollowUp block is present.</summary>
    public bool IsFollowUp { get; }
    /// <summary>FollowUp.CurrentPhase, or None at a first visit.</summary>
    public LoadingPhase CurrentPhase { get; }
    /// <summary>First visit, or a follow-up with no programme active (LOAD-START, IMG-05 visit condition).</summary>
    public bool IsStartVisit => !IsFollowUp || CurrentPhase == LoadingPhase.None;

    /// <summary>The history group.</summary>
    public History History => Input.History;
    /// <summary>The pain group.</summary>
    public Pain Pain => Input.Pain;
    /// <summary>The neurology group.</summary>
    public Neurology Neuro => Input.Neuro;
    /// <summary>The red-flag items.</summary>
    public RedFlagItems RedFlags => Input.RedFlags;
    /// <summary>The imaging group.</summary>
    public Imaging Imaging => Input.Imaging;
    /// <summary>The lumbar MRI (its findings are Unknown unless <see cref="LumbarMriDone"/>).</summary>
    public LumbarMri Lumbar => Input.Imaging.LumbarMri;
    /// <summary>The comorbidities (recorded ones always count).</summary>
    public Comorbidities Comorbidities => Input.Comorbidities;
    /// <summary>The follow-up state, or null at a first visit.</summary>
    public FollowUpState? FollowUp => Input.FollowUp;
    /// <summary>Medications.Reviewed is true (otherwise absence of a class is Unknown).</summary>
    public bool MedicationsReviewed => Input.Medications.Reviewed == true;
    /// <summary>Comorbidities.Reviewed is true (otherwise absence is Unknown).</summary>
    public bool ComorbiditiesReviewed => Input.Comorbidities.Reviewed == true;

    /// <summary>The result of an examination test (NotPerformed when not listed).</summary>
    /// <param name="test">The test.</param>
    public TestResult Test(ExamTest test) => _tests[(int)test];
    /// <summary>The test was performed and positive.</summary>
    /// <param name="test">The test.</param>
    public bool Positive(ExamTest test) => _tests[(int)test] == TestResult.Positive;
    /// <summary>Pain.Locations contains the location.</summary>
    /// <param name="location">The location.</param>
    public bool HasLocation(PainLocation location) => (_locations & (1 << (int)location)) != 0;
    /// <summary>Pain.Aggravators contains the aggravator.</summary>
    /// <param name="aggravator">The aggravator.</param>
    public bool HasAggravator(Aggravator aggravator) => (_aggravators & (1 << (int)aggravator)) != 0;
    /// <summary>The hamstring study records the finding (false without hamstring imaging).</summary>
    /// <param name="finding">The finding.</param>
    public bool HasFinding(HamstringFinding finding) => (_findings & (1 << (int)finding)) != 0;
    /// <summary>A medicine of the class is current.</summary>
    /// <param name="cls">The medication class.</param>
    public bool HasCurrent(MedicationClass cls) => (_currentMedications & (1 << (int)cls)) != 0;
    /// <summary>A medicine of the class is recorded (current or stopped).</summary>
    /// <param name="cls">The medication class.</param>
    public bool HasRecorded(MedicationClass cls) => (_recordedMedications & (1 << (int)cls)) != 0;

    /// <summary>Hamstring-study findings exist only when a hamstring study was done (3.3).</summary>
    public bool HamstringImaged => Input.Imaging.HamstringModality != HamstringModality.None;
    /// <summary>A lumbar MRI was done.</summary>
    public bool LumbarMriDone => Input.Imaging.LumbarMri.Status == LumbarMriStatus.Done;

    private static bool IsNonSurgical(TreatmentType? type) =>
        type is TreatmentType.StructuredLoading or TreatmentType.GeneralPhysiotherapy or TreatmentType.EducationLoadManagement
            or TreatmentType.NsaidOral or TreatmentType.NsaidTopical;

    /// <inheritdoc />
    public override string ToString() => _description ??= "Case" + (Input.CaseId is null ? string.Empty : " " + Input.CaseId);

    private string? _description;
}
