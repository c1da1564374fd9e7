namespace Tendinopathy.Rules.Validation;

/// <summary>
/// The PATHWAY.md 2.13 field walk. Groups are visited in the order they are declared on <see cref="PatientCase"/> and,
/// within a group, fields in declaration order; each error is recorded while its own field is visited, so the error list
/// is in model order and deterministic. Within one field the order is REQUIRED / UNDEFINED_ENUM, then range
/// (NEGATIVE_DURATION / OUT_OF_RANGE / OUT_OF_SCOPE_AGE), then DUPLICATE, then CONTRADICTION.
/// </summary>
/// <remarks>
/// Conventions:
/// <list type="bullet">
/// <item>A cross-field check is reported on the later of the two fields in model order (e.g. <c>Patient.Pregnant</c> for
/// "pregnant while male"), except where PATHWAY.md names the field to blame (e.g. <c>GestationWeeks</c>,
/// <c>DaysSinceLastDose</c>). The message names the other field.</item>
/// <item>A cross-field check is skipped when one of its inputs is itself missing or an undefined enum value: that input
/// already has its own error, and a second one would only be noise.</item>
/// <item>A group or list that is <see langword="null"/> (JSON <c>null</c>) gives <c>REQUIRED</c> at its path and its
/// content is not checked. <see cref="PatientCase.FollowUp"/> and <see cref="Comorbidities.ChronicKidneyDisease"/> are
/// the exceptions: null means "first visit" and "absent".</item>
/// </list>
/// </remarks>
internal static partial class CaseValidator
{
    private const string P = "Patient.";
    private const string H = "History.";
    private const string Pn = "Pain.";
    private const string N = "Neuro.";
    private const string Rf = "RedFlags.";

    static partial void ValidateAll(PatientCase input, List<ValidationError> errors)
    {
        if (Present(errors, nameof(PatientCase.Patient), input.Patient)) ValidatePatient(input.Patient, errors);
        if (Present(errors, nameof(PatientCase.History), input.History)) ValidateHistory(input.History, input.Imaging, errors);
        if (Present(errors, nameof(PatientCase.Pain), input.Pain)) ValidatePain(input.Pain, errors);
        if (Present(errors, nameof(PatientCase.Neuro), input.Neuro)) ValidateNeuro(input.Neuro, errors);
        if (Present(errors, nameof(PatientCase.RedFlags), input.RedFlags)) ValidateRedFlags(input.RedFlags, errors);
        if (Present(errors, nameof(PatientCase.Medications), input.Medications)) ValidateMedications(input.Medications, errors);
        if (Present(errors, nameof(PatientCase.Comorbidities), input.Comorbidities)) ValidateComorbidities(input.Comorbidities, errors);
        if (Present(errors, nameof(PatientCase.PriorTreatments), input.PriorTreatments)) ValidatePriorTreatments(input.PriorTreatments, errors);
        if (Present(errors, nameof(PatientCase.Examination), input.Examination)) ValidateExamination(input.Examination, errors);
        if (Present(errors, nameof(PatientCase.Scores), input.Scores)) ValidateScores(input.Scores, errors);
        if (Present(errors, nameof(PatientCase.Imaging), input.Imaging)) ValidateImaging(input.Imaging, errors);
        if (input.FollowUp is not null) ValidateFollowUp(input.FollowUp, errors);
    }

    /// <summary>
    /// PATHWAY.md 2.1. Age: missing → REQUIRED; 0–17 → OUT_OF_SCOPE_AGE; negative or above 120 → OUT_OF_RANGE (a negative
    /// age is a data-entry error, not a child). Pregnancy: not <c>No</c> while male → CONTRADICTION; gestation required iff
    /// pregnant (REQUIRED / CONTRADICTION), 1–42 weeks.
    /// </summary>
    private static void ValidatePatient(PatientDetails p, List<ValidationError> errors)
    {
        if (Required(errors, P + nameof(PatientDetails.AgeYears), p.AgeYears))
        {
            var age = p.AgeYears!.Value;
            if (age is >= 0 and < 18)
            {
                Add(errors, P + nameof(PatientDetails.AgeYears), ValidationCodes.OutOfScopeAge,
                    "Age " + age + " is under 18; the pathway covers adults only.");
            }
            else
            {
                InRange(errors, P + nameof(PatientDetails.AgeYears), age, 18, 120, "years");
            }
        }

        var sexKnown = RequiredDefined(errors, P + nameof(PatientDetails.Sex), p.Sex);
        var pregnantKnown = Defined(errors, P + nameof(PatientDetails.Pregnant), p.Pregnant);
        if (sexKnown && pregnantKnown && p.Sex == Sex.Male && p.Pregnant != TriState.No)
        {
            Contradiction(errors, P + nameof(PatientDetails.Pregnant), "Must be No when Sex is Male (it is " + p.Pregnant + ").");
        }

        const string gestation = P + nameof(PatientDetails.GestationWeeks);
        Duration(errors, gestation, p.GestationWeeks, 1, 42, "weeks");
        if (pregnantKnown && p.Pregnant == TriState.Yes && !p.GestationWeeks.HasValue)
        {
            Add(errors, gestation, ValidationCodes.Required, "Required when Pregnant is Yes.");
        }
        else if (pregnantKnown && p.Pregnant != TriState.Yes && p.GestationWeeks.HasValue)
        {
            Contradiction(errors, gestation, "Recorded while Pregnant is " + p.Pregnant + "; it is allowed only when Pregnant is Yes.");
        }

        Defined(errors, P + nameof(PatientDetails.ActivityLevel), p.ActivityLevel);
        EnumList(errors, P + nameof(PatientDetails.Sports), p.Sports, isSet: true);
    }

