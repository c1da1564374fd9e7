using Tendinopathy.Rules.Catalogue;

namespace Tendinopathy.Rules.Engine;

/// <summary>
/// The red-flag suppression policy of PATHWAY.md 3.1 and the RISK-01(e) fluoroquinolone suspension, applied in one place
/// to every Recommendations / ConsideredNotRecommended item. Red-flag rules record the flags that fired (they fire first,
/// by salience); this policy then decides, per item, whether it survives and which flags removed it (trace SuppressedBy).
/// </summary>
internal static class SuppressionPolicy
{
    /// <summary>3.1 Emergency allow-list: ACT- items, IMG-01…IMG-04, MedicationSafety items, SafetyNet items, AV-01…AV-03.</summary>
    public static bool AllowedUnderEmergency(ItemDefinition item) =>
        item.Id.StartsWith("ACT-", StringComparison.Ordinal)
        || item.Id is "IMG-01" or "IMG-02" or "IMG-03" or "IMG-04"
        || item.Category == ItemCategory.MedicationSafety
        || item.SafetyNet
        || item.Id is "AV-01" or "AV-02" or "AV-03";

    /// <summary>3.1 Urgent allow-list: the Emergency list plus LM-00…LM-04, RISK-03, SCI-01, SCI-02, SCI-06, SCI-12, SYM-01…SYM-04, ESC-01.</summary>
    public static bool AllowedUnderUrgent(ItemDefinition item) =>
        AllowedUnderEmergency(item)
        || item.Id is "LM-00" or "LM-01" or "LM-02" or "LM-03" or "LM-04" or "RISK-03"
            or "SCI-01" or "SCI-02" or "SCI-06" or "SCI-12"
            or "SYM-01" or "SYM-02" or "SYM-03" or "SYM-04" or "ESC-01";

    /// <summary>RISK-01(e): while a fluoroquinolone is current and AL-02 fired, loading and ESWT are suspended.</summary>
    public static bool SuspendedByFluoroquinolone(string id) => id is "LOAD-START" or "LOAD-CONTINUE" or "ESWT-01";
}
