namespace Tendinopathy.Rules.Cohort;

/// <summary>What a comparison counts: a recommendation or a do-not-offer item.</summary>
public enum ComparedList
{
    /// <summary><see cref="PathwayResult.Recommendations"/>.</summary>
    Recommendations = 1,

    /// <summary><see cref="PathwayResult.DoNotOffer"/>.</summary>
    DoNotOffer = 2,
}

/// <summary>How one case differs between rule set A and rule set B (IDs added by B, removed by B, urgency A → B).</summary>
public sealed record CaseComparison
{
    /// <summary>Zero-based position among the cases of the input.</summary>
    public required long Index { get; init; }

    /// <summary>One-based line number in a JSON Lines input; <see cref="Index"/> + 1 for an in-memory sequence.</summary>
    public required long LineNumber { get; init; }

    /// <summary>The case ID, when the case could be read and carries one.</summary>
    public string? CaseId { get; init; }

    /// <summary>JSON or validation errors; empty when the case was evaluated on both rule sets.</summary>
    public IReadOnlyList<ValidationError> Errors { get; init; } = [];

    /// <summary>True when the case was evaluated.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Overall urgency with rule set A (<see langword="null"/> when invalid).</summary>
    public Urgency? UrgencyA { get; init; }

    /// <summary>Overall urgency with rule set B (<see langword="null"/> when invalid).</summary>
    public Urgency? UrgencyB { get; init; }

    /// <summary>Recommendation IDs in B's result and not in A's, by ID.</summary>
    public IReadOnlyList<string> RecommendationsAdded { get; init; } = [];

    /// <summary>Recommendation IDs in A's result and not in B's, by ID.</summary>
    public IReadOnlyList<string> RecommendationsRemoved { get; init; } = [];

    /// <summary>Do-not-offer IDs in B's result and not in A's, by ID.</summary>
    public IReadOnlyList<string> DoNotOfferAdded { get; init; } = [];

    /// <summary>Do-not-offer IDs in A's result and not in B's, by ID.</summary>
    public IReadOnlyList<string> DoNotOfferRemoved { get; init; } = [];

    /// <summary>True when the urgency changed.</summary>
    public bool UrgencyChanged => UrgencyA != UrgencyB;

    /// <summary>True when the recommendations, do-not-offer items or urgency changed.</summary>
    public bool Changed => UrgencyChanged || RecommendationsAdded.Count > 0 || RecommendationsRemoved.Count > 0 ||
                           DoNotOfferAdded.Count > 0 || DoNotOfferRemoved.Count > 0;
}

/// <summary>How often one item was added or removed by rule set B, across a cohort.</summary>
/// <param name="List">Recommendations or do-not-offer list.</param>
/// <param name="Id">The item ID.</param>
/// <param name="Added">Cases where B has it and A does not.</param>
/// <param name="Removed">Cases where A has it and B does not.</param>
public sealed record ItemChangeCount(ComparedList List, string Id, long Added, long Removed);

/// <summary>Cases whose overall urgency went from <paramref name="From"/> (A) to <paramref name="To"/> (B).</summary>
/// <param name="From">Urgency with A.</param>
/// <param name="To">Urgency with B.</param>
/// <param name="Cases">Number of cases.</param>
public sealed record UrgencyChangeCount(Urgency From, Urgency To, long Cases);

/// <summary>The answer to "what changes if I run these cases on rule set B instead of A?".</summary>
public sealed record RuleSetComparisonReport
{
    /// <summary>Rule set A (name, version, content hash).</summary>
    public required RuleSetIdentity RuleSetA { get; init; }

    /// <summary>Rule set B.</summary>
    public required RuleSetIdentity RuleSetB { get; init; }

    /// <summary>Cases read.</summary>
    public required long Cases { get; init; }

    /// <summary>Cases that could not be read or failed validation (not compared).</summary>
    public required long InvalidCases { get; init; }

    /// <summary>Cases whose recommendations, do-not-offer items or urgency changed.</summary>
    public required long ChangedCases { get; init; }

    /// <summary>Cases whose overall urgency changed.</summary>
    public required long UrgencyChangedCases { get; init; }

    /// <summary>Per item, how often B added or removed it; most changes first, then list and ID.</summary>
    public required IReadOnlyList<ItemChangeCount> ItemChanges { get; init; }

    /// <summary>Urgency transitions, most frequent first.</summary>
    public required IReadOnlyList<UrgencyChangeCount> UrgencyChanges { get; init; }

    /// <summary>The changed cases, in input order, up to the limit given to the builder.</summary>
    public required IReadOnlyList<CaseComparison> ChangedCaseList { get; init; }

