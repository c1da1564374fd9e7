using Tendinopathy.Rules.Derived;

namespace Tendinopathy.Rules.Pathway.RedFlags;

/// <summary>
/// The red-flag criteria of PATHWAY.md 3.1, each returning the facts that make it true (empty = does not fire), so the
/// condition and the alert's triggering facts are one definition. Only a known <c>Yes</c> (or a measured value) counts;
/// a lumbar MRI finding counts only when the MRI was done.
/// </summary>
internal static class RedFlagFindings
{
    private static readonly FactValue[] None = [];

    private const string Fever = "RedFlags.FeverOrSystemicallyUnwell (RFI-06)";
    private const string InfectionRisk = "RedFlags.SpinalInfectionRisk (RFI-07)";
    private const string Cancer = "RedFlags.CancerHistory (RFI-08)";
    private const string WeightLoss = "RedFlags.UnexplainedWeightLoss (RFI-09)";
    private const string NonMechanical = "RedFlags.NonMechanicalPain (RFI-10)";
    private const string Trauma = "RedFlags.SignificantTrauma (RFI-11)";
    private const string FirstEpisodeOver50 = "RedFlags.FirstEpisodeAgedOver50 (RFI-12)";
    private const string SuspiciousLesionField = "Imaging.LumbarMri.SuspiciousLesion";

    /// <summary>RF-01: RFI-01…RFI-05 = Yes, PostVoidResidualMl ≥ 200, or LumbarMri.CaudaEquinaCompression = Yes.</summary>
    public static IReadOnlyList<FactValue> CaudaEquina(CaseFact c)
    {
        var rf = c.RedFlags;
        List<FactValue>? facts = null;
        Yes(ref facts, rf.BladderDisturbance, "RedFlags.BladderDisturbance (RFI-01)");
        Yes(ref facts, rf.BowelDisturbance, "RedFlags.BowelDisturbance (RFI-02)");
        Yes(ref facts, rf.SaddleAnaesthesia, "RedFlags.SaddleAnaesthesia (RFI-03)");
        Yes(ref facts, rf.SexualDysfunction, "RedFlags.SexualDysfunction (RFI-04)");
        Yes(ref facts, rf.BilateralNeurologicalSymptoms, "RedFlags.BilateralNeurologicalSymptoms (RFI-05)");
        if (rf.PostVoidResidualMl >= 200) (facts ??= []).Add(new FactValue("RedFlags.PostVoidResidualMl", rf.PostVoidResidualMl.Value + " mL"));
        if (c.LumbarMriDone) Yes(ref facts, c.Lumbar.CaudaEquinaCompression, "Imaging.LumbarMri.CaudaEquinaCompression");
        return facts ?? (IReadOnlyList<FactValue>)None;
    }

