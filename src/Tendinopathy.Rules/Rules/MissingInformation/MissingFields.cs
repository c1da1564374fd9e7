using Tendinopathy.Rules.Derived;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>
/// The missing fields each MISS- prompt of PATHWAY.md 3.5 names, as field paths of the input (empty = nothing missing), so
/// the condition and the prompt are one definition.
/// </summary>
internal static class MissingFields
{
    private static readonly string[] None = [];

    /// <summary>MISS-01: RFI-01…RFI-05 that are Unknown.</summary>
    public static string[] RedFlagScreen(CaseFact c)
    {
        var rf = c.RedFlags;
        List<string>? fields = null;
        Unknown(ref fields, rf.BladderDisturbance, "RedFlags.BladderDisturbance");
        Unknown(ref fields, rf.BowelDisturbance, "RedFlags.BowelDisturbance");
        Unknown(ref fields, rf.SaddleAnaesthesia, "RedFlags.SaddleAnaesthesia");
        Unknown(ref fields, rf.SexualDysfunction, "RedFlags.SexualDysfunction");
        Unknown(ref fields, rf.BilateralNeurologicalSymptoms, "RedFlags.BilateralNeurologicalSymptoms");
        return fields?.ToArray() ?? None;
    }

    /// <summary>MISS-02: EX-PALP not performed, and/or all of EX-PO, EX-BKS, EX-MBKS, EX-SLB not performed.</summary>
    public static string[] PhtTests(CaseFact c)
    {
        List<string>? fields = null;
        NotPerformed(ref fields, c, ExamTest.Palpation);
        if (c.Test(ExamTest.PuranenOrava) == TestResult.NotPerformed && c.Test(ExamTest.BentKneeStretch) == TestResult.NotPerformed &&
            c.Test(ExamTest.ModifiedBentKneeStretch) == TestResult.NotPerformed && c.Test(ExamTest.SingleLegBridge) == TestResult.NotPerformed)
        {
            NotPerformed(ref fields, c, ExamTest.PuranenOrava);
            NotPerformed(ref fields, c, ExamTest.BentKneeStretch);
            NotPerformed(ref fields, c, ExamTest.ModifiedBentKneeStretch);
            NotPerformed(ref fields, c, ExamTest.SingleLegBridge);
        }
        return fields?.ToArray() ?? None;
    }

    /// <summary>MISS-03: neural leg symptoms are recorded.</summary>
    public static bool NeuralLegSymptoms(CaseFact c) =>
        c.Neuro.RadiatingBelowKnee == TriState.Yes || c.Neuro.PosteriorThighParaesthesiaOrBurning == TriState.Yes;

    /// <summary>MISS-03: both EX-SLR and EX-SLUMP not performed (C-LRP-2 cannot be assessed).</summary>
    public static string[] NeuralTensionTests(CaseFact c) =>
        c.Test(ExamTest.StraightLegRaise) == TestResult.NotPerformed && c.Test(ExamTest.Slump) == TestResult.NotPerformed
            ? [Field(ExamTest.StraightLegRaise), Field(ExamTest.Slump)]
            : None;

    /// <summary>MISS-07: DER-17 PregnancyRelevant with pregnancy status Unknown.</summary>
    public static bool PregnancyUnknown(CaseFact c) => c.PregnancyRelevant && c.Input.Patient.Pregnant == TriState.Unknown;

    /// <summary>MISS-08: acute onset with a C-AV-2 mechanism (or an unknown one), without a hamstring MRI.</summary>
    public static bool AvulsionContext(CaseFact c) =>
        c.Imaging.HamstringModality != HamstringModality.Mri && c.History.Onset == Onset.Acute &&
        c.History.Mechanism is InjuryMechanism.SuddenHipFlexionKneeExtended or InjuryMechanism.FallIntoSplits
            or InjuryMechanism.ForcefulEccentricSprint or InjuryMechanism.Unknown;

    /// <summary>
    /// MISS-08: the C-AV-3 items that are Unknown or not performed (the prompt fires only when there is one), plus an
    /// unknown mechanism.
    /// </summary>
    public static string[] AvulsionSigns(CaseFact c)
    {
        var h = c.History;
        List<string>? fields = null;
        Unknown(ref fields, h.PopFelt, "History.PopFelt");
        Unknown(ref fields, h.PosteriorThighBruising, "History.PosteriorThighBruising");
        Unknown(ref fields, h.InabilityToSitOrWalkNormally, "History.InabilityToSitOrWalkNormally");
        NotPerformed(ref fields, c, ExamTest.AvulsionGap);
        if (fields is null) return None;
        if (h.Mechanism == InjuryMechanism.Unknown) fields.Insert(0, "History.Mechanism");
        return fields.ToArray();
    }

    /// <summary>The field path of an examination test.</summary>
    public static string Field(ExamTest test) => "Examination." + test;

    private static void Unknown(ref List<string>? fields, TriState value, string field)
    {
        if (value == TriState.Unknown) (fields ??= []).Add(field);
    }

    private static void NotPerformed(ref List<string>? fields, CaseFact c, ExamTest test)
    {
        if (c.Test(test) == TestResult.NotPerformed) (fields ??= []).Add(Field(test));
    }
}
