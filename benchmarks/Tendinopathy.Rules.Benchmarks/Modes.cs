using System.Diagnostics;
using System.Globalization;
using NRules.Diagnostics;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Validation;

namespace Tendinopathy.Rules.Benchmarks;

/// <summary>Stopwatch-based modes that BenchmarkDotNet does not cover: latency percentiles, per-phase costs, the smoke run.</summary>
internal static class Modes
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>p50/p90/p99/max of single evaluations over the synthetic mix (after a warm-up).</summary>
    public static void Latency(int count, TextWriter w)
    {
        var engine = new PathwayEngine();
        var cases = Inputs.Mix(Math.Min(count, 4096), Inputs.MixSeed);
        foreach (var c in cases.Take(Math.Min(cases.Length, 1000))) engine.Evaluate(c);
        var samples = new double[count];
        var before = GC.GetAllocatedBytesForCurrentThread();
        var gcs = GC.CollectionCount(0);
        for (var i = 0; i < count; i++)
        {
            var c = cases[i % cases.Length];
            var t0 = Stopwatch.GetTimestamp();
            engine.Evaluate(c);
            samples[i] = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
        }
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)count;
        Array.Sort(samples);
        double P(double p) => samples[Math.Min(samples.Length - 1, (int)Math.Ceiling(p * samples.Length) - 1)];
        w.WriteLine($"latency over {count} evaluations of the synthetic mix (µs): mean {samples.Average().ToString("0.0", Inv)}  " +
                    $"p50 {P(0.50).ToString("0.0", Inv)}  p90 {P(0.90).ToString("0.0", Inv)}  p99 {P(0.99).ToString("0.0", Inv)}  " +
                    $"max {samples[^1].ToString("0.0", Inv)}");
        w.WriteLine($"allocated per case: {(allocated / 1024).ToString("0.0", Inv)} KB; gen-0 collections: {GC.CollectionCount(0) - gcs}");
    }

    /// <summary>Per-phase mean time and allocation (validate, derive, create session, insert, fire, build) and the Rete size.</summary>
    public static void Phases(int count, TextWriter w)
    {
        var engine = new PathwayEngine();
        var cases = Inputs.Mix(Math.Min(count, 4096), Inputs.MixSeed);
        string[] names = ["validate", "derive", "create session", "insert", "fire", "build result"];
        var ticks = new long[names.Length];
        var bytes = new long[names.Length];
        for (var pass = 0; pass < 2; pass++)
        {
            // Pass 0 warms up (JIT, tiering); pass 1 is measured.
            Array.Clear(ticks);
            Array.Clear(bytes);
            var n = pass == 0 ? Math.Min(count, 1000) : count;
            for (var i = 0; i < n; i++)
            {
                var c = cases[i % cases.Length];
                var phase = 0;
                var t = Stopwatch.GetTimestamp();
                var b = GC.GetAllocatedBytesForCurrentThread();
                void Lap()
                {
                    var now = Stopwatch.GetTimestamp();
                    var nowBytes = GC.GetAllocatedBytesForCurrentThread();
                    ticks[phase] += now - t;
                    bytes[phase] += nowBytes - b;
                    phase++;
                    t = Stopwatch.GetTimestamp();
                    b = GC.GetAllocatedBytesForCurrentThread();
                }
                var errors = CaseValidator.Validate(c);
                Lap();
                if (errors.Count > 0) throw new InvalidOperationException("A generated case is invalid: " + string.Join("; ", errors));
                var collector = new Collector(engine.Model);
                var fact = new CaseFact(c, engine.Options, collector);
                Lap();
                var session = engine.SessionFactory.CreateSession();
                Lap();
                session.Insert(fact);
                Lap();
                session.Fire(5_000);
                Lap();
                ResultBuilder.Build(fact, collector);
                Lap();
            }
        }
        w.WriteLine($"per-phase cost over {count} cases of the synthetic mix (mean per case)");
        w.WriteLine($"  {"phase",-16} {"µs",9} {"KB",9}");
        double totalUs = 0, totalKb = 0;
        for (var p = 0; p < names.Length; p++)
        {
            var us = Stopwatch.GetElapsedTime(0, ticks[p]).TotalMicroseconds / count;
            var kb = bytes[p] / 1024.0 / count;
            totalUs += us;
            totalKb += kb;
            w.WriteLine($"  {names[p],-16} {us.ToString("0.0", Inv),9} {kb.ToString("0.0", Inv),9}");
        }
        w.WriteLine($"  {"total",-16} {totalUs.ToString("0.0", Inv),9} {totalKb.ToString("0.0", Inv),9}");
        Rete(engine, w);
    }

    /// <summary>The size of the compiled Rete network (NRules schema).</summary>
    public static void Rete(PathwayEngine engine, TextWriter w)
    {
        var schema = ((ISessionSchemaProvider)engine.SessionFactory).GetSchema();
        var nodes = schema.Nodes.ToArray();
        var byType = nodes.GroupBy(n => n.NodeType).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}");
        w.WriteLine($"Rete network: {engine.RuleSet.Rules.Count} rules, {nodes.Length} nodes, {schema.Links.Count()} links ({string.Join(", ", byType)})");
    }

    /// <summary>Every benchmark body once plus tiny latency and phase runs: seconds, for CI (no timing is checked).</summary>
    public static int Smoke(TextWriter w)
    {
        var clock = Stopwatch.StartNew();
        new CompileBenchmarks().CompileBuiltIn();
        foreach (var name in SampleBenchmarks.Samples)
        {
            var s = new SampleBenchmarks { Sample = name };
            s.Setup();
            s.Evaluate();
        }
        var perCase = new PerCaseBenchmarks();
        perCase.Setup();
        perCase.SyntheticMix();
        perCase.NRulesEmptyRuleSetFloor();
        perCase.HandWrittenSliceFloor();
        if (perCase.ValidateOnly() != 0) throw new InvalidOperationException("The synthetic mix has invalid cases.");
        foreach (var threads in new[] { 1, 2 })
        {
            var cohort = new CohortBenchmarks { Threads = threads };
            cohort.Setup();
            if (cohort.Cohort() != CohortBenchmarks.Cases) throw new InvalidOperationException("The cohort benchmark lost cases.");
        }
        Latency(500, w);
        Phases(500, w);
        w.WriteLine($"benchmark smoke run: ok ({clock.Elapsed.TotalSeconds.ToString("0.0", Inv)} s; figures from a smoke run are not measurements)");
        return 0;
    }
}
