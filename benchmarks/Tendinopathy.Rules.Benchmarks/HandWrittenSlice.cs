namespace Tendinopathy.Rules.Benchmarks;

/// <summary>The red flags RF-01…RF-05 (ID and urgency) and the likelihoods of DX-01 and DX-02 of one case.</summary>
/// <param name="RedFlags">Fired red flags in ID order, each with its urgency.</param>
/// <param name="Pht">DX-01 likelihood.</param>
/// <param name="Radicular">DX-02 likelihood.</param>
internal readonly record struct SliceResult(IReadOnlyList<(string Id, Urgency Urgency)> RedFlags, Likelihood Pht, Likelihood Radicular);

/// <summary>
/// A hand-written C# evaluation of one fixed slice of PATHWAY.md — red flags RF-01…RF-05 (3.1) and the DX-01 and DX-02
/// likelihoods (3.3, with the DX-05 likelihood DX-01 needs) — straight from the <see cref="PatientCase"/>, without the engine.
/// It is the "physical floor" baseline of the benchmarks; a test keeps it equal to the engine on generated cases.
/// </summary>
internal static class HandWrittenSlice
{
    public static SliceResult Evaluate(PatientCase c)
    {
        var rf = c.RedFlags;
        var n = c.Neuro;
        var lumbarDone = c.Imaging.LumbarMri.Status == LumbarMriStatus.Done;
        var lesion = lumbarDone && c.Imaging.LumbarMri.SuspiciousLesion == TriState.Yes;
        bool Yes(TriState t) => t == TriState.Yes;

        var flags = new List<(string, Urgency)>(2);
        if (Yes(rf.BladderDisturbance) || Yes(rf.BowelDisturbance) || Yes(rf.SaddleAnaesthesia) || Yes(rf.SexualDysfunction) ||
            Yes(rf.BilateralNeurologicalSymptoms) || rf.PostVoidResidualMl >= 200 || (lumbarDone && Yes(c.Imaging.LumbarMri.CaudaEquinaCompression)))
        {
            flags.Add(("RF-01", Urgency.Emergency));
        }
        if (Yes(n.WeaknessProgressive) || n.WorstMyotomeMrc <= 3) flags.Add(("RF-02", Urgency.Emergency));

        var fever = Yes(rf.FeverOrSystemicallyUnwell);
        var risk = Yes(rf.SpinalInfectionRisk);
        var nonMechanical = Yes(rf.NonMechanicalPain);
        var deficit = Yes(n.ReflexChange) || Yes(n.SensoryLossObjective) || n.WorstMyotomeMrc <= 4;
        var infectionEmergency = fever && (risk || nonMechanical || lesion);
        if (infectionEmergency || (risk && nonMechanical))
        {
            flags.Add(("RF-03", infectionEmergency || deficit ? Urgency.Emergency : Urgency.Urgent));
        }
        var cancer = Yes(rf.CancerHistory);
        var weightLoss = Yes(rf.UnexplainedWeightLoss);
        var over50 = Yes(rf.FirstEpisodeAgedOver50);
        if ((cancer && (weightLoss || nonMechanical)) || (weightLoss && nonMechanical) || (over50 && (weightLoss || nonMechanical)) || lesion)
        {
            flags.Add(("RF-04", deficit ? Urgency.Emergency : Urgency.Urgent));
        }
        if (Yes(rf.SignificantTrauma)) flags.Add(("RF-05", Urgency.Urgent));

        return new SliceResult(flags, Pht(c, Avulsion(c)), Radicular(c, lumbarDone));
    }

    private static TestResult Test(PatientCase c, ExamTest test)
    {
        foreach (var e in c.Examination) if (e.Test == test) return e.Result;
        return TestResult.NotPerformed;
    }

    private static bool Positive(PatientCase c, ExamTest test) => Test(c, test) == TestResult.Positive;

    private static bool Has<T>(IReadOnlyList<T> list, T value)
        where T : struct, Enum
    {
        foreach (var x in list) if (EqualityComparer<T>.Default.Equals(x, value)) return true;
        return false;
    }

