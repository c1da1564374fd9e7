namespace Tendinopathy.Rules.Catalogue;

/// <summary>
/// The text and classification of one output ID (alert, diagnosis, recommendation, action, CNR, DNO or MISS item):
/// clinician and patient text written from the content column of its PATHWAY.md row (0.1), its category (0.4) and,
/// for items that have no rule class of the same ID, its evidence code and references.
/// </summary>
internal sealed record ItemDefinition
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string ClinicianText { get; init; }
    public required string PatientText { get; init; }

    /// <summary>Category from the PATHWAY.md 0.4 table; null for alerts, diagnoses, DNO and MISS items.</summary>
    public ItemCategory? Category { get; init; }

    /// <summary>Evidence code, for items without a same-ID rule (e.g. DNO items emitted by a list rule).</summary>
    public string? EvidenceCode { get; init; }

    /// <summary>References, for items without a same-ID rule. ACT- items take those of their emitting alerts.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>True only for pure "seek emergency care if…" items (SCI-12).</summary>
    public bool SafetyNet { get; init; }

    /// <summary>False only for informational items (IMG-05).</summary>
    public bool IsOrder { get; init; } = true;

    /// <summary>Priority of a MISS- prompt.</summary>
    public MissingInformationPriority? Priority { get; init; }
}
