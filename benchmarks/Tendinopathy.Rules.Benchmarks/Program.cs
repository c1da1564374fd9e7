using System.Globalization;
using BenchmarkDotNet.Running;
using Tendinopathy.Rules.Benchmarks;

// Modes: --smoke (seconds, for CI), --latency [N], --phases [N]; anything else goes to BenchmarkDotNet
// (e.g. --filter '*' --job short). See docs/performance.md.
static int Count(string[] a, int fallback) =>
    a.Length > 1 && int.TryParse(a[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

switch (args.FirstOrDefault())
{
    case "--smoke":
        return Modes.Smoke(Console.Out);
    case "--latency":
        Modes.Latency(Count(args, 20_000), Console.Out);
        return 0;
    case "--phases":
        Modes.Phases(Count(args, 5_000), Console.Out);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(CompileBenchmarks).Assembly).Run(args);
        return 0;
}
