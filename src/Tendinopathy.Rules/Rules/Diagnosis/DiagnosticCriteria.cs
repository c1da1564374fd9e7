using Tendinopathy.Rules.Derived;
using static Tendinopathy.Rules.Derived.Kleene;

namespace Tendinopathy.Rules.Pathway.Diagnosis;

/// <summary>
/// The diagnostic criteria of PATHWAY.md 3.3, each a three-valued (Kleene) status on the case: Unknown facts, tests not
/// performed and findings of studies not done give <see cref="CriterionStatus.Unknown"/>, never NotMet (SAFE-14(d)).
/// The DX- rules combine them into likelihoods; only <see cref="CriterionStatus.Met"/> counts there.
/// </summary>
internal static class DiagnosticCriteria
{
    private static CriterionResult R(string id, string description, CriterionStatus status) => new(id, description, status);

    // ---- DX-05 proximal hamstring avulsion ----

    public static CriterionResult[] Avulsion(CaseFact c)
    {
        var h = c.History;
        var mechanism = h.Mechanism == InjuryMechanism.Unknown
            ? Unknown
            : Of(h.Mechanism is InjuryMechanism.SuddenHipFlexionKneeExtended or InjuryMechanism.FallIntoSplits or InjuryMechanism.ForcefulEccentricSprint);
        return
        [
            R("C-AV-1", "Acute onset", OnsetIs(c, Onset.Acute)),
            R("C-AV-2", "Typical mechanism (sudden hip flexion with knee extended, fall into splits, forceful eccentric sprint)", mechanism),
            R("C-AV-3", "Pop felt, posterior thigh bruising, inability to sit or walk normally, or a palpable gap (EX-AVGAP)",
                Or(Of(h.PopFelt), Of(h.PosteriorThighBruising), Of(h.InabilityToSitOrWalkNormally), Of(c.Test(ExamTest.AvulsionGap)))),
            R("C-AV-4", "Imaging shows a complete avulsion or a high-grade partial tear",
                IfStudyDone(c.HamstringImaged, Of(c.HasFinding(HamstringFinding.CompleteAvulsion) || c.HasFinding(HamstringFinding.PartialTearHighGrade)))),
        ];
    }

    // ---- DX-02 lumbar radicular pain ----

    public static CriterionResult[] Radicular(CaseFact c)
    {
        var n = c.Neuro;
        var lumbar = c.Lumbar;
        var dermatomal = n.DermatomalParaesthesia switch
        {
            TriState.Yes => Of(n.ParaesthesiaDermatomes.Any(d => d is Dermatome.L4 or Dermatome.L5 or Dermatome.S1 or Dermatome.S2)),
            TriState.No => NotMet,
            _ => Unknown,
        };
        return
        [
            R("C-LRP-1", "Pain radiating below the knee", Or(Of(n.RadiatingBelowKnee), Of(c.HasLocation(PainLocation.BelowKnee)))),
            R("C-LRP-2", "Straight-leg raise (EX-SLR) or slump test (EX-SLUMP) positive",
                Or(Of(c.Test(ExamTest.StraightLegRaise)), Of(c.Test(ExamTest.Slump)))),
            R("C-LRP-3", "Dermatomal paraesthesia (L4–S2), objective sensory loss, myotomal weakness (MRC ≤ 4) or reflex change",
                Or(dermatomal, Of(n.SensoryLossObjective), Of(n.WorstMyotomeMrc, m => m <= 4), Of(n.ReflexChange))),
            R("C-LRP-4", "Lumbar MRI: nerve-root compression concordant with symptoms",
                IfStudyDone(c.LumbarMriDone, And(Of(lumbar.NerveRootCompression), Of(lumbar.ConcordantWithSymptoms)))),
            R("C-LRP-5", "Crossed straight-leg raise (EX-XSLR) positive", Of(c.Test(ExamTest.CrossedStraightLegRaise))),
            R("C-LRP-6", "Pain aggravated by coughing, sneezing or straining", Of(c.HasAggravator(Aggravator.CoughSneezeStrain))),
            R("C-LRP-N", "Lumbar MRI not concordant with symptoms (caps likelihood at Possible)",
                IfStudyDone(c.LumbarMriDone, Not(Of(lumbar.ConcordantWithSymptoms)))),
        ];
    }

