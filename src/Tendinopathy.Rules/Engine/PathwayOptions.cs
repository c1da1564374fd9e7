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

    /// <summary>LM-02: break up sustained sitting at least every this many minutes, lower bound (default 20; EO).</summary>
    public int SittingBreakMinMinutes { get; init; } = 20;

    /// <summary>LM-02: break up sustained sitting at least every this many minutes, upper bound (default 30; EO).</summary>
    public int SittingBreakMaxMinutes { get; init; } = 30;

    /// <summary>LOAD-START: a load-test pain at or above this NRS starts loading in P1 (default 4; EO).</summary>
    public int StartInP1LoadTestNrs { get; init; } = 4;

    /// <summary>LOAD-START: a current pain (NRS now) at or above this value starts loading in P1 (default 5; EO).</summary>
    public int StartInP1NrsNow { get; init; } = 5;

    /// <summary>
    /// PMM-05, PMM-06 and the phase exit criteria (4.3): pain during loading and on the load test at or below this NRS is
    /// tolerated well enough to progress (default 3; EO).
    /// </summary>
    public int LoadToleranceNrs { get; init; } = 3;

    /// <summary>PMM-02: pain during loading at or above this NRS regresses the programme (default 6, i.e. up to 5/10 is acceptable; EO).</summary>
    public int PainDuringLoadingRegressNrs { get; init; } = 6;

    /// <summary>P1 exit (4.3): the next-morning response must have been settled for at least this many weeks (default 1; EO).</summary>
    public int P1ExitSettledWeeks { get; init; } = 1;

    /// <summary>P2 exit (4.3): strength limb symmetry, where measured, of at least this percentage (default 80; EO).</summary>
    public int P2ExitLimbSymmetryPercent { get; init; } = 80;

    /// <summary>P3 exit (4.3): sitting tolerance of at least this many minutes (default 60; EO).</summary>
    public int P3ExitSittingToleranceMinutes { get; init; } = 60;

    /// <summary>FU-01: early review interval, lower bound in weeks (default 1; EO).</summary>
    public int EarlyReviewMinWeeks { get; init; } = 1;

    /// <summary>FU-01: early review interval, upper bound in weeks (default 2; EO).</summary>
    public int EarlyReviewMaxWeeks { get; init; } = 2;

    /// <summary>FU-02, FU-03: routine review interval, lower bound in weeks (default 2; EO).</summary>
    public int RoutineReviewMinWeeks { get; init; } = 2;

    /// <summary>FU-02, FU-03: routine review interval, upper bound in weeks (default 4; EO).</summary>
    public int RoutineReviewMaxWeeks { get; init; } = 4;

    /// <summary>FU-05: review a suspected or pending avulsion within this many weeks (default 1; EO).</summary>
    public int AvulsionReviewWeeks { get; init; } = 1;

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
        Range(nameof(SittingBreakMinMinutes), SittingBreakMinMinutes, 1, 240);
        Range(nameof(SittingBreakMaxMinutes), SittingBreakMaxMinutes, 1, 240);
        Range(nameof(StartInP1LoadTestNrs), StartInP1LoadTestNrs, 0, 10);
        Range(nameof(StartInP1NrsNow), StartInP1NrsNow, 0, 10);
        Range(nameof(LoadToleranceNrs), LoadToleranceNrs, 0, 10);
        Range(nameof(PainDuringLoadingRegressNrs), PainDuringLoadingRegressNrs, 1, 11);
        Range(nameof(P1ExitSettledWeeks), P1ExitSettledWeeks, 0, 52);
        Range(nameof(P2ExitLimbSymmetryPercent), P2ExitLimbSymmetryPercent, 0, 100);
        Range(nameof(P3ExitSittingToleranceMinutes), P3ExitSittingToleranceMinutes, 0, 600);
        Range(nameof(EarlyReviewMinWeeks), EarlyReviewMinWeeks, 0, 52);
        Range(nameof(EarlyReviewMaxWeeks), EarlyReviewMaxWeeks, 0, 52);
        Range(nameof(RoutineReviewMinWeeks), RoutineReviewMinWeeks, 0, 52);
        Range(nameof(RoutineReviewMaxWeeks), RoutineReviewMaxWeeks, 0, 52);
        Range(nameof(AvulsionReviewWeeks), AvulsionReviewWeeks, 0, 52);
        void Ordered(string low, int lowValue, string high, int highValue)
        {
            if (highValue < lowValue) problems.Add($"{high} ({highValue}) must not be below {low} ({lowValue}).");
        }

        Ordered(nameof(SittingBreakMinMinutes), SittingBreakMinMinutes, nameof(SittingBreakMaxMinutes), SittingBreakMaxMinutes);
        Ordered(nameof(EarlyReviewMinWeeks), EarlyReviewMinWeeks, nameof(EarlyReviewMaxWeeks), EarlyReviewMaxWeeks);
        Ordered(nameof(RoutineReviewMinWeeks), RoutineReviewMinWeeks, nameof(RoutineReviewMaxWeeks), RoutineReviewMaxWeeks);
        if (PainDuringLoadingRegressNrs <= LoadToleranceNrs)
        {
            problems.Add($"{nameof(PainDuringLoadingRegressNrs)} ({PainDuringLoadingRegressNrs}) must be above {nameof(LoadToleranceNrs)} ({LoadToleranceNrs}).");
        }
        if (SurgicalOpinionRecommendWeeks < SurgicalOpinionConsiderWeeks)
        {
            problems.Add($"{nameof(SurgicalOpinionRecommendWeeks)} ({SurgicalOpinionRecommendWeeks}) must not be below {nameof(SurgicalOpinionConsiderWeeks)} ({SurgicalOpinionConsiderWeeks}).");
        }
        return problems;
    }
}
