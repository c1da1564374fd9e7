namespace Tendinopathy.Rules.Validation;

/// <summary>The PATHWAY.md 2.13 checks of the medicine, comorbidity, prior-treatment and examination groups.</summary>
internal static partial class CaseValidator
{
    /// <summary>A sane ceiling for <see cref="MedicationEntry.DaysSinceLastDose"/>: 100 years.</summary>
    internal const int MaxDaysSinceLastDose = 36500;

    /// <summary>
    /// PATHWAY.md 2.6. <see cref="Medications.Reviewed"/> required. Each entry needs a class and a status;
    /// <see cref="MedicationEntry.DaysSinceLastDose"/> is 0–36500, and a current medicine with a last dose more than 0 days
    /// ago is a CONTRADICTION. Two entries of the same class are allowed (two different medicines).
    /// </summary>
    private static void ValidateMedications(Medications m, List<ValidationError> errors)
    {
        Required(errors, "Medications." + nameof(Medications.Reviewed), m.Reviewed);
        const string entriesPath = "Medications." + nameof(Medications.Entries);
        if (!Present(errors, entriesPath, m.Entries)) return;

        for (var i = 0; i < m.Entries.Count; i++)
        {
            var prefix = entriesPath + "[" + i + "]";
            var e = m.Entries[i];
            if (!Present(errors, prefix, e)) continue;

            RequiredDefined(errors, prefix + "." + nameof(MedicationEntry.Class), e.Class);
            var statusKnown = RequiredDefined(errors, prefix + "." + nameof(MedicationEntry.Status), e.Status);
            var daysPath = prefix + "." + nameof(MedicationEntry.DaysSinceLastDose);
            Duration(errors, daysPath, e.DaysSinceLastDose, 0, MaxDaysSinceLastDose, "days");
            if (statusKnown && e.Status == MedicationStatus.Current && e.DaysSinceLastDose > 0)
            {
                Contradiction(errors, daysPath, "Must be 0 when Status is Current (it is " + e.DaysSinceLastDose + ").");
            }

            Defined(errors, prefix + "." + nameof(MedicationEntry.IndicationIsSciatica), e.IndicationIsSciatica);
        }
    }

    /// <summary>
    /// PATHWAY.md 2.7. <see cref="Comorbidities.Reviewed"/> required. Chronic kidney disease needs an eGFR (0–200 mL/min)
    /// or a stage (REQUIRED on the <c>ChronicKidneyDisease</c> path); with both, the stage must be the KDIGO category of the
    /// eGFR (G1 ≥ 90, G2 60–89, G3a 45–59, G3b 30–44, G4 15–29, G5 &lt; 15), else CONTRADICTION on <c>Stage</c>.
    /// </summary>
    private static void ValidateComorbidities(Comorbidities c, List<ValidationError> errors)
    {
        const string prefix = "Comorbidities.";
        Required(errors, prefix + nameof(Comorbidities.Reviewed), c.Reviewed);

        if (c.ChronicKidneyDisease is { } ckd)
        {
            const string ckdPath = prefix + nameof(Comorbidities.ChronicKidneyDisease);
            const string egfrPath = ckdPath + "." + nameof(ChronicKidneyDisease.EgfrMlMin);
            const string stagePath = ckdPath + "." + nameof(ChronicKidneyDisease.Stage);
            if (!ckd.EgfrMlMin.HasValue && !ckd.Stage.HasValue)
            {
                Add(errors, ckdPath, ValidationCodes.Required, "Chronic kidney disease needs EgfrMlMin or Stage (or both).");
            }

            var egfrValid = InRange(errors, egfrPath, ckd.EgfrMlMin, 0, 200, "mL/min");
            var stageValid = Defined(errors, stagePath, ckd.Stage);
            if (egfrValid && stageValid && ckd.EgfrMlMin.HasValue && ckd.Stage.HasValue)
            {
                var expected = StageFromEgfr(ckd.EgfrMlMin.Value);
                if (expected != ckd.Stage.Value)
                {
                    Contradiction(errors, stagePath,
                        "Stage " + ckd.Stage.Value + " does not match EgfrMlMin " + ckd.EgfrMlMin.Value + " (which is " + expected + ").");
                }
            }
        }

        Defined(errors, prefix + nameof(Comorbidities.HeartFailure), c.HeartFailure);
        Defined(errors, prefix + nameof(Comorbidities.Diabetes), c.Diabetes);
    }

    /// <summary>Whether the prior-treatment type is dosed by <see cref="PriorTreatment.Count"/> (injections and ESWT: duration 0).</summary>
    private static bool IsCountDosed(TreatmentType type) =>
        type is TreatmentType.CorticosteroidInjection or TreatmentType.Prp or TreatmentType.EpiduralInjection or TreatmentType.Eswt;

