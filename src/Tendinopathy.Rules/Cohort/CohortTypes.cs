namespace Tendinopathy.Rules.Cohort;

/// <summary>How a cohort is evaluated: degree of parallelism, the ordered window and how often progress is reported.</summary>
public sealed record CohortOptions
{
    /// <summary>Defaults: one evaluation per processor, a window of 64 cases per thread, progress every 1,000 cases.</summary>
    public static CohortOptions Default { get; } = new();

    /// <summary>Most evaluations running at once (default <see cref="Environment.ProcessorCount"/>; at least 1).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Most cases in flight or waiting to be read in order, per degree of parallelism (default 64). Memory is bounded by
    /// this window, never by the size of the cohort.
    /// </summary>
    public int WindowPerThread { get; init; } = 64;

    /// <summary>Report progress after every this many cases (default 1,000), and once at the end.</summary>
    public int ProgressInterval { get; init; } = 1_000;

    internal int Parallelism => Math.Max(1, MaxDegreeOfParallelism);

    internal int Window => Parallelism * Math.Max(1, WindowPerThread);

    internal int Interval => Math.Max(1, ProgressInterval);
}

/// <summary>Progress of a cohort run, reported through <see cref="IProgress{T}"/> in input order.</summary>
/// <param name="Completed">Cases evaluated (valid or not) and handed to the reader so far.</param>
/// <param name="Invalid">Of those, cases that failed JSON reading or validation.</param>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="IsFinal">True for the last report, after the input was exhausted.</param>
public sealed record CohortProgress(long Completed, long Invalid, TimeSpan Elapsed, bool IsFinal)
{
    /// <summary>Cases per second so far (0 before any time has passed).</summary>
    public double CasesPerSecond => Elapsed.TotalSeconds > 0 ? Completed / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// The outcome of one case of a cohort: where it was in the input, its ID, and either the result or every error that
/// kept it from being evaluated (a bad case never stops the run).
/// </summary>
public sealed record CohortOutcome
{
    /// <summary>Zero-based position among the cases of the input (blank lines are not cases).</summary>
    public required long Index { get; init; }

    /// <summary>One-based line number in a JSON Lines input; <see cref="Index"/> + 1 for an in-memory sequence.</summary>
    public required long LineNumber { get; init; }

    /// <summary>The case ID, when the case could be read and carries one.</summary>
    public string? CaseId { get; init; }

    /// <summary>The result; <see langword="null"/> when the case was invalid.</summary>
    public PathwayResult? Result { get; init; }

    /// <summary>JSON (code <c>INVALID_JSON</c>) or validation errors; empty when the case was evaluated.</summary>
    public IReadOnlyList<ValidationError> Errors { get; init; } = [];

    /// <summary>True when the case was evaluated.</summary>
    public bool IsValid => Result is not null;
}
