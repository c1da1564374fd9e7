using Tendinopathy.Rules.Tests.Diagnosis;
using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Loading;

/// <summary>Cases shared by the load-management, loading, pain-monitoring and follow-up tests (PATHWAY.md 4.2–4.4, 4.12, V09).</summary>
internal static class LoadingCases
{
    /// <summary>V01: pure PHT at a first visit (load test 4/10, so LOAD-START starts in P1).</summary>
    public static CaseBuilder V01() => DiagnosisTests.V01();

    /// <summary>PHT at a first visit with every starting-phase input known and no P1 trigger (V12-like): LOAD-START → P2.</summary>
    public static CaseBuilder P2Start() => DiagnosisTests.V01()
        .Pain(p => p with { NrsNow = 4, LoadTestNrs = 3, SittingToleranceMinutes = 40, RestOrNightPain = TriState.No });

    /// <summary>
    /// V09 base: the V01 patient at visit 4 in P2 (trend Improving, exit criteria Yes, load-test baseline 2, previous
    /// decisions [Progress, Hold], 6 weeks of loading with a sufficient response, VISA-H 66 from 52). Pain during loading and the
    /// next-morning load test are set per sub-case.
    /// </summary>
    public static CaseBuilder V09Base() => DiagnosisTests.V01()
        .SymptomWeeks(16)
        .Scores(s => s with { VisaH = 66, VisaHBaseline = 52 })
        .PriorTreatment(new PriorTreatment
        {
            Type = TreatmentType.StructuredLoading, DurationWeeks = 6, WeeksAgoEnded = 0, Documented = true,
            Adherence = Adherence.Good, Response = TreatmentResponse.ImprovedSufficient,
        })
        .FollowUp(f => f with
        {
            VisitNumber = 4, CurrentPhase = LoadingPhase.P2, WeeksInPhase = 4, SessionsAtCurrentLoad = 12,
            WeeklyTrend = WeeklyTrend.Improving, PhaseExitCriteriaMet = TriState.Yes, LoadTestBaselineNrs = 2,
            PreviousDecisions = [LoadingDecisionKind.Progress, LoadingDecisionKind.Hold], WeeksOfStructuredLoading = 6,
        });

    /// <summary>V09 base with the given pain during loading and next-morning load test.</summary>
    public static CaseBuilder V09(int? painDuring, int? nextMorning) =>
        V09Base().FollowUp(f => f with { PainDuringLoadingNrs = painDuring, LoadTestNextMorningNrs = nextMorning });

    /// <summary>V09a: every progression criterion met in P2.</summary>
    public static CaseBuilder ReadyToProgress() => V09(3, 2);

    public static CaseBuilder Phase(this CaseBuilder b, LoadingPhase phase) => b.FollowUp(f => f with { CurrentPhase = phase });

    /// <summary>Suspected avulsion (DX-05 Likely): acute, typical mechanism, pop felt; loading is blocked (DER-14).</summary>
    public static CaseBuilder SuspectedAvulsion() => DiagnosisTests.V01()
        .History(h => h with
        {
            Onset = Onset.Acute, SymptomWeeks = 1, Mechanism = InjuryMechanism.SuddenHipFlexionKneeExtended, PopFelt = TriState.Yes,
        });

    /// <summary>
    /// Confirmed high-grade partial avulsion on MRI, below the AV-02 size criteria, decision NonOperative: the AV-04
    /// non-operative pathway (every starting-phase input known with no P1 trigger).
    /// </summary>
    public static CaseBuilder NonOperativeAvulsion() => P2Start()
        .History(h => h with
        {
            Onset = Onset.Acute, SymptomWeeks = 6, Mechanism = InjuryMechanism.SuddenHipFlexionKneeExtended, PopFelt = TriState.Yes,
            AvulsionSurgicalDecision = AvulsionSurgicalDecision.NonOperative,
        })
        .Imaging(i => i with { HamstringModality = HamstringModality.Mri, HamstringFindings = [HamstringFinding.PartialTearHighGrade] });

    /// <summary>Ischiofemoral impingement only (DX-06 Possible, DX-01 Unlikely): pain lateral to the ischium with long strides.</summary>
    public static CaseBuilder IschiofemoralOnly() => CaseBuilder.Baseline()
        .Locations(PainLocation.LateralToIschium)
        .Aggravators(Aggravator.LongStrideWalking)
        .Pain(p => p with { NrsNow = 3, LoadTestNrs = 2, SittingToleranceMinutes = 60 });

    /// <summary>V07: PHT with a current fluoroquinolone and prednisolone (AL-02 → RISK-01(e) suspends loading).</summary>
    public static CaseBuilder V07() => CaseBuilder.Sample("v07-fluoroquinolone");

    /// <summary>V11: suspected malignancy (RF-04, Urgent) with DX-01 Possible; load test and sitting tolerance not recorded.</summary>
    public static CaseBuilder V11() => CaseBuilder.Sample("v11-suspected-malignancy");

    /// <summary>Cauda equina red flag (RF-01, Emergency) added to any case.</summary>
    public static CaseBuilder WithEmergencyRedFlag(this CaseBuilder b) => b.RedFlags(f => f with { SaddleAnaesthesia = TriState.Yes });

    /// <summary>Suspected fracture red flag (RF-05, Urgent) added to any case.</summary>
    public static CaseBuilder WithUrgentRedFlag(this CaseBuilder b) => b.RedFlags(f => f with { SignificantTrauma = TriState.Yes });
}
