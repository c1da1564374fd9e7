using System.Diagnostics;
using System.Text.Json;

namespace Tendinopathy.Rules.Cohort;

/// <summary>
/// Evaluates many cases on one <see cref="PathwayEngine"/>: in parallel on a bounded number of threads, streaming (an
/// ordered bounded window, so memory stays flat in the size of the cohort), in input order, with cancellation and
/// progress. A case that cannot be read or fails validation gives an outcome with its errors; the run goes on.
/// Deterministic: the same input gives the same outcomes in the same order, whatever the degree of parallelism.
/// </summary>
public sealed class CohortEvaluator
{
    /// <summary>The code of an error for a line that is not a well-formed case document.</summary>
    public const string InvalidJsonCode = "INVALID_JSON";

    /// <summary>Creates an evaluator.</summary>
    /// <param name="engine">The engine (thread-safe; shared by every worker).</param>
    /// <param name="options">Parallelism, window and progress interval; <see langword="null"/> for <see cref="CohortOptions.Default"/>.</param>
    public CohortEvaluator(PathwayEngine engine, CohortOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        Options = options ?? CohortOptions.Default;
    }

    /// <summary>The engine every case is evaluated on.</summary>
    public PathwayEngine Engine { get; }

    /// <summary>The run options.</summary>
    public CohortOptions Options { get; }

    /// <summary>Evaluates cases lazily; outcomes come in input order as the reader pulls them.</summary>
    /// <param name="cases">The cases (read lazily, once).</param>
    /// <param name="progress">Receives progress every <see cref="CohortOptions.ProgressInterval"/> cases and at the end.</param>
    /// <param name="cancellationToken">Stops the run; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One outcome per case.</returns>
    public IEnumerable<CohortOutcome> Evaluate(IEnumerable<PatientCase> cases, IProgress<CohortProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return Report(OrderedParallel.Run(Number(cases), EvaluateOne, Options.Parallelism, Options.Window, cancellationToken), progress);
    }

    /// <summary>Evaluates a JSON Lines input (one case document per line; blank lines are skipped) lazily, in input order.</summary>
    /// <param name="reader">The input; read line by line, never whole.</param>
    /// <param name="progress">Receives progress every <see cref="CohortOptions.ProgressInterval"/> cases and at the end.</param>
    /// <param name="cancellationToken">Stops the run; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One outcome per non-blank line; a line that is not a valid case document has an <see cref="InvalidJsonCode"/> error.</returns>
    public IEnumerable<CohortOutcome> EvaluateJsonLines(TextReader reader, IProgress<CohortProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Report(OrderedParallel.Run(ReadLines(reader), EvaluateOne, Options.Parallelism, Options.Window, cancellationToken), progress);
    }

    /// <summary>Evaluates cases as an asynchronous stream, in input order.</summary>
    /// <param name="cases">The cases (read lazily, once).</param>
    /// <param name="progress">Receives progress every <see cref="CohortOptions.ProgressInterval"/> cases and at the end.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>One outcome per case.</returns>
    public async IAsyncEnumerable<CohortOutcome> EvaluateAsync(IEnumerable<PatientCase> cases, IProgress<CohortProgress>? progress = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var tracker = new ProgressTracker(progress, Options.Interval);
        await foreach (var outcome in OrderedParallel.RunAsync(Number(cases), EvaluateOne, Options.Parallelism, Options.Window, cancellationToken)
                           .ConfigureAwait(false))
        {
            tracker.Add(outcome);
            yield return outcome;
        }
        tracker.Finish();
    }

    private IEnumerable<CohortOutcome> Report(IEnumerable<CohortOutcome> outcomes, IProgress<CohortProgress>? progress)
    {
        var tracker = new ProgressTracker(progress, Options.Interval);
        foreach (var outcome in outcomes)
        {
            tracker.Add(outcome);
            yield return outcome;
        }
        tracker.Finish();
    }

    private CohortOutcome EvaluateOne(CohortInput input) => Evaluate(Engine, input);

    internal static CohortOutcome Evaluate(PathwayEngine engine, CohortInput input)
    {
        var patientCase = input.Case;
        if (patientCase is null)
        {
            if (!TryRead(input.Json!, out patientCase, out var jsonError))
            {
                return new CohortOutcome { Index = input.Index, LineNumber = input.LineNumber, Errors = [jsonError] };
            }
        }
        try
        {
            var result = engine.Evaluate(patientCase);
            return new CohortOutcome { Index = input.Index, LineNumber = input.LineNumber, CaseId = patientCase.CaseId, Result = result };
        }
        catch (CaseValidationException e)
        {
            return new CohortOutcome { Index = input.Index, LineNumber = input.LineNumber, CaseId = patientCase.CaseId, Errors = e.Errors };
        }
    }

    internal static bool TryRead(string json, out PatientCase patientCase, out ValidationError error)
    {
        try
        {
            patientCase = PathwayJson.ReadCase(json);
            error = null!;
            return true;
        }
        catch (JsonException e)
        {
            patientCase = null!;
            error = JsonError(e);
            return false;
        }
    }

    /// <summary>A JSON reading error in the shape of a validation error (path, <see cref="InvalidJsonCode"/>, message).</summary>
    /// <param name="exception">The System.Text.Json exception.</param>
    /// <returns>The error.</returns>
    public static ValidationError JsonError(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        // System.Text.Json appends " Path: $.x | LineNumber: n | BytePositionInLine: m." — keep the path in its own field.
        var suffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (suffix > 0) message = message.Substring(0, suffix);
        var where = exception.BytePositionInLine is { } position ? $" (position {position + 1})" : "";
        return new ValidationError(exception.Path ?? "$", InvalidJsonCode, message.Trim() + where);
    }

    internal static IEnumerable<CohortInput> Number(IEnumerable<PatientCase> cases)
    {
        long index = 0;
        foreach (var c in cases)
        {
            yield return new CohortInput(index, index + 1, c, null);
            index++;
        }
    }

    internal static IEnumerable<CohortInput> ReadLines(TextReader reader)
    {
        long index = 0;
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return new CohortInput(index++, lineNumber, null, line);
        }
    }

    private sealed class ProgressTracker(IProgress<CohortProgress>? progress, int interval)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _completed;
        private long _invalid;

        public void Add(CohortOutcome outcome)
        {
            _completed++;
            if (!outcome.IsValid) _invalid++;
            if (progress is not null && _completed % interval == 0)
            {
                progress.Report(new CohortProgress(_completed, _invalid, _clock.Elapsed, IsFinal: false));
            }
        }

        public void Finish() => progress?.Report(new CohortProgress(_completed, _invalid, _clock.Elapsed, IsFinal: true));
    }
}

/// <summary>One case of a cohort input: already a case, or a JSON line still to be read (by the worker).</summary>
internal sealed record CohortInput(long Index, long LineNumber, PatientCase? Case, string? Json);