    /// <summary>
    /// PATHWAY.md 2.2. Symptom weeks required, 0–1040. A surgical decision other than Pending needs a complete avulsion or
    /// a high-grade partial tear in <see cref="Imaging.HamstringFindings"/> (CONTRADICTION); the check is skipped when the
    /// imaging group or its findings list is null (that has its own REQUIRED error).
    /// </summary>
    private static void ValidateHistory(History h, Imaging? imaging, List<ValidationError> errors)
    {
        Defined(errors, H + nameof(History.Onset), h.Onset);
        if (Required(errors, H + nameof(History.SymptomWeeks), h.SymptomWeeks))
        {
            Duration(errors, H + nameof(History.SymptomWeeks), h.SymptomWeeks, 0, 1040, "weeks");
        }

        Defined(errors, H + nameof(History.Mechanism), h.Mechanism);
        Defined(errors, H + nameof(History.PopFelt), h.PopFelt);
        Defined(errors, H + nameof(History.PosteriorThighBruising), h.PosteriorThighBruising);
        Defined(errors, H + nameof(History.InabilityToSitOrWalkNormally), h.InabilityToSitOrWalkNormally);
        Defined(errors, H + nameof(History.LowBackPain), h.LowBackPain);
        Defined(errors, H + nameof(History.LegPainWorseThanBackPain), h.LegPainWorseThanBackPain);
        Defined(errors, H + nameof(History.NeurogenicClaudication), h.NeurogenicClaudication);

        if (Defined(errors, H + nameof(History.AvulsionSurgicalDecision), h.AvulsionSurgicalDecision)
            && h.AvulsionSurgicalDecision != AvulsionSurgicalDecision.Pending
            && imaging?.HamstringFindings is { } findings
            && !Contains(findings, HamstringFinding.CompleteAvulsion)
            && !Contains(findings, HamstringFinding.PartialTearHighGrade))
        {
            Contradiction(errors, H + nameof(History.AvulsionSurgicalDecision),
                "A surgical decision (" + h.AvulsionSurgicalDecision + ") needs CompleteAvulsion or PartialTearHighGrade in Imaging.HamstringFindings.");
        }
    }

    /// <summary>PATHWAY.md 2.3. Locations and aggravators are sets; sitting tolerance 0–600 minutes; every NRS 0–10.</summary>
    private static void ValidatePain(Pain p, List<ValidationError> errors)
    {
        EnumList(errors, Pn + nameof(Pain.Locations), p.Locations, isSet: true);
        EnumList(errors, Pn + nameof(Pain.Aggravators), p.Aggravators, isSet: true);
        Duration(errors, Pn + nameof(Pain.SittingToleranceMinutes), p.SittingToleranceMinutes, 0, 600, "minutes");
        Nrs(errors, Pn + nameof(Pain.NrsWorst24h), p.NrsWorst24h);
        Nrs(errors, Pn + nameof(Pain.NrsNow), p.NrsNow);
        Nrs(errors, Pn + nameof(Pain.LegPainNrs), p.LegPainNrs);
        Defined(errors, Pn + nameof(Pain.LegPainTolerable), p.LegPainTolerable);
        Nrs(errors, Pn + nameof(Pain.LoadTestNrs), p.LoadTestNrs);
        Defined(errors, Pn + nameof(Pain.RestOrNightPain), p.RestOrNightPain);
    }

