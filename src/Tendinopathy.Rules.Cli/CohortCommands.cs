using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tendinopathy.Rules.Cli.Rendering;
using Tendinopathy.Rules.Cohort;

namespace Tendinopathy.Rules.Cli;

/// <summary>
/// The <c>cohort</c>, <c>compare</c> and <c>generate</c> commands: parse, call the cohort API, print. Streaming: one line
/// in, one line out, never the whole cohort in memory.
/// </summary>
internal static class CohortCommands
{
    /// <summary>Default number of cases between plain progress lines when stderr is not a terminal.</summary>
    public const int DefaultProgressEvery = 10_000;

    private const int TopItems = 10;

    /// <summary>JSON Lines files are data, not HTML: keep quotes and non-ASCII text readable.</summary>
    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The commands this class handles.</summary>
    public static bool Handles(string command) => command is "cohort" or "compare" or "generate";

    /// <summary>Runs one of the commands.</summary>
    public static int Run(string[] args, PathwayEngine? engine, TextWriter stdout, TextWriter stderr)
    {
        if (!Arguments.TryParse(args, out var parsed, out var error))
        {
            return Usage(stderr, error!);
        }
        return args[0] switch
        {
            "cohort" => Cohort(parsed, engine, stdout, stderr),
            "compare" => Compare(parsed, engine, stdout, stderr),
            _ => Generate(parsed, stdout, stderr),
        };
    }

    private static int Usage(TextWriter stderr, string error)
    {
        stderr.WriteLine("error: " + error);
        stderr.WriteLine(CliApp.Usage);
        return CliApp.ExitUsage;
    }

    // ---- cohort --------------------------------------------------------------------------------------------------

