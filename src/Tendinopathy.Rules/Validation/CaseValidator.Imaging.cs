namespace Tendinopathy.Rules.Validation;

/// <summary>The PATHWAY.md 2.13 checks of the score, imaging and follow-up groups.</summary>
internal static partial class CaseValidator
{
    private const string S = "Scores.";
    private const string I = "Imaging.";
    private const string L = "Imaging.LumbarMri.";
    private const string F = "FollowUp.";

    /// <summary>PATHWAY.md 2.10. VISA-H, baseline VISA-H and ODI are 0–100.</summary>
    private static void ValidateScores(Scores s, List<ValidationError> errors)
    {
        InRange(errors, S + nameof(Scores.VisaH), s.VisaH, 0, 100, "points");
        InRange(errors, S + nameof(Scores.VisaHBaseline), s.VisaHBaseline, 0, 100, "points");
        Defined(errors, S + nameof(Scores.StartBackRisk), s.StartBackRisk);
        InRange(errors, S + nameof(Scores.Odi), s.Odi, 0, 100, "points");
    }

    /// <summary>
    /// PATHWAY.md 2.11 and 2.13. Hamstring study: findings are a set; a high-grade partial tear and a complete avulsion
    /// cannot both be recorded; with <see cref="HamstringModality.None"/> no hamstring-study finding may be recorded (any
    /// finding in the list, tendon count, retraction, ischiofemoral space, or a tri-state other than Unknown). The avulsed
    /// tendon count (1–3) and retraction (0.0–30.0 cm, one decimal) are REQUIRED when a complete avulsion is recorded (the
    /// field itself is missing, so REQUIRED rather than CONTRADICTION) and a CONTRADICTION without one. Lumbar MRI: with
    /// <see cref="LumbarMriStatus.NotDone"/> every finding must stay Unknown.
    /// </summary>
    private static void ValidateImaging(Imaging im, List<ValidationError> errors)
    {
        var modalityKnown = Defined(errors, I + nameof(Imaging.HamstringModality), im.HamstringModality);
        var noStudy = modalityKnown && im.HamstringModality == HamstringModality.None;

        const string findingsPath = I + nameof(Imaging.HamstringFindings);
        var findingsPresent = EnumList(errors, findingsPath, im.HamstringFindings, isSet: true);
        var complete = findingsPresent && Contains(im.HamstringFindings, HamstringFinding.CompleteAvulsion);
        if (findingsPresent && noStudy && im.HamstringFindings.Count > 0)
        {
            Contradiction(errors, findingsPath, "Findings are recorded while HamstringModality is None.");
        }

        if (complete && Contains(im.HamstringFindings, HamstringFinding.PartialTearHighGrade))
        {
            Contradiction(errors, findingsPath, "PartialTearHighGrade and CompleteAvulsion cannot both be recorded.");
        }

        const string countPath = I + nameof(Imaging.AvulsedTendonCount);
        InRange(errors, countPath, im.AvulsedTendonCount, 1, 3, "tendons");
        AvulsionDetail(errors, countPath, im.AvulsedTendonCount.HasValue, complete, findingsPresent, noStudy);

        const string retractionPath = I + nameof(Imaging.RetractionCm);
        if (im.RetractionCm is { } cm && (cm < 0m || cm > 30m || decimal.Round(cm, 1) != cm))
        {
            Add(errors, retractionPath, ValidationCodes.OutOfRange,
                cm.ToString(System.Globalization.CultureInfo.InvariantCulture) + " cm is not allowed; use 0.0–30.0 cm with at most one decimal.");
        }

        AvulsionDetail(errors, retractionPath, im.RetractionCm.HasValue, complete, findingsPresent, noStudy);

        const string sciaticPath = I + nameof(Imaging.SciaticNerveSignalChangeOrPerineuralFibrosis);
        if (Defined(errors, sciaticPath, im.SciaticNerveSignalChangeOrPerineuralFibrosis)
            && noStudy && im.SciaticNerveSignalChangeOrPerineuralFibrosis != TriState.Unknown)
        {
            NoStudyContradiction(errors, sciaticPath);
        }

        const string ifsPath = I + nameof(Imaging.IschiofemoralSpaceMm);
        InRange(errors, ifsPath, im.IschiofemoralSpaceMm, 0, 60, "mm");
        if (noStudy && im.IschiofemoralSpaceMm.HasValue) NoStudyContradiction(errors, ifsPath);

        const string qfPath = I + nameof(Imaging.QuadratusFemorisOedema);
        if (Defined(errors, qfPath, im.QuadratusFemorisOedema) && noStudy && im.QuadratusFemorisOedema != TriState.Unknown)
        {
            NoStudyContradiction(errors, qfPath);
        }

        if (Present(errors, I + nameof(Imaging.LumbarMri), im.LumbarMri)) ValidateLumbarMri(im.LumbarMri, errors);
        Defined(errors, I + nameof(Imaging.PelvicMriSciaticNerve), im.PelvicMriSciaticNerve);
    }