    /// <summary>True when more cases changed than <see cref="ChangedCaseList"/> holds.</summary>
    public bool ChangedCaseListTruncated => ChangedCases > ChangedCaseList.Count;
}

/// <summary>
/// Evaluates the same cases on two engines (two <see cref="RuleSet"/> / <see cref="PathwayOptions"/> configurations) and
/// reports which cases' recommendations, do-not-offer items or urgency changed. Streaming, parallel and ordered like
/// <see cref="CohortEvaluator"/>: each case is read and validated once and evaluated on both engines by the same worker.
/// </summary>
public static class RuleSetComparison
{
    /// <summary>Compares case by case, lazily, in input order.</summary>
    /// <param name="engineA">Rule set A (the reference).</param>
    /// <param name="engineB">Rule set B (the variant).</param>
    /// <param name="cases">The cases.</param>
    /// <param name="options">Parallelism and window; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>One comparison per case.</returns>
    public static IEnumerable<CaseComparison> CompareCases(PathwayEngine engineA, PathwayEngine engineB, IEnumerable<PatientCase> cases,
        CohortOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return Run(engineA, engineB, CohortEvaluator.Number(cases), options, cancellationToken);
    }

    /// <summary>Compares the cases of a JSON Lines input (blank lines skipped), lazily, in input order.</summary>
    /// <param name="engineA">Rule set A (the reference).</param>
    /// <param name="engineB">Rule set B (the variant).</param>
    /// <param name="reader">The input, read line by line.</param>
    /// <param name="options">Parallelism and window; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>One comparison per non-blank line.</returns>
    public static IEnumerable<CaseComparison> CompareJsonLines(PathwayEngine engineA, PathwayEngine engineB, TextReader reader,
        CohortOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Run(engineA, engineB, CohortEvaluator.ReadLines(reader), options, cancellationToken);
    }

    /// <summary>Compares the cases and summarises the differences.</summary>
    /// <param name="engineA">Rule set A (the reference).</param>
    /// <param name="engineB">Rule set B (the variant).</param>
    /// <param name="cases">The cases.</param>
    /// <param name="options">Parallelism and window; <see langword="null"/> for the defaults.</param>
    /// <param name="maxListedCases">Most changed cases kept in <see cref="RuleSetComparisonReport.ChangedCaseList"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report.</returns>
    public static RuleSetComparisonReport Compare(PathwayEngine engineA, PathwayEngine engineB, IEnumerable<PatientCase> cases,
        CohortOptions? options = null, int maxListedCases = 1_000, CancellationToken cancellationToken = default)
    {
        var builder = new RuleSetComparisonBuilder(engineA.Identity, engineB.Identity, maxListedCases);
        foreach (var c in CompareCases(engineA, engineB, cases, options, cancellationToken)) builder.Add(c);
        return builder.ToReport();
    }

    /// <summary>Compares two results of the same case.</summary>
    /// <param name="a">The result with rule set A.</param>
    /// <param name="b">The result with rule set B.</param>
    /// <param name="index">Position of the case.</param>
    /// <param name="lineNumber">Line of the case.</param>
    /// <returns>The differences.</returns>
    public static CaseComparison Diff(PathwayResult a, PathwayResult b, long index = 0, long lineNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var recA = a.Recommendations.Select(x => x.Id);
        var recB = b.Recommendations.Select(x => x.Id);
        var dnoA = a.DoNotOffer.Select(x => x.Id);
        var dnoB = b.DoNotOffer.Select(x => x.Id);
        return new CaseComparison
        {
            Index = index,
            LineNumber = lineNumber,
            CaseId = a.CaseId,
            UrgencyA = a.OverallUrgency,
            UrgencyB = b.OverallUrgency,
            RecommendationsAdded = Except(recB, recA),
            RecommendationsRemoved = Except(recA, recB),
            DoNotOfferAdded = Except(dnoB, dnoA),
            DoNotOfferRemoved = Except(dnoA, dnoB),
        };
    }

    private static IReadOnlyList<string> Except(IEnumerable<string> these, IEnumerable<string> those)
    {
        var list = these.Except(those, StringComparer.Ordinal).ToList();
        if (list.Count == 0) return [];
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    private static IEnumerable<CaseComparison> Run(PathwayEngine engineA, PathwayEngine engineB, IEnumerable<CohortInput> inputs,
        CohortOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engineA);
        ArgumentNullException.ThrowIfNull(engineB);
        options ??= CohortOptions.Default;
        return OrderedParallel.Run(inputs, input => CompareOne(engineA, engineB, input), options.Parallelism, options.Window, cancellationToken);
    }