    /// <summary>DX-05: only its likelihood (Confirmed on imaging; Likely / Possible on acute onset, without a hamstring MRI).</summary>
    private static Likelihood Avulsion(PatientCase c)
    {
        var h = c.History;
        var im = c.Imaging;
        if (im.HamstringModality != HamstringModality.None &&
            (Has(im.HamstringFindings, HamstringFinding.CompleteAvulsion) || Has(im.HamstringFindings, HamstringFinding.PartialTearHighGrade)))
        {
            return Likelihood.Confirmed;
        }
        if (h.Onset != Onset.Acute || im.HamstringModality == HamstringModality.Mri) return Likelihood.Unlikely;
        var sign = h.PopFelt == TriState.Yes || h.PosteriorThighBruising == TriState.Yes || h.InabilityToSitOrWalkNormally == TriState.Yes ||
                   Positive(c, ExamTest.AvulsionGap);
        if (sign) return Likelihood.Likely;
        var mechanism = h.Mechanism is InjuryMechanism.SuddenHipFlexionKneeExtended or InjuryMechanism.FallIntoSplits or InjuryMechanism.ForcefulEccentricSprint;
        return mechanism ? Likelihood.Possible : Likelihood.Unlikely;
    }

    /// <summary>DX-01 proximal hamstring tendinopathy.</summary>
    private static Likelihood Pht(PatientCase c, Likelihood avulsion)
    {
        var p = c.Pain;
        var im = c.Imaging;
        var location = Has(p.Locations, PainLocation.LowerGlutealIschial);
        var aggravated = false;
        foreach (var a in p.Aggravators)
        {
            aggravated |= a is Aggravator.Sitting or Aggravator.SittingHardSurface or Aggravator.Running or Aggravator.AccelerationSprinting
                or Aggravator.HillRunning or Aggravator.Lunging or Aggravator.Squatting or Aggravator.HamstringStretching or Aggravator.BendingForwardStraightKnees;
        }
        var palpation = Test(c, ExamTest.Palpation);
        TestResult[] provocation =
            [Test(c, ExamTest.PuranenOrava), Test(c, ExamTest.BentKneeStretch), Test(c, ExamTest.ModifiedBentKneeStretch), Test(c, ExamTest.SingleLegBridge)];
        var provoked = provocation.Contains(TestResult.Positive);
        var allNegative = provocation.All(t => t == TestResult.Negative);
        var palpated = palpation == TestResult.Positive;
        var onset = c.History.Onset == Onset.Insidious || (c.History.Onset == Onset.Acute && avulsion == Likelihood.Unlikely);
        var imaging = im.HamstringModality != HamstringModality.None &&
                      (Has(im.HamstringFindings, HamstringFinding.Tendinosis) || Has(im.HamstringFindings, HamstringFinding.PeritendinousOedema) ||
                       Has(im.HamstringFindings, HamstringFinding.IschialBoneOedema) || Has(im.HamstringFindings, HamstringFinding.PartialTearLowGrade));
        var excluded = allNegative && palpation == TestResult.Negative && !imaging;
        var testsUnknown = palpation == TestResult.NotPerformed && !provoked && !allNegative;

        if (avulsion >= Likelihood.Likely || excluded) return Likelihood.Unlikely;
        if ((location && aggravated && palpated && provoked && onset) || (location && aggravated && imaging && (palpated || provoked))) return Likelihood.Likely;
        if (location && aggravated && (palpated || provoked || imaging || testsUnknown)) return Likelihood.Possible;
        return Likelihood.Unlikely;
    }

    /// <summary>DX-02 lumbar radicular pain.</summary>
    private static Likelihood Radicular(PatientCase c, bool lumbarDone)
    {
        var n = c.Neuro;
        var mri = c.Imaging.LumbarMri;
        var belowKnee = n.RadiatingBelowKnee == TriState.Yes || Has(c.Pain.Locations, PainLocation.BelowKnee);
        var tension = Positive(c, ExamTest.StraightLegRaise) || Positive(c, ExamTest.Slump);
        var dermatomal = false;
        if (n.DermatomalParaesthesia == TriState.Yes)
        {
            foreach (var d in n.ParaesthesiaDermatomes) dermatomal |= d is Dermatome.L4 or Dermatome.L5 or Dermatome.S1 or Dermatome.S2;
        }
        var sign = dermatomal || n.SensoryLossObjective == TriState.Yes || n.WorstMyotomeMrc <= 4 || n.ReflexChange == TriState.Yes;
        var concordantMri = lumbarDone && mri.NerveRootCompression == TriState.Yes && mri.ConcordantWithSymptoms == TriState.Yes;
        var crossed = Positive(c, ExamTest.CrossedStraightLegRaise);
        var cough = Has(c.Pain.Aggravators, Aggravator.CoughSneezeStrain);
        var notConcordant = lumbarDone && mri.ConcordantWithSymptoms == TriState.No;

        var likely = (belowKnee && tension && sign) || (belowKnee && concordantMri) || (belowKnee && crossed);
        if (likely && !notConcordant) return Likelihood.Likely;
        if ((belowKnee && (tension || sign || cough)) || (tension && sign) || likely) return Likelihood.Possible;
        return Likelihood.Unlikely;
    }
}