    // ---- DX-01 proximal hamstring tendinopathy ----

    public static CriterionResult[] Pht(CaseFact c, Likelihood avulsion)
    {
        var c6 = IfStudyDone(c.HamstringImaged, Of(c.HasFinding(HamstringFinding.Tendinosis) || c.HasFinding(HamstringFinding.PeritendinousOedema) ||
                                                  c.HasFinding(HamstringFinding.IschialBoneOedema) || c.HasFinding(HamstringFinding.PartialTearLowGrade)));
        var onset = c.History.Onset switch
        {
            Onset.Insidious => Met,
            Onset.Acute => Of(avulsion == Likelihood.Unlikely),
            _ => Unknown,
        };
        return
        [
            R("C-PHT-1", "Pain in the lower gluteal / ischial region", Of(c.HasLocation(PainLocation.LowerGlutealIschial))),
            R("C-PHT-2", "Aggravated by sitting, running, acceleration, hills, lunging, squatting, hamstring stretching or forward bending",
                Of(c.HasAggravator(Aggravator.Sitting) || c.HasAggravator(Aggravator.SittingHardSurface) || c.HasAggravator(Aggravator.Running) ||
                   c.HasAggravator(Aggravator.AccelerationSprinting) || c.HasAggravator(Aggravator.HillRunning) || c.HasAggravator(Aggravator.Lunging) ||
                   c.HasAggravator(Aggravator.Squatting) || c.HasAggravator(Aggravator.HamstringStretching) ||
                   c.HasAggravator(Aggravator.BendingForwardStraightKnees))),
            R("C-PHT-3", "Ischial tuberosity palpation (EX-PALP) reproduces the pain", Of(c.Test(ExamTest.Palpation))),
            R("C-PHT-4", "A tendon provocation test positive (EX-PO, EX-BKS, EX-MBKS or EX-SLB)",
                Or(Of(c.Test(ExamTest.PuranenOrava)), Of(c.Test(ExamTest.BentKneeStretch)), Of(c.Test(ExamTest.ModifiedBentKneeStretch)),
                   Of(c.Test(ExamTest.SingleLegBridge)))),
            R("C-PHT-5", "Insidious onset, or acute onset with avulsion unlikely", onset),
            R("C-PHT-6", "Hamstring imaging shows tendinosis, peritendinous or ischial oedema, or a low-grade partial tear", c6),
            R("C-PHT-X", "Exclusion: palpation and all provocation tests negative, and no supporting imaging",
                And(Not(Of(c.Test(ExamTest.PuranenOrava))), Not(Of(c.Test(ExamTest.BentKneeStretch))), Not(Of(c.Test(ExamTest.ModifiedBentKneeStretch))),
                    Not(Of(c.Test(ExamTest.SingleLegBridge))), Not(Of(c.Test(ExamTest.Palpation))), Of(c6 != Met))),
        ];
    }

    // ---- DX-04 PHT with sciatic nerve involvement ----

    public static CriterionResult[] HamstringSyndrome(CaseFact c) =>
    [
        R("C-HS-1", "Posterior thigh paraesthesia or burning, or pain radiating below the knee",
            Or(Of(c.Neuro.PosteriorThighParaesthesiaOrBurning), Of(c.Neuro.RadiatingBelowKnee))),
        R("C-HS-2", "Seated or active piriformis test, slump or straight-leg raise positive",
            Or(Of(c.Test(ExamTest.SeatedPiriformisStretch)), Of(c.Test(ExamTest.ActivePiriformis)), Of(c.Test(ExamTest.Slump)),
               Of(c.Test(ExamTest.StraightLegRaise)))),
        R("C-HS-3", "Imaging shows sciatic nerve signal change or perineural fibrosis",
            IfStudyDone(c.HamstringImaged, Of(c.Imaging.SciaticNerveSignalChangeOrPerineuralFibrosis))),
    ];