    private static CaseComparison CompareOne(PathwayEngine engineA, PathwayEngine engineB, CohortInput input)
    {
        var patientCase = input.Case;
        if (patientCase is null && !CohortEvaluator.TryRead(input.Json!, out patientCase, out var jsonError))
        {
            return new CaseComparison { Index = input.Index, LineNumber = input.LineNumber, Errors = [jsonError] };
        }
        var a = CohortEvaluator.Evaluate(engineA, input with { Case = patientCase, Json = null });
        if (a.Result is null)
        {
            return new CaseComparison { Index = input.Index, LineNumber = input.LineNumber, CaseId = a.CaseId, Errors = a.Errors };
        }
        // The case is valid (validation does not depend on the rule set), so B evaluates it too.
        return Diff(a.Result, engineB.Evaluate(patientCase), input.Index, input.LineNumber);
    }
}

/// <summary>Accumulates a <see cref="RuleSetComparisonReport"/> one case at a time; memory grows with distinct IDs, not cases.</summary>
public sealed class RuleSetComparisonBuilder
{
    private readonly RuleSetIdentity _a;
    private readonly RuleSetIdentity _b;
    private readonly int _maxListed;
    private readonly Dictionary<(ComparedList, string), (long Added, long Removed)> _items = [];
    private readonly Dictionary<(Urgency, Urgency), long> _urgency = [];
    private readonly List<CaseComparison> _listed = [];
    private long _cases;
    private long _invalid;
    private long _changed;
    private long _urgencyChanged;

    /// <summary>Starts a report.</summary>
    /// <param name="ruleSetA">Identity of rule set A.</param>
    /// <param name="ruleSetB">Identity of rule set B.</param>
    /// <param name="maxListedCases">Most changed cases kept for <see cref="RuleSetComparisonReport.ChangedCaseList"/>.</param>
    public RuleSetComparisonBuilder(RuleSetIdentity ruleSetA, RuleSetIdentity ruleSetB, int maxListedCases = 1_000)
    {
        ArgumentNullException.ThrowIfNull(ruleSetA);
        ArgumentNullException.ThrowIfNull(ruleSetB);
        ArgumentOutOfRangeException.ThrowIfNegative(maxListedCases);
        _a = ruleSetA;
        _b = ruleSetB;
        _maxListed = maxListedCases;
    }

    /// <summary>Adds one case.</summary>
    /// <param name="comparison">The comparison of the case.</param>
    public void Add(CaseComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        _cases++;
        if (!comparison.IsValid)
        {
            _invalid++;
            return;
        }
        if (!comparison.Changed) return;
        _changed++;
        if (_listed.Count < _maxListed) _listed.Add(comparison);
        if (comparison.UrgencyChanged)
        {
            _urgencyChanged++;
            var key = (comparison.UrgencyA!.Value, comparison.UrgencyB!.Value);
            _urgency[key] = _urgency.GetValueOrDefault(key) + 1;
        }
        Count(ComparedList.Recommendations, comparison.RecommendationsAdded, added: true);
        Count(ComparedList.Recommendations, comparison.RecommendationsRemoved, added: false);
        Count(ComparedList.DoNotOffer, comparison.DoNotOfferAdded, added: true);
        Count(ComparedList.DoNotOffer, comparison.DoNotOfferRemoved, added: false);
    }

    /// <summary>The report of everything added so far.</summary>
    /// <returns>An immutable report.</returns>
    public RuleSetComparisonReport ToReport() => new()
    {
        RuleSetA = _a,
        RuleSetB = _b,
        Cases = _cases,
        InvalidCases = _invalid,
        ChangedCases = _changed,
        UrgencyChangedCases = _urgencyChanged,
        ItemChanges = _items
            .Select(p => new ItemChangeCount(p.Key.Item1, p.Key.Item2, p.Value.Added, p.Value.Removed))
            .OrderByDescending(c => c.Added + c.Removed).ThenBy(c => c.List).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToArray(),
        UrgencyChanges = _urgency
            .Select(p => new UrgencyChangeCount(p.Key.Item1, p.Key.Item2, p.Value))
            .OrderByDescending(c => c.Cases).ThenBy(c => c.From).ThenBy(c => c.To)
            .ToArray(),
        ChangedCaseList = _listed.ToArray(),
    };

    private void Count(ComparedList list, IReadOnlyList<string> ids, bool added)
    {
        foreach (var id in ids)
        {
            var (a, r) = _items.GetValueOrDefault((list, id));
            _items[(list, id)] = added ? (a + 1, r) : (a, r + 1);
        }
    }
}