    /// <summary>RF-02: <c>Neuro.WeaknessProgressive = Yes</c> or <c>Neuro.WorstMyotomeMrc ≤ 3</c>.</summary>
    public static IReadOnlyList<FactValue> SevereMotorDeficit(CaseFact c)
    {
        var neuro = c.Neuro;
        List<FactValue>? facts = null;
        Yes(ref facts, neuro.WeaknessProgressive, "Neuro.WeaknessProgressive");
        if (neuro.WorstMyotomeMrc <= 3) (facts ??= []).Add(new FactValue("Neuro.WorstMyotomeMrc", neuro.WorstMyotomeMrc.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return facts ?? (IReadOnlyList<FactValue>)None;
    }

    /// <summary>
    /// RF-03: (a) RFI-06 AND (RFI-07 OR RFI-10); (b) lumbar MRI suspicious lesion with RFI-06; (c) RFI-07 AND RFI-10.
    /// </summary>
    public static IReadOnlyList<FactValue> SpinalInfection(CaseFact c)
    {
        var rf = c.RedFlags;
        var fever = rf.FeverOrSystemicallyUnwell == TriState.Yes;
        var risk = rf.SpinalInfectionRisk == TriState.Yes;
        var nonMechanical = rf.NonMechanicalPain == TriState.Yes;
        var lesion = SuspiciousLesion(c);

        List<FactValue>? facts = null;
        if (fever && (risk || nonMechanical || lesion)) Add(ref facts, Fever);
        if (risk && (fever || nonMechanical)) Add(ref facts, InfectionRisk);
        if (nonMechanical && (fever || risk)) Add(ref facts, NonMechanical);
        if (lesion && fever) Add(ref facts, SuspiciousLesionField);
        return facts ?? (IReadOnlyList<FactValue>)None;
    }

    /// <summary>RF-03 urgency: Emergency for (a) or (b); (c) alone Urgent, Emergency with a neurological deficit (as RF-04).</summary>
    public static Urgency SpinalInfectionUrgency(CaseFact c) =>
        InfectionEmergencyCriteria(c) || NeurologicalDeficit(c).Count > 0 ? Urgency.Emergency : Urgency.Urgent;

    /// <summary>RF-03 alert facts: the criterion facts, plus the deficit when it raised (c) to Emergency.</summary>
    public static IReadOnlyList<FactValue> SpinalInfectionAlertFacts(CaseFact c) =>
        InfectionEmergencyCriteria(c) ? SpinalInfection(c) : WithDeficit(SpinalInfection(c), c);

    /// <summary>RF-03 (a) or (b): fever with infection risk, non-mechanical pain or a suspicious lesion.</summary>
    private static bool InfectionEmergencyCriteria(CaseFact c) =>
        c.RedFlags.FeverOrSystemicallyUnwell == TriState.Yes &&
        (c.RedFlags.SpinalInfectionRisk == TriState.Yes || c.RedFlags.NonMechanicalPain == TriState.Yes || SuspiciousLesion(c));

    /// <summary>
    /// RF-04: RFI-08 AND (RFI-09 OR RFI-10); RFI-09 AND RFI-10; RFI-12 AND (RFI-09 OR RFI-10); or a suspicious lesion on
    /// lumbar MRI. RFI-12 never fires alone.
    /// </summary>
    public static IReadOnlyList<FactValue> Malignancy(CaseFact c)
    {
        var rf = c.RedFlags;
        var cancer = rf.CancerHistory == TriState.Yes;
        var weightLoss = rf.UnexplainedWeightLoss == TriState.Yes;
        var nonMechanical = rf.NonMechanicalPain == TriState.Yes;
        var firstOver50 = rf.FirstEpisodeAgedOver50 == TriState.Yes;
        var lesion = SuspiciousLesion(c);

        List<FactValue>? facts = null;
        var partner = weightLoss || nonMechanical;
        if (cancer && partner) Add(ref facts, Cancer);
        if (weightLoss && (cancer || nonMechanical || firstOver50)) Add(ref facts, WeightLoss);
        if (nonMechanical && (cancer || weightLoss || firstOver50)) Add(ref facts, NonMechanical);
        if (firstOver50 && partner) Add(ref facts, FirstEpisodeOver50);
        if (lesion) Add(ref facts, SuspiciousLesionField);
        return facts ?? (IReadOnlyList<FactValue>)None;
    }

    /// <summary>RF-05: RFI-11 = Yes.</summary>
    public static IReadOnlyList<FactValue> Fracture(CaseFact c)
    {
        List<FactValue>? facts = null;
        Yes(ref facts, c.RedFlags.SignificantTrauma, Trauma);
        return facts ?? (IReadOnlyList<FactValue>)None;
    }

    /// <summary>
    /// The neurological deficit of RF-04 (and RF-03 (c)): <c>ReflexChange = Yes</c>, <c>SensoryLossObjective = Yes</c> or
    /// <c>WorstMyotomeMrc ≤ 4</c>. An unknown or unexamined finding is not a deficit.
    /// </summary>
    public static IReadOnlyList<FactValue> NeurologicalDeficit(CaseFact c)
    {
        var neuro = c.Neuro;
        List<FactValue>? facts = null;
        Yes(ref facts, neuro.ReflexChange, "Neuro.ReflexChange");
        Yes(ref facts, neuro.SensoryLossObjective, "Neuro.SensoryLossObjective");
        if (neuro.WorstMyotomeMrc <= 4) (facts ??= []).Add(new FactValue("Neuro.WorstMyotomeMrc", neuro.WorstMyotomeMrc.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return facts ?? (IReadOnlyList<FactValue>)None;
    }

    /// <summary>The facts of a red flag plus those of the neurological deficit (if any).</summary>
    private static IReadOnlyList<FactValue> WithDeficit(IReadOnlyList<FactValue> facts, CaseFact c)
    {
        var deficit = NeurologicalDeficit(c);
        if (deficit.Count == 0) return facts;
        var all = new List<FactValue>(facts);
        foreach (var f in deficit) if (!all.Contains(f)) all.Add(f);
        return all;
    }

    /// <summary>RF-04 alert facts: the criterion facts plus the deficit that raises it to Emergency.</summary>
    public static IReadOnlyList<FactValue> MalignancyAlertFacts(CaseFact c) => WithDeficit(Malignancy(c), c);

    /// <summary>RF-04 urgency: Urgent; Emergency with a neurological deficit (possible metastatic cord or cauda compression).</summary>
    public static Urgency MalignancyUrgency(CaseFact c) =>
        NeurologicalDeficit(c).Count > 0 ? Urgency.Emergency : Urgency.Urgent;

    private static bool SuspiciousLesion(CaseFact c) => c.LumbarMriDone && c.Lumbar.SuspiciousLesion == TriState.Yes;

    private static void Add(ref List<FactValue>? facts, string field) => (facts ??= []).Add(new FactValue(field, "Yes"));

    internal static void Yes(ref List<FactValue>? facts, TriState value, string field)
    {
        if (value == TriState.Yes) (facts ??= []).Add(new FactValue(field, "Yes"));
    }
}