    private static int Cohort(Arguments a, PathwayEngine? engine, TextWriter stdout, TextWriter stderr)
    {
        if (a.Check(["--out", "--errors", "--parallel", "--rules", "--progress-every"], positional: 1) is { } bad) return Usage(stderr, bad);
        var input = a.Positional[0];
        if (a.Get("--out") is not { } outPath) return Usage(stderr, "cohort needs --out <results.jsonl>");
        var errorsPath = a.Get("--errors") ?? outPath + ".errors.jsonl";
        if (!a.TryInt("--parallel", Environment.ProcessorCount, 1, 256, out var parallel, out bad)) return Usage(stderr, bad!);
        if (!a.TryInt("--progress-every", DefaultProgressEvery, 1, int.MaxValue, out var every, out bad)) return Usage(stderr, bad!);
        if (LoadEngine(a.Get("--rules"), engine, stderr, out engine) is { } code) return code;

        StreamReader reader;
        try
        {
            reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch (Exception e) when (IsIo(e))
        {
            stderr.WriteLine($"error: cannot read '{input}': {e.Message}");
            return CliApp.ExitUnreadable;
        }

        using (reader)
        {
            FileStream results, errors;
            try
            {
                results = new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            }
            catch (Exception e) when (IsIo(e))
            {
                stderr.WriteLine($"error: cannot write '{outPath}': {e.Message}");
                return CliApp.ExitUnreadable;
            }
            using (results)
            {
                try
                {
                    errors = new FileStream(errorsPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 12);
                }
                catch (Exception e) when (IsIo(e))
                {
                    stderr.WriteLine($"error: cannot write '{errorsPath}': {e.Message}");
                    return CliApp.ExitUnreadable;
                }
                using (errors)
                {
                    return RunCohort(input, reader, results, errors, errorsPath, engine!, parallel, every, stdout, stderr);
                }
            }
        }
    }

    private static int RunCohort(string input, StreamReader reader, FileStream results, FileStream errors, string errorsPath,
        PathwayEngine engine, int parallel, int every, TextWriter stdout, TextWriter stderr)
    {
        var interactive = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        var progress = new ProgressPrinter(stderr, interactive, interactive ? CountLines(input) : null);
        var evaluator = new CohortEvaluator(engine, new CohortOptions { MaxDegreeOfParallelism = parallel, ProgressInterval = interactive ? 250 : every });
        var summary = new CohortSummaryBuilder();
        using var resultWriter = new Utf8JsonWriter(results, Relaxed);
        using var errorWriter = new Utf8JsonWriter(errors, Relaxed);
        var clock = Stopwatch.StartNew();
        try
        {
            foreach (var outcome in evaluator.EvaluateJsonLines(reader, progress))
            {
                summary.Add(outcome);
                WriteLine(resultWriter, results, w => CohortJson.WriteOutcome(w, outcome));
                if (outcome.IsValid) continue;
                WriteLine(errorWriter, errors, w => CohortJson.WriteErrors(w, outcome));
                progress.Interrupt();
                var id = outcome.CaseId is null ? "" : $" (case {outcome.CaseId})";
                foreach (var e in outcome.Errors) stderr.WriteLine($"line {outcome.LineNumber}{id}: {e}");
            }
        }
        catch (Exception e) when (IsIo(e))
        {
            progress.Interrupt();
            stderr.WriteLine($"error: cannot read '{input}': {e.Message}");
            return CliApp.ExitUnreadable;
        }
        var s = summary.ToSummary();
        CohortReport.WriteSummary(s, engine.Identity, clock.Elapsed, TopItems, stdout);
        if (s.InvalidCases > 0)
        {
            stderr.WriteLine($"{s.InvalidCases} of {s.Cases} line(s) invalid; see {errorsPath}");
            return CliApp.ExitInvalidCase;
        }
        return CliApp.ExitOk;
    }

    private static void WriteLine(Utf8JsonWriter writer, Stream stream, Action<Utf8JsonWriter> write)
    {
        write(writer);
        writer.Flush();
        stream.WriteByte((byte)'\n');
        writer.Reset();
    }

    /// <summary>Counts lines for the progress bar (terminal only); a quick byte scan, no parsing.</summary>
    private static long? CountLines(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var buffer = new byte[1 << 16];
            long lines = 0;
            int n;
            var last = (byte)'\n';
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                lines += buffer.AsSpan(0, n).Count((byte)'\n');
                last = buffer[n - 1];
            }
            return last == (byte)'\n' ? lines : lines + 1;
        }
        catch (Exception e) when (IsIo(e))
        {
            return null;
        }
    }

    // ---- compare -------------------------------------------------------------------------------------------------

    private static int Compare(Arguments a, PathwayEngine? engine, TextWriter stdout, TextWriter stderr)
    {
        if (a.Check(["--rules-a", "--rules-b", "--out", "--parallel"], positional: 1) is { } bad) return Usage(stderr, bad);
        if (a.Get("--rules-b") is not { } rulesB) return Usage(stderr, "compare needs --rules-b <config.json> (and --rules-a, default the built-in rule set)");
        if (!a.TryInt("--parallel", Environment.ProcessorCount, 1, 256, out var parallel, out bad)) return Usage(stderr, bad!);
        if (LoadEngine(a.Get("--rules-a"), engine, stderr, out var engineA) is { } codeA) return codeA;
        if (LoadEngine(rulesB, null, stderr, out var engineB) is { } codeB) return codeB;

        var input = a.Positional[0];
        StreamReader reader;
        try
        {
            reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch (Exception e) when (IsIo(e))
        {
            stderr.WriteLine($"error: cannot read '{input}': {e.Message}");
            return CliApp.ExitUnreadable;
        }

        RuleSetComparisonReport report;
        using (reader)
        {
            var builder = new RuleSetComparisonBuilder(engineA!.Identity, engineB!.Identity);
            var options = new CohortOptions { MaxDegreeOfParallelism = parallel };
            try
            {
                foreach (var c in RuleSetComparison.CompareJsonLines(engineA, engineB, reader, options))
                {
                    builder.Add(c);
                    if (c.IsValid) continue;
                    var id = c.CaseId is null ? "" : $" (case {c.CaseId})";
                    foreach (var e in c.Errors) stderr.WriteLine($"line {c.LineNumber}{id}: {e}");
                }
            }
            catch (Exception e) when (IsIo(e))
            {
                stderr.WriteLine($"error: cannot read '{input}': {e.Message}");
                return CliApp.ExitUnreadable;
            }
            report = builder.ToReport();
        }

        CohortReport.WriteComparison(report, stdout);
        if (a.Get("--out") is { } outPath)
        {
            try
            {
                File.WriteAllText(outPath, JsonSerializer.Serialize(report, PathwayJson.Options) + Environment.NewLine);
            }
            catch (Exception e) when (IsIo(e))
            {
                stderr.WriteLine($"error: cannot write '{outPath}': {e.Message}");
                return CliApp.ExitUnreadable;
            }
        }
        return report.InvalidCases > 0 ? CliApp.ExitInvalidCase : CliApp.ExitOk;
    }

    // ---- generate ------------------------------------------------------------------------------------------------

    private static int Generate(Arguments a, TextWriter stdout, TextWriter stderr)
    {
        if (a.Check(["--count", "--seed", "--out"], positional: 0) is { } bad) return Usage(stderr, bad);
        if (a.Get("--count") is null) return Usage(stderr, "generate needs --count N");
        if (!a.TryLong("--count", 0, 0, long.MaxValue, out var count, out bad)) return Usage(stderr, bad!);
        if (!a.TryInt("--seed", 1, int.MinValue, int.MaxValue, out var seed, out bad)) return Usage(stderr, bad!);

        var cases = SyntheticCohort.Generate(count, seed);
        if (a.Get("--out") is not { } outPath)
        {
            foreach (var c in cases) stdout.WriteLine(PathwayJson.Write(c, indented: false));
            return CliApp.ExitOk;
        }
        FileStream stream;
        try
        {
            stream = new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (IsIo(e))
        {
            stderr.WriteLine($"error: cannot write '{outPath}': {e.Message}");
            return CliApp.ExitUnreadable;
        }
        using (stream)
        using (var writer = new Utf8JsonWriter(stream, Relaxed))
        {
            foreach (var c in cases) WriteLine(writer, stream, w => JsonSerializer.Serialize(w, c, PathwayJson.CompactOptions));
        }
        return CliApp.ExitOk;
    }

    // ---- shared --------------------------------------------------------------------------------------------------

    /// <summary>The engine of a configuration file, or the given/built-in engine; an exit code when the file is bad.</summary>
    private static int? LoadEngine(string? configPath, PathwayEngine? fallback, TextWriter stderr, out PathwayEngine? engine)
    {
        engine = null;
        if (configPath is null)
        {
            engine = fallback ?? new PathwayEngine();
            return null;
        }
        try
        {
            engine = RuleSetConfiguration.Load(configPath).CreateEngine();
            return null;
        }
        catch (Exception e) when (IsIo(e))
        {
            stderr.WriteLine($"error: cannot read '{configPath}': {e.Message}");
            return CliApp.ExitUnreadable;
        }
        catch (RuleSetConfigurationException e)
        {
            stderr.WriteLine($"error: '{configPath}' is not a valid rule-set configuration (docs/cohorts.md): {e.Message}");
            return CliApp.ExitUsage;
        }
        catch (RuleSetCompositionException e)
        {
            stderr.WriteLine($"error: '{configPath}': {e.Message}");
            return CliApp.ExitUsage;
        }
    }

    private static bool IsIo(Exception e) => e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    /// <summary>Options as <c>--name value</c> or <c>--name=value</c>, plus positional arguments after the command.</summary>
    private sealed class Arguments
    {
        private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

        public List<string> Positional { get; } = [];

        public static bool TryParse(string[] args, out Arguments parsed, out string? error)
        {
            parsed = new Arguments();
            error = null;
            for (var i = 1; i < args.Length; i++)
            {
                var arg = args[i];
                if (!arg.StartsWith("--", StringComparison.Ordinal))
                {
                    if (arg.StartsWith('-') && arg.Length > 1)
                    {
                        error = $"unknown option '{arg}'";
                        return false;
                    }
                    parsed.Positional.Add(arg);
                    continue;
                }
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                var name = eq < 0 ? arg : arg[..eq];
                string value;
                if (eq >= 0) value = arg[(eq + 1)..];
                else if (i + 1 < args.Length) value = args[++i];
                else
                {
                    error = $"{name} needs a value";
                    return false;
                }
                if (!parsed._options.TryAdd(name, value))
                {
                    error = $"{name} given twice";
                    return false;
                }
            }
            return true;
        }

        public string? Check(string[] allowed, int positional)
        {
            foreach (var name in _options.Keys)
            {
                if (!allowed.Contains(name)) return $"unknown option '{name}'";
            }
            if (Positional.Count < positional) return "a cases file (JSON Lines) is required";
            if (Positional.Count > positional) return $"unexpected argument '{Positional[positional]}'";
            return null;
        }

        public string? Get(string name) => _options.GetValueOrDefault(name);

        public bool TryInt(string name, int fallback, int min, int max, out int value, out string? error)
        {
            var ok = TryLong(name, fallback, min, max, out var v, out error);
            value = (int)v;
            return ok;
        }

        public bool TryLong(string name, long fallback, long min, long max, out long value, out string? error)
        {
            error = null;
            value = fallback;
            if (Get(name) is not { } text) return true;
            if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= min && value <= max) return true;
            error = $"{name} must be an integer from {min} to {max}, not '{text}'";
            return false;
        }
    }
}