    /// <summary>
    /// PATHWAY.md 2.4. Dermatome and reflex lists are sets. Extras beyond the 2.13 minimum (each a CONTRADICTION, because a
    /// rule reading the tri-state would see "not present" while the list says it is): paraesthesia dermatomes listed while
    /// <see cref="Neurology.DermatomalParaesthesia"/> is not Yes; sensory-loss dermatomes listed while
    /// <see cref="Neurology.SensoryLossObjective"/> is not Yes; reflexes listed while <see cref="Neurology.ReflexChange"/>
    /// is not Yes. The reverse (Yes with an empty list) is allowed: the level may simply not have been recorded.
    /// MRC grade 0–5, and only with <see cref="Neurology.ExamRecorded"/> (2.13).
    /// </summary>
    private static void ValidateNeuro(Neurology n, List<ValidationError> errors)
    {
        Defined(errors, N + nameof(Neurology.RadiatingBelowKnee), n.RadiatingBelowKnee);

        var paraesthesiaKnown = Defined(errors, N + nameof(Neurology.DermatomalParaesthesia), n.DermatomalParaesthesia);
        if (EnumList(errors, N + nameof(Neurology.ParaesthesiaDermatomes), n.ParaesthesiaDermatomes, isSet: true)
            && paraesthesiaKnown && n.ParaesthesiaDermatomes.Count > 0 && n.DermatomalParaesthesia != TriState.Yes)
        {
            Contradiction(errors, N + nameof(Neurology.ParaesthesiaDermatomes),
                "Dermatomes are listed while DermatomalParaesthesia is " + n.DermatomalParaesthesia + "; it must be Yes.");
        }

        Defined(errors, N + nameof(Neurology.PosteriorThighParaesthesiaOrBurning), n.PosteriorThighParaesthesiaOrBurning);

        var sensoryKnown = Defined(errors, N + nameof(Neurology.SensoryLossObjective), n.SensoryLossObjective);
        if (EnumList(errors, N + nameof(Neurology.SensoryLossDermatomes), n.SensoryLossDermatomes, isSet: true)
            && sensoryKnown && n.SensoryLossDermatomes.Count > 0 && n.SensoryLossObjective != TriState.Yes)
        {
            Contradiction(errors, N + nameof(Neurology.SensoryLossDermatomes),
                "Dermatomes are listed while SensoryLossObjective is " + n.SensoryLossObjective + "; it must be Yes.");
        }

        InRange(errors, N + nameof(Neurology.WorstMyotomeMrc), n.WorstMyotomeMrc, 0, 5, "(MRC grade)");
        if (n.WorstMyotomeMrc.HasValue && !n.ExamRecorded)
        {
            Contradiction(errors, N + nameof(Neurology.WorstMyotomeMrc), "An MRC grade is recorded while ExamRecorded is false.");
        }

        Defined(errors, N + nameof(Neurology.WeaknessProgressive), n.WeaknessProgressive);

        var reflexKnown = Defined(errors, N + nameof(Neurology.ReflexChange), n.ReflexChange);
        if (EnumList(errors, N + nameof(Neurology.ReflexesAffected), n.ReflexesAffected, isSet: true)
            && reflexKnown && n.ReflexesAffected.Count > 0 && n.ReflexChange != TriState.Yes)
        {
            Contradiction(errors, N + nameof(Neurology.ReflexesAffected),
                "Reflexes are listed while ReflexChange is " + n.ReflexChange + "; it must be Yes.");
        }
    }

    /// <summary>PATHWAY.md 2.5. Thirteen tri-states and the post-void residual, 0–3000 mL (a volume: negative is OUT_OF_RANGE).</summary>
    private static void ValidateRedFlags(RedFlagItems r, List<ValidationError> errors)
    {
        Defined(errors, Rf + nameof(RedFlagItems.BladderDisturbance), r.BladderDisturbance);
        Defined(errors, Rf + nameof(RedFlagItems.BowelDisturbance), r.BowelDisturbance);
        Defined(errors, Rf + nameof(RedFlagItems.SaddleAnaesthesia), r.SaddleAnaesthesia);
        Defined(errors, Rf + nameof(RedFlagItems.SexualDysfunction), r.SexualDysfunction);
        Defined(errors, Rf + nameof(RedFlagItems.BilateralNeurologicalSymptoms), r.BilateralNeurologicalSymptoms);
        Defined(errors, Rf + nameof(RedFlagItems.FeverOrSystemicallyUnwell), r.FeverOrSystemicallyUnwell);
        Defined(errors, Rf + nameof(RedFlagItems.SpinalInfectionRisk), r.SpinalInfectionRisk);
        Defined(errors, Rf + nameof(RedFlagItems.CancerHistory), r.CancerHistory);
        Defined(errors, Rf + nameof(RedFlagItems.UnexplainedWeightLoss), r.UnexplainedWeightLoss);
        Defined(errors, Rf + nameof(RedFlagItems.NonMechanicalPain), r.NonMechanicalPain);
        Defined(errors, Rf + nameof(RedFlagItems.SignificantTrauma), r.SignificantTrauma);
        Defined(errors, Rf + nameof(RedFlagItems.FirstEpisodeAgedOver50), r.FirstEpisodeAgedOver50);
        Defined(errors, Rf + nameof(RedFlagItems.InflammatoryBackPainFeatures), r.InflammatoryBackPainFeatures);
        InRange(errors, Rf + nameof(RedFlagItems.PostVoidResidualMl), r.PostVoidResidualMl, 0, 3000, "mL");
    }
}
