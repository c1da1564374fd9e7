namespace Tendinopathy.Rules.Evidence;

/// <summary>
/// The reference list of PATHWAY.md section 6: every REF- ID with a short citation and the design / level as the
/// source states it. Rules and items cite these IDs; an unknown ID fails the rule-set build.
/// </summary>
internal static partial class EvidenceCatalogue
{
    private static IReadOnlyDictionary<string, EvidenceReference>? _byId;

    /// <summary>All references by ID.</summary>
    public static IReadOnlyDictionary<string, EvidenceReference> ById => _byId ??= Build();

    private static Dictionary<string, EvidenceReference> Build()
    {
        var d = new Dictionary<string, EvidenceReference>(StringComparer.Ordinal);
        foreach (var r in References()) d.Add(r.Id, r);
        return d;
    }

    private static EvidenceReference Ref(string id, string citation, string design) => new(id, citation, design);
}
