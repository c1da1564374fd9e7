namespace Tendinopathy.Rules;

/// <summary>
/// The thresholds PATHWAY.md marks [CFG], each with its specification default. They need clinical governance
/// review before real-world use; change them only through a documented local decision.
/// </summary>
public sealed record PathwayOptions
{
    /// <summary>The defaults of PATHWAY.md 1.1.0.</summary>
    public static PathwayOptions Default { get; } = new();

    /// <summary>DER-01: symptoms of at least this many weeks are chronic (default 12).</summary>
    public int ChronicWeeks { get; init; } = 12;

    /// <summary>DER-03: a fluoroquinolone stopped within this many days counts as recent (default 60).</summary>
    public int FluoroquinoloneRiskDays { get; init; } = 60;

    /// <summary>DER-08: window in weeks for counting corticosteroid injections (default 52).</summary>
    public int CorticosteroidInjectionWindowWeeks { get; init; } = 52;

    /// <summary>C-DGS-2, LOAD-START: sitting tolerance below this many minutes is reduced (default 30).</summary>
    public int SittingToleranceMinutes { get; init; } = 30;

    /// <summary>C-IFI-3: an ischiofemoral space below this many mm supports impingement (default 15).</summary>
    public int IschiofemoralSpaceMm { get; init; } = 15;

    /// <summary>IMG-04, AL-01, AV-01, AV-02: the acute avulsion window in weeks (default 4).</summary>
    public int AvulsionAcuteWeeks { get; init; } = 4;

    /// <summary>AV-02: retraction above this many cm with two tendons meets the size criteria (default 2.0).</summary>
    public decimal AvulsionRetractionCm { get; init; } = 2.0m;

    /// <summary>AV-05: persisting pain after non-operative avulsion care is judged at this many weeks (default 26).</summary>
    public int AvulsionPersistingPainWeeks { get; init; } = 26;

    /// <summary>AV-05: NRS now at or above this value counts as persisting pain (default 3).</summary>
    public int AvulsionPersistingPainNrs { get; init; } = 3;

    /// <summary>INJ-01, ESWT-01, ESC-02: weeks of loading before response is judged insufficient (default 6).</summary>
    public int InsufficientLoadingResponseWeeks { get; init; } = 6;

    /// <summary>ESC-04, SURG-01 (Consider), DNO-34, IMG-10: weeks of failed conservative care (default 12).</summary>
    public int SurgicalOpinionConsiderWeeks { get; init; } = 12;

    /// <summary>ESC-05, SURG-01 (Recommend): weeks of failed conservative care (default 26).</summary>
    public int SurgicalOpinionRecommendWeeks { get; init; } = 26;

    /// <summary>ESC-02, P4 exit: smallest meaningful VISA-H change in points (default 10; no validated MCID).</summary>
    public int VisaHMeaningfulChange { get; init; } = 10;

    /// <summary>SCI-08: sciatica of fewer than this many weeks is acute (default 12).</summary>
    public int EpiduralAcuteWeeks { get; init; } = 12;

    /// <summary>SCI-08: leg pain NRS at or above this value is severe (default 7).</summary>
    public int EpiduralSevereLegPainNrs { get; init; } = 7;

    /// <summary>SCI-08: ODI at or above this value is severe (default 41).</summary>
    public int EpiduralSevereOdi { get; init; } = 41;

    /// <summary>SCI-09, IMG-06: weeks of failed non-surgical care (default 6).</summary>
    public int SpinalReferralFailedWeeks { get; init; } = 6;

    /// <summary>ESC-06, DGS-02: symptom weeks before specialist referral is considered (default 6).</summary>
    public int SpecialistReferralWeeks { get; init; } = 6;

    /// <summary>ESC-07: weeks of failed non-surgical care before a DGS decompression opinion (default 12).</summary>
    public int DeepGlutealDecompressionWeeks { get; init; } = 12;

    /// <summary>CI-CSI: corticosteroid injections allowed in the window before another is blocked (blocks at this count; default 2).</summary>
    public int CorticosteroidInjectionMaxPerWindow { get; init; } = 2;

