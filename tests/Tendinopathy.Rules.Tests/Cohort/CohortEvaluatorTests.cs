using System.Text;
using System.Text.Json;
using Tendinopathy.Rules.Cohort;
using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Cohort;

/// <summary>The cohort evaluator: order, bad lines, cancellation, progress and parallelism that does not change results.</summary>
public sealed class CohortEvaluatorTests
{
    private static readonly PatientCase[] Cases = SyntheticCohort.Generate(240, seed: 11).ToArray();

    /// <summary>Collects progress synchronously (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class Recorder : IProgress<CohortProgress>
    {
        public List<CohortProgress> Reports { get; } = [];
        public void Report(CohortProgress value) => Reports.Add(value);
    }

    private static string Compact(CohortOutcome o)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) CohortJson.WriteOutcome(writer, o);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Outcomes_come_in_input_order_with_a_small_window_and_two_threads()
    {
        var evaluator = new CohortEvaluator(Evaluation.Engine, new CohortOptions { MaxDegreeOfParallelism = 2, WindowPerThread = 2 });

        var outcomes = evaluator.Evaluate(Cases).ToArray();

        Assert.Equal(Cases.Length, outcomes.Length);
        for (var i = 0; i < Cases.Length; i++)
        {
            Assert.Equal(i, outcomes[i].Index);
            Assert.Equal(i + 1, outcomes[i].LineNumber);
            Assert.Equal(Cases[i].CaseId, outcomes[i].CaseId);
            Assert.Equal(Cases[i].CaseId, outcomes[i].Result!.CaseId);
        }
    }

    [Fact]
    public void Bounded_parallelism_gives_the_same_results_as_sequential_evaluation()
    {
        var sequential = Cases.Select(c => Compact(new CohortOutcome { Index = 0, LineNumber = 1, CaseId = c.CaseId, Result = Evaluation.Engine.Evaluate(c) }));
        var parallel = new CohortEvaluator(Evaluation.Engine, new CohortOptions { MaxDegreeOfParallelism = 4, WindowPerThread = 3 })
            .Evaluate(Cases).Select(o => Compact(o with { Index = 0, LineNumber = 1 }));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public async Task The_async_stream_gives_the_same_outcomes_in_the_same_order()
    {
        var evaluator = new CohortEvaluator(Evaluation.Engine, new CohortOptions { MaxDegreeOfParallelism = 2 });
        var expected = evaluator.Evaluate(Cases.Take(60)).Select(Compact).ToArray();

        var actual = new List<string>();
        await foreach (var o in evaluator.EvaluateAsync(Cases.Take(60))) actual.Add(Compact(o));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Bad_lines_are_reported_with_line_numbers_and_nothing_is_lost()
    {
        var good = Cases.Take(3).Select(c => PathwayJson.Write(c, indented: false)).ToArray();
        var invalidCase = PathwayJson.Write(CaseBuilder.TypicalPht().Age(12).With(c => c with { CaseId = "child" }).Case, indented: false);
        var lines = new[] { good[0], "", "{ not json", invalidCase, "   ", good[1], "{\"caseId\":\"x\",\"misspelt\":1}", "null", good[2] };

        var outcomes = new CohortEvaluator(Evaluation.Engine, new CohortOptions { MaxDegreeOfParallelism = 2 })
            .EvaluateJsonLines(new StringReader(string.Join("\n", lines))).ToArray();

        Assert.Equal(new long[] { 1, 3, 4, 6, 7, 8, 9 }, outcomes.Select(o => o.LineNumber));
        Assert.Equal(new long[] { 0, 1, 2, 3, 4, 5, 6 }, outcomes.Select(o => o.Index));
        Assert.Equal(new[] { true, false, false, true, false, false, true }, outcomes.Select(o => o.IsValid));
        Assert.Equal(CohortEvaluator.InvalidJsonCode, Assert.Single(outcomes[1].Errors).Code);
        Assert.Equal("child", outcomes[2].CaseId);
        Assert.Contains(outcomes[2].Errors, e => e is { Path: "Patient.AgeYears", Code: ValidationCodes.OutOfScopeAge });
        Assert.Equal("$.misspelt", Assert.Single(outcomes[4].Errors).Path);
        Assert.Equal(CohortEvaluator.InvalidJsonCode, Assert.Single(outcomes[5].Errors).Code);
        Assert.Equal(Cases[2].CaseId, outcomes[6].CaseId);
    }

    [Fact]
    public void Progress_is_reported_every_interval_and_once_at_the_end()
    {
        var recorder = new Recorder();
        var input = Cases.Take(35).Append(CaseBuilder.Baseline().Age(10).Case);
        var evaluator = new CohortEvaluator(Evaluation.Engine, new CohortOptions { MaxDegreeOfParallelism = 2, ProgressInterval = 10 });

        var count = evaluator.Evaluate(input, recorder).Count();

        Assert.Equal(36, count);
        Assert.Equal(new long[] { 10, 20, 30, 36 }, recorder.Reports.Select(r => r.Completed));
        Assert.Equal(new[] { false, false, false, true }, recorder.Reports.Select(r => r.IsFinal));
        Assert.Equal(1, recorder.Reports[^1].Invalid);
    }

    [Fact]
    public void Cancellation_stops_the_run_with_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        var evaluator = new CohortEvaluator(Evaluation.Engine, new CohortOptions { MaxDegreeOfParallelism = 2, WindowPerThread = 4 });
        var read = 0;

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in evaluator.Evaluate(SyntheticCohort.Generate(100_000, seed: 3), cancellationToken: cts.Token))
            {
                if (++read == 20) cts.Cancel();
            }
        });
        Assert.InRange(read, 20, 20 + 8);
    }

    [Fact]
    public void A_cancelled_token_stops_before_any_case()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new CohortEvaluator(Evaluation.Engine).Evaluate(Cases, cancellationToken: cts.Token).ToArray());
    }

    [Fact]
    public void The_source_is_pulled_lazily_never_further_than_the_window()
    {
        var pulled = 0;
        IEnumerable<PatientCase> Source()
        {
            foreach (var c in SyntheticCohort.Generate(1_000_000, seed: 5))
            {
                pulled++;
                yield return c;
            }
        }
        var options = new CohortOptions { MaxDegreeOfParallelism = 2, WindowPerThread = 4 };

        var first = new CohortEvaluator(Evaluation.Engine, options).Evaluate(Source()).Take(10).ToArray();

        Assert.Equal(10, first.Length);
        Assert.InRange(pulled, 10, 10 + 8);
    }
}