    // ---- DX-03 deep gluteal syndrome ----

    public static CriterionResult[] DeepGluteal(CaseFact c, Likelihood radicular)
    {
        var pelvic = c.Imaging.PelvicMriSciaticNerve switch
        {
            PelvicMriSciaticNerve.EntrapmentOrSignalChange => Met,
            PelvicMriSciaticNerve.NoEntrapment => NotMet,
            _ => Unknown,
        };
        return
        [
            R("C-DGS-1", "Pain in the deep buttock / sciatic notch or lower gluteal region",
                Of(c.HasLocation(PainLocation.DeepButtockSciaticNotch) || c.HasLocation(PainLocation.LowerGlutealIschial))),
            R("C-DGS-2", "Aggravated by sitting or driving, or sitting tolerance below the threshold",
                Or(Of(c.HasAggravator(Aggravator.Sitting) || c.HasAggravator(Aggravator.SittingHardSurface) || c.HasAggravator(Aggravator.Driving)),
                   Of(c.Pain.SittingToleranceMinutes, m => m < c.Options.SittingToleranceMinutes))),
            R("C-DGS-3", "Seated piriformis stretch (EX-SPST) or active piriformis test (EX-APT) positive",
                Or(Of(c.Test(ExamTest.SeatedPiriformisStretch)), Of(c.Test(ExamTest.ActivePiriformis)))),
            R("C-DGS-4", "Pelvic MRI / MR neurography shows entrapment, or sciatic signal change or perineural fibrosis",
                Or(pelvic, IfStudyDone(c.HamstringImaged, Of(c.Imaging.SciaticNerveSignalChangeOrPerineuralFibrosis)))),
            R("C-DGS-5", "Lumbar radicular pain (DX-02) not Likely", Of(radicular != Likelihood.Likely)),
        ];
    }

    // ---- DX-06 ischiofemoral impingement ----

    public static CriterionResult[] Ischiofemoral(CaseFact c) =>
    [
        R("C-IFI-1", "Pain lateral to the ischium or in the lower gluteal region",
            Of(c.HasLocation(PainLocation.LateralToIschium) || c.HasLocation(PainLocation.LowerGlutealIschial))),
        R("C-IFI-2", "Long-stride walking test (EX-LSW) or ischiofemoral impingement test (EX-IFI) positive, or long strides aggravate",
            Or(Of(c.Test(ExamTest.LongStrideWalking)), Of(c.Test(ExamTest.IschiofemoralImpingement)), Of(c.HasAggravator(Aggravator.LongStrideWalking)))),
        R("C-IFI-3", "Narrow ischiofemoral space or quadratus femoris oedema on imaging",
            IfStudyDone(c.HamstringImaged, Or(Of(c.Imaging.IschiofemoralSpaceMm, mm => mm < c.Options.IschiofemoralSpaceMm),
                                              Of(c.Imaging.QuadratusFemorisOedema)))),
    ];

    private static CriterionStatus OnsetIs(CaseFact c, Onset onset) =>
        c.History.Onset == Onset.Unknown ? Unknown : Of(c.History.Onset == onset);

    /// <summary>True when every listed criterion is Met (a formula reads Unknown as not met, 3.3).</summary>
    public static bool AllMet(this CriterionResult[] criteria, params int[] indexes)
    {
        foreach (var i in indexes) if (criteria[i].Status != Met) return false;
        return true;
    }

    public static bool IsMet(this CriterionResult[] criteria, int index) => criteria[index].Status == Met;
}
