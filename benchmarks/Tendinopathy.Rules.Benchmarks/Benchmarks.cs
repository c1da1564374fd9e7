using BenchmarkDotNet.Attributes;
using NRules;
using NRules.Fluent;
using Tendinopathy.Rules.Cohort;

namespace Tendinopathy.Rules.Benchmarks;

/// <summary>Shared inputs: the sample vignettes (copied next to the binary) and a fixed synthetic mix.</summary>
internal static class Inputs
{
    public const int MixSize = 512;
    public const int MixSeed = 20260101;

    public static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "cases");

    public static IEnumerable<string> SampleNames() =>
        Directory.Exists(CasesDirectory)
            ? Directory.GetFiles(CasesDirectory, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)
            : [];

    public static PatientCase Sample(string name) => PathwayJson.ReadCase(File.ReadAllText(Path.Combine(CasesDirectory, name + ".json")));

    public static PatientCase[] Mix(int size = MixSize, int seed = MixSeed) => SyntheticCohort.Generate(size, seed).ToArray();
}

/// <summary>The NRules floor: an empty rule set's session create + insert + fire (what NRules costs before any rule).</summary>
internal sealed class EmptyRuleSetFloor
{
    private readonly ISessionFactory _factory = new RuleRepository().Compile();

    public int Run(object fact)
    {
        var session = _factory.CreateSession();
        session.Insert(fact);
        return session.Fire();
    }
}

/// <summary>Compiling the built-in rule set: rule load + NRules compile (warm process).</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    [Benchmark]
    public PathwayEngine CompileBuiltIn() => new();
}

/// <summary>One evaluation of each sample vignette in samples/cases.</summary>
[MemoryDiagnoser]
public class SampleBenchmarks
{
    private PathwayEngine _engine = null!;
    private PatientCase _case = null!;

    public static IEnumerable<string> Samples => Inputs.SampleNames();

    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _engine = new PathwayEngine();
        _case = Inputs.Sample(Sample);
    }

    [Benchmark]
    public PathwayResult Evaluate() => _engine.Evaluate(_case);
}

/// <summary>
/// Per case over the synthetic mix, with both baselines in the same run: the NRules floor (empty rule set) and the
/// hand-written C# slice (RF-01…RF-05, DX-01/DX-02). Each invocation runs the whole mix; results are per case.
/// </summary>
[MemoryDiagnoser]
public class PerCaseBenchmarks
{
    private PathwayEngine _engine = null!;
    private PatientCase[] _mix = [];
    private EmptyRuleSetFloor _floor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new PathwayEngine();
        _mix = Inputs.Mix();
        _floor = new EmptyRuleSetFloor();
    }

    [Benchmark(OperationsPerInvoke = Inputs.MixSize)]
    public int SyntheticMix()
    {
        var n = 0;
        foreach (var c in _mix) n += _engine.Evaluate(c).Recommendations.Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Inputs.MixSize)]
    public int NRulesEmptyRuleSetFloor()
    {
        var n = 0;
        foreach (var c in _mix) n += _floor.Run(c);
        return n;
    }

    [Benchmark(OperationsPerInvoke = Inputs.MixSize)]
    public int HandWrittenSliceFloor()
    {
        var n = 0;
        foreach (var c in _mix) n += HandWrittenSlice.Evaluate(c).RedFlags.Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Inputs.MixSize)]
    public int ValidateOnly()
    {
        var n = 0;
        foreach (var c in _mix) n += _engine.Validate(c).Count;
        return n;
    }
}

/// <summary>Cohort throughput (ordered, bounded window) at 1 and 2 threads; per case. Cases/s = 1e6 / mean µs.</summary>
[MemoryDiagnoser]
public class CohortBenchmarks
{
    public const int Cases = 2_000;

    private PathwayEngine _engine = null!;
    private PatientCase[] _cases = [];

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = new PathwayEngine();
        _cases = Inputs.Mix(Cases);
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public long Cohort()
    {
        var evaluator = new CohortEvaluator(_engine, new CohortOptions { MaxDegreeOfParallelism = Threads });
        long valid = 0;
        foreach (var o in evaluator.Evaluate(_cases)) if (o.IsValid) valid++;
        return valid;
    }
}
