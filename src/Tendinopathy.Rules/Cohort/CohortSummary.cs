namespace Tendinopathy.Rules.Cohort;

/// <summary>How many cases of a cohort carried one ID (a recommendation, a do-not-offer item, an alert or a diagnosis).</summary>
/// <param name="Id">The item ID.</param>
/// <param name="Cases">Number of cases.</param>
public sealed record ItemCount(string Id, long Cases);

/// <summary>The summary of a cohort run: case counts, urgency mix, diagnoses and the most frequent items.</summary>
public sealed record CohortSummary
{
    /// <summary>Cases read (valid and invalid).</summary>
    public required long Cases { get; init; }

    /// <summary>Cases that could not be read or failed validation.</summary>
    public required long InvalidCases { get; init; }

    /// <summary>Cases evaluated.</summary>
    public long ValidCases => Cases - InvalidCases;

    /// <summary>Evaluated cases with at least one red flag (an alert of kind <see cref="AlertKind.RedFlag"/>).</summary>
    public required long CasesWithRedFlags { get; init; }

    /// <summary>Evaluated cases whose plan is provisional (red-flag screen incomplete).</summary>
    public required long ProvisionalCases { get; init; }

    /// <summary>Evaluated cases by overall urgency, Routine to Emergency (every level listed, zero included).</summary>
    public required IReadOnlyList<KeyValuePair<Urgency, long>> UrgencyMix { get; init; }

    /// <summary>Per diagnosis ID, the evaluated cases where it was at least <see cref="Likelihood.Possible"/>; by ID.</summary>
    public required IReadOnlyList<ItemCount> Diagnoses { get; init; }

    /// <summary>Alerts (red flags and safety alerts) by number of cases, most frequent first, then ID.</summary>
    public required IReadOnlyList<ItemCount> Alerts { get; init; }

    /// <summary>Recommendations by number of cases, most frequent first, then ID.</summary>
    public required IReadOnlyList<ItemCount> Recommendations { get; init; }

    /// <summary>Do-not-offer items by number of cases, most frequent first, then ID.</summary>
    public required IReadOnlyList<ItemCount> DoNotOffer { get; init; }
}

/// <summary>
/// Accumulates a <see cref="CohortSummary"/> one outcome at a time, in constant memory per distinct ID (never per case).
/// Not thread-safe: feed it from the reader of the ordered outcome stream.
/// </summary>
public sealed class CohortSummaryBuilder
{
    private readonly long[] _urgency = new long[5];
    private readonly Dictionary<string, long> _diagnoses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _alerts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _recommendations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _doNotOffer = new(StringComparer.Ordinal);
    private long _cases;
    private long _invalid;
    private long _redFlags;
    private long _provisional;

    /// <summary>Adds one outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    public void Add(CohortOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _cases++;
        if (outcome.Result is not { } r)
        {
            _invalid++;
            return;
        }
        var urgency = (int)r.OverallUrgency;
        if (urgency >= 0 && urgency < _urgency.Length) _urgency[urgency]++;
        if (r.Provisional) _provisional++;
        var redFlag = false;
        foreach (var a in r.Alerts)
        {
            Count(_alerts, a.Id);
            redFlag |= a.Kind == AlertKind.RedFlag;
        }
        if (redFlag) _redFlags++;
        foreach (var d in r.Diagnoses) if (d.Likelihood >= Likelihood.Possible) Count(_diagnoses, d.Id);
        foreach (var x in r.Recommendations) Count(_recommendations, x.Id);
        foreach (var x in r.DoNotOffer) Count(_doNotOffer, x.Id);
    }

    /// <summary>The summary of everything added so far.</summary>
    /// <returns>An immutable summary.</returns>
    public CohortSummary ToSummary() => new()
    {
        Cases = _cases,
        InvalidCases = _invalid,
        CasesWithRedFlags = _redFlags,
        ProvisionalCases = _provisional,
        UrgencyMix = Enum.GetValues<Urgency>().Select(u => new KeyValuePair<Urgency, long>(u, _urgency[(int)u])).ToArray(),
        Diagnoses = _diagnoses.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ItemCount(p.Key, p.Value)).ToArray(),
        Alerts = ByFrequency(_alerts),
        Recommendations = ByFrequency(_recommendations),
        DoNotOffer = ByFrequency(_doNotOffer),
    };

    private static void Count(Dictionary<string, long> counts, string id) =>
        counts[id] = counts.TryGetValue(id, out var n) ? n + 1 : 1;

    private static ItemCount[] ByFrequency(Dictionary<string, long> counts) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => new ItemCount(p.Key, p.Value)).ToArray();
}
