namespace Tendinopathy.Rules.Catalogue;

/// <summary>
/// Every output ID's text and classification, in one place (STYLE: texts live with the ID, not in rule actions).
/// Entries are grouped by pathway stage in the partial files beside this one.
/// </summary>
internal static partial class ItemCatalogue
{
    private static IReadOnlyList<ItemDefinition>? _all;

    /// <summary>All built-in item definitions.</summary>
    public static IReadOnlyList<ItemDefinition> All => _all ??= Build();

    private static List<ItemDefinition> Build()
    {
        var list = new List<ItemDefinition>();
        AddRedFlags(list);
        AddAlerts(list);
        AddDiagnoses(list);
        AddInvestigations(list);
        AddMissingInformation(list);
        AddLoadManagement(list);
        AddLoading(list);
        AddSymptomRelief(list);
        AddInjections(list);
        AddShockwave(list);
        AddSciatica(list);
        AddDeepGluteal(list);
        AddAvulsion(list);
        AddRisk(list);
        AddFollowUp(list);
        AddEscalation(list);
        AddSurgery(list);
        AddDoNotOffer(list);
        return list;
    }

    static partial void AddRedFlags(List<ItemDefinition> list);
    static partial void AddAlerts(List<ItemDefinition> list);
    static partial void AddDiagnoses(List<ItemDefinition> list);
    static partial void AddInvestigations(List<ItemDefinition> list);
    static partial void AddMissingInformation(List<ItemDefinition> list);
    static partial void AddLoadManagement(List<ItemDefinition> list);
    static partial void AddLoading(List<ItemDefinition> list);
    static partial void AddSymptomRelief(List<ItemDefinition> list);
    static partial void AddInjections(List<ItemDefinition> list);
    static partial void AddShockwave(List<ItemDefinition> list);
    static partial void AddSciatica(List<ItemDefinition> list);
    static partial void AddDeepGluteal(List<ItemDefinition> list);
    static partial void AddAvulsion(List<ItemDefinition> list);
    static partial void AddRisk(List<ItemDefinition> list);
    static partial void AddFollowUp(List<ItemDefinition> list);
    static partial void AddEscalation(List<ItemDefinition> list);
    static partial void AddSurgery(List<ItemDefinition> list);
    static partial void AddDoNotOffer(List<ItemDefinition> list);

    private static ItemDefinition Item(
        string id,
        string title,
        string clinician,
        string patient,
        ItemCategory? category = null,
        string? code = null,
        string[]? references = null,
        bool safetyNet = false,
        bool isOrder = true,
        MissingInformationPriority? priority = null) => new()
    {
        Id = id,
        Title = title,
        ClinicianText = clinician,
        PatientText = patient,
        Category = category,
        EvidenceCode = code,
        References = references ?? [],
        SafetyNet = safetyNet,
        IsOrder = isOrder,
        Priority = priority,
    };
}