    /// <summary>CI-CSI: minimum weeks between corticosteroid injections (default 12).</summary>
    public int CorticosteroidInjectionMinIntervalWeeks { get; init; } = 12;

    /// <summary>CI-CSI, CI-ESWT: minimum weeks between shockwave and a corticosteroid injection (default 6).</summary>
    public int InjectionShockwaveSeparationWeeks { get; init; } = 6;

    /// <summary>SYM-02, ESC-01: review an oral NSAID within this many days (default 14).</summary>
    public int NsaidReviewDays { get; init; } = 14;

    /// <summary>IMG-04: target days for the avulsion MRI (default 7).</summary>
    public int AvulsionMriTargetDays { get; init; } = 7;

    /// <summary>Checks that every threshold is in a sensible range and that paired thresholds are ordered.</summary>
    /// <returns>One message per problem; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        void Range(string name, decimal value, decimal min, decimal max)
        {
            if (value < min || value > max) problems.Add($"{name} must be between {min} and {max} (was {value}).");
        }

        Range(nameof(ChronicWeeks), ChronicWeeks, 1, 520);
        Range(nameof(FluoroquinoloneRiskDays), FluoroquinoloneRiskDays, 0, 3650);
        Range(nameof(CorticosteroidInjectionWindowWeeks), CorticosteroidInjectionWindowWeeks, 1, 520);
        Range(nameof(SittingToleranceMinutes), SittingToleranceMinutes, 0, 600);
        Range(nameof(IschiofemoralSpaceMm), IschiofemoralSpaceMm, 0, 60);
        Range(nameof(AvulsionAcuteWeeks), AvulsionAcuteWeeks, 0, 52);
        Range(nameof(AvulsionRetractionCm), AvulsionRetractionCm, 0, 30);
        Range(nameof(AvulsionPersistingPainWeeks), AvulsionPersistingPainWeeks, 1, 520);
        Range(nameof(AvulsionPersistingPainNrs), AvulsionPersistingPainNrs, 0, 10);
        Range(nameof(InsufficientLoadingResponseWeeks), InsufficientLoadingResponseWeeks, 1, 520);
        Range(nameof(SurgicalOpinionConsiderWeeks), SurgicalOpinionConsiderWeeks, 1, 520);
        Range(nameof(SurgicalOpinionRecommendWeeks), SurgicalOpinionRecommendWeeks, 1, 520);
        Range(nameof(VisaHMeaningfulChange), VisaHMeaningfulChange, 1, 100);
        Range(nameof(EpiduralAcuteWeeks), EpiduralAcuteWeeks, 1, 520);
        Range(nameof(EpiduralSevereLegPainNrs), EpiduralSevereLegPainNrs, 0, 10);
        Range(nameof(EpiduralSevereOdi), EpiduralSevereOdi, 0, 100);
        Range(nameof(SpinalReferralFailedWeeks), SpinalReferralFailedWeeks, 1, 520);
        Range(nameof(SpecialistReferralWeeks), SpecialistReferralWeeks, 1, 520);
        Range(nameof(DeepGlutealDecompressionWeeks), DeepGlutealDecompressionWeeks, 1, 520);
        Range(nameof(CorticosteroidInjectionMaxPerWindow), CorticosteroidInjectionMaxPerWindow, 1, 20);
        Range(nameof(CorticosteroidInjectionMinIntervalWeeks), CorticosteroidInjectionMinIntervalWeeks, 0, 520);
        Range(nameof(InjectionShockwaveSeparationWeeks), InjectionShockwaveSeparationWeeks, 0, 520);
        Range(nameof(NsaidReviewDays), NsaidReviewDays, 1, 365);
        Range(nameof(AvulsionMriTargetDays), AvulsionMriTargetDays, 1, 60);
        if (SurgicalOpinionRecommendWeeks < SurgicalOpinionConsiderWeeks)
        {
            problems.Add($"{nameof(SurgicalOpinionRecommendWeeks)} ({SurgicalOpinionRecommendWeeks}) must not be below {nameof(SurgicalOpinionConsiderWeeks)} ({SurgicalOpinionConsiderWeeks}).");
        }
        return problems;
    }
}