    /// <summary>
    /// PATHWAY.md 2.8. Type, DurationWeeks (0–520), WeeksAgoEnded (0–1040), Documented and Response required on every
    /// entry. Injection and ESWT entries must have DurationWeeks 0 (OUT_OF_RANGE). A corticosteroid injection needs Count
    /// (1–20) and WeeksSinceLast (0–1040). Ongoing (WeeksAgoEnded 0) with Response Resolved is a CONTRADICTION on
    /// <c>Response</c>. Extra: <c>WeeksSinceLast</c> smaller than <c>WeeksAgoEnded</c> is a CONTRADICTION (the last
    /// injection or session cannot be after the episode ended). Count is a number, not a duration, so a count below 1 is
    /// OUT_OF_RANGE rather than NEGATIVE_DURATION. Entries are unordered and may repeat (two courses of the same treatment).
    /// </summary>
    private static void ValidatePriorTreatments(IReadOnlyList<PriorTreatment> list, List<ValidationError> errors)
    {
        for (var i = 0; i < list.Count; i++)
        {
            var prefix = nameof(PatientCase.PriorTreatments) + "[" + i + "]";
            var t = list[i];
            if (!Present(errors, prefix, t)) continue;

            var typeKnown = RequiredDefined(errors, prefix + "." + nameof(PriorTreatment.Type), t.Type);
            var countDosed = typeKnown && IsCountDosed(t.Type!.Value);
            var isCsi = typeKnown && t.Type == TreatmentType.CorticosteroidInjection;

            var durationPath = prefix + "." + nameof(PriorTreatment.DurationWeeks);
            if (Required(errors, durationPath, t.DurationWeeks)
                && Duration(errors, durationPath, t.DurationWeeks, 0, 520, "weeks")
                && countDosed && t.DurationWeeks != 0)
            {
                Add(errors, durationPath, ValidationCodes.OutOfRange,
                    "Must be 0 for a " + t.Type + " entry (it is " + t.DurationWeeks + "); Count carries the dose.");
            }

            var agoPath = prefix + "." + nameof(PriorTreatment.WeeksAgoEnded);
            var agoValid = Required(errors, agoPath, t.WeeksAgoEnded) && Duration(errors, agoPath, t.WeeksAgoEnded, 0, 1040, "weeks");

            Defined(errors, prefix + "." + nameof(PriorTreatment.Supervised), t.Supervised);
            Required(errors, prefix + "." + nameof(PriorTreatment.Documented), t.Documented);
            Defined(errors, prefix + "." + nameof(PriorTreatment.Adherence), t.Adherence);

            var responsePath = prefix + "." + nameof(PriorTreatment.Response);
            if (RequiredDefined(errors, responsePath, t.Response)
                && agoValid && t.WeeksAgoEnded == 0 && t.Response == TreatmentResponse.Resolved)
            {
                Contradiction(errors, responsePath, "Cannot be Resolved while the treatment is ongoing (WeeksAgoEnded is 0).");
            }

            var countPath = prefix + "." + nameof(PriorTreatment.Count);
            InRange(errors, countPath, t.Count, 1, 20, "");
            if (isCsi && !t.Count.HasValue)
            {
                Add(errors, countPath, ValidationCodes.Required, "Required for a CorticosteroidInjection entry.");
            }

            var sincePath = prefix + "." + nameof(PriorTreatment.WeeksSinceLast);
            var sinceValid = Duration(errors, sincePath, t.WeeksSinceLast, 0, 1040, "weeks");
            if (isCsi && !t.WeeksSinceLast.HasValue)
            {
                Add(errors, sincePath, ValidationCodes.Required, "Required for a CorticosteroidInjection entry.");
            }
            else if (sinceValid && agoValid && t.WeeksSinceLast < t.WeeksAgoEnded)
            {
                Contradiction(errors, sincePath,
                    "The last one (" + t.WeeksSinceLast + " weeks ago) cannot be after the episode ended (WeeksAgoEnded " + t.WeeksAgoEnded + ").");
            }

            Defined(errors, prefix + "." + nameof(PriorTreatment.Intratendinous), t.Intratendinous);
        }
    }

    /// <summary>
    /// PATHWAY.md 2.9 and 2.13. Each finding needs a test. The same test recorded again gives DUPLICATE (on the later
    /// entry's <c>Test</c>) when the result is the same, CONTRADICTION (on the later entry's <c>Result</c>) when it differs;
    /// each later entry is compared with the first entry of its test only.
    /// </summary>
    private static void ValidateExamination(IReadOnlyList<ExamFinding> list, List<ValidationError> errors)
    {
        for (var i = 0; i < list.Count; i++)
        {
            var prefix = nameof(PatientCase.Examination) + "[" + i + "]";
            var f = list[i];
            if (!Present(errors, prefix, f)) continue;

            var testKnown = RequiredDefined(errors, prefix + "." + nameof(ExamFinding.Test), f.Test);
            var resultKnown = Defined(errors, prefix + "." + nameof(ExamFinding.Result), f.Result);
            if (!testKnown || !resultKnown) continue;

            for (var j = 0; j < i; j++)
            {
                var earlier = list[j];
                if (earlier is null || earlier.Test != f.Test) continue;
                if (!Enum.IsDefined(earlier.Result)) break;
                if (earlier.Result == f.Result)
                {
                    Add(errors, prefix + "." + nameof(ExamFinding.Test), ValidationCodes.Duplicate,
                        f.Test + " is already recorded at Examination[" + j + "] with the same result.");
                }
                else
                {
                    Contradiction(errors, prefix + "." + nameof(ExamFinding.Result),
                        f.Test + " is " + f.Result + " here but " + earlier.Result + " at Examination[" + j + "].");
                }

                break;
            }
        }
    }
}