    /// <summary>Tendon count or retraction: required with a complete avulsion; otherwise a contradiction when recorded.</summary>
    private static void AvulsionDetail(List<ValidationError> errors, string path, bool recorded, bool complete, bool findingsPresent, bool noStudy)
    {
        if (complete && !recorded)
        {
            Add(errors, path, ValidationCodes.Required, "Required when CompleteAvulsion is in HamstringFindings.");
        }
        else if (recorded && noStudy)
        {
            NoStudyContradiction(errors, path);
        }
        else if (recorded && findingsPresent && !complete)
        {
            Contradiction(errors, path, "Recorded without CompleteAvulsion in HamstringFindings.");
        }
    }

    private static void NoStudyContradiction(List<ValidationError> errors, string path) =>
        Contradiction(errors, path, "A hamstring-study finding is recorded while HamstringModality is None.");

    /// <summary>A lumbar MRI finding: defined, and Unknown unless the MRI was done.</summary>
    private static void LumbarFinding(List<ValidationError> errors, string path, TriState value, bool notDone)
    {
        if (Defined(errors, path, value) && notDone && value != TriState.Unknown)
        {
            Contradiction(errors, path, "Recorded as " + value + " while LumbarMri.Status is NotDone; it must stay Unknown.");
        }
    }

    private static void ValidateLumbarMri(LumbarMri mri, List<ValidationError> errors)
    {
        var notDone = Defined(errors, L + nameof(LumbarMri.Status), mri.Status) && mri.Status == LumbarMriStatus.NotDone;
        LumbarFinding(errors, L + nameof(LumbarMri.DiscHerniationOrForaminalStenosis), mri.DiscHerniationOrForaminalStenosis, notDone);
        LumbarFinding(errors, L + nameof(LumbarMri.NerveRootCompression), mri.NerveRootCompression, notDone);
        LumbarFinding(errors, L + nameof(LumbarMri.ConcordantWithSymptoms), mri.ConcordantWithSymptoms, notDone);
        LumbarFinding(errors, L + nameof(LumbarMri.CentralCanalStenosis), mri.CentralCanalStenosis, notDone);
        LumbarFinding(errors, L + nameof(LumbarMri.CaudaEquinaCompression), mri.CaudaEquinaCompression, notDone);
        LumbarFinding(errors, L + nameof(LumbarMri.SuspiciousLesion), mri.SuspiciousLesion, notDone);
    }

    /// <summary>
    /// PATHWAY.md 2.12. Current phase required (<see cref="LoadingPhase.None"/> is a valid answer, and pain inputs with
    /// phase None are allowed). Visit number at least 2 (no upper bound: it is informational); weeks in phase 0–52;
    /// sessions at the current load 0–500 (a count: negative is OUT_OF_RANGE); pain scores 0–10; weeks of structured loading
    /// 0–520. Previous decisions are an ordered history, so repeats are allowed; each must be a defined decision.
    /// </summary>
    private static void ValidateFollowUp(FollowUpState f, List<ValidationError> errors)
    {
        const string visitPath = F + nameof(FollowUpState.VisitNumber);
        if (f.VisitNumber < 2)
        {
            Add(errors, visitPath, ValidationCodes.OutOfRange, "Visit number " + f.VisitNumber + " must be at least 2 at a follow-up.");
        }

        RequiredDefined(errors, F + nameof(FollowUpState.CurrentPhase), f.CurrentPhase);
        Duration(errors, F + nameof(FollowUpState.WeeksInPhase), f.WeeksInPhase, 0, 52, "weeks");
        InRange(errors, F + nameof(FollowUpState.SessionsAtCurrentLoad), f.SessionsAtCurrentLoad, 0, 500, "sessions");
        Nrs(errors, F + nameof(FollowUpState.PainDuringLoadingNrs), f.PainDuringLoadingNrs);
        Nrs(errors, F + nameof(FollowUpState.LoadTestNextMorningNrs), f.LoadTestNextMorningNrs);
        Nrs(errors, F + nameof(FollowUpState.LoadTestBaselineNrs), f.LoadTestBaselineNrs);
        Defined(errors, F + nameof(FollowUpState.WeeklyTrend), f.WeeklyTrend);
        Defined(errors, F + nameof(FollowUpState.PhaseExitCriteriaMet), f.PhaseExitCriteriaMet);
        EnumList(errors, F + nameof(FollowUpState.PreviousDecisions), f.PreviousDecisions, isSet: false);
        Duration(errors, F + nameof(FollowUpState.WeeksOfStructuredLoading), f.WeeksOfStructuredLoading, 0, 520, "weeks");
        Defined(errors, F + nameof(FollowUpState.AtLowestLevelOfPhase), f.AtLowestLevelOfPhase);
    }
}
