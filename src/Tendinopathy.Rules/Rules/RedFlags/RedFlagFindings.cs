using Tendinopathy.Rules.Derived;

namespace Tendinopathy.Rules.Rules.RedFlags;

/// <summary>
/// The red-flag criteria of PATHWAY.md 3.1, each returning the facts that make it true (empty = does not fire), so the
/// condition and the alert's triggering facts are one definition.
/// </summary>
internal static class RedFlagFindings
{
    private static readonly FactValue[] None = [];

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

    internal static void Yes(ref List<FactValue>? facts, TriState value, string field)
    {
        if (value == TriState.Yes) (facts ??= []).Add(new FactValue(field, "Yes"));
    }
}
