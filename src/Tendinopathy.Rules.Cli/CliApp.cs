using System.Reflection;
using System.Text.Json;
using Tendinopathy.Rules.Cli.Rendering;

namespace Tendinopathy.Rules.Cli;

/// <summary>
/// The <c>tendinopathy</c> command line: parses arguments, calls the engine, prints. No clinical logic lives here.
/// Exit codes: 0 success, 1 unreadable file, 2 invalid case (JSON or validation), 64 bad arguments, 70 internal error.
/// </summary>
internal static class CliApp
{
    /// <summary>Success.</summary>
    public const int ExitOk = 0;

    /// <summary>The case file could not be read.</summary>
    public const int ExitUnreadable = 1;

    /// <summary>The case document is not valid JSON for the model, or the case fails validation.</summary>
    public const int ExitInvalidCase = 2;

    /// <summary>Bad command-line arguments (sysexits EX_USAGE).</summary>
    public const int ExitUsage = 64;

    /// <summary>An unexpected error inside the engine (sysexits EX_SOFTWARE).</summary>
    public const int ExitInternal = 70;

    /// <summary>Validation-style code reported for a document that does not deserialize into a case.</summary>
    public const string InvalidJsonCode = "INVALID_JSON";

    /// <summary>The usage text printed by <c>--help</c> and on bad arguments.</summary>
    public const string Usage =
        """
        usage: tendinopathy evaluate <case.json> [--format text|json] [--audience clinician|patient]
               tendinopathy cohort <cases.jsonl> --out <results.jsonl> [--errors <errors.jsonl>] [--parallel N]
                            [--rules <config.json>] [--progress-every N]
               tendinopathy compare <cases.jsonl> --rules-b <config.json> [--rules-a <config.json>] [--out <report.json>]
                            [--parallel N]
               tendinopathy generate --count N [--seed S] [--out <cases.jsonl>]
               tendinopathy catalog [--traceability <tests-dir>] [--rules <config.json>]
               tendinopathy --version
               tendinopathy --help

        Evaluates one patient case (JSON, see docs/case-format.md) against the lower-gluteal pain pathway.

        options:
          --format text|json              text report (default) or the full result as JSON
          --audience clinician|patient    text report for the clinician (default) or plain-language patient texts

        cohort, compare and generate work on JSON Lines (one case per line) and stream: see docs/cohorts.md.
        catalog prints the rule set as Markdown (docs/rules.md); --traceability adds the test files that mention each ID.

        exit codes: 0 ok, 1 file unreadable, 2 invalid case (cohort/compare: some lines invalid, the rest processed),
                    64 bad arguments or rule-set configuration, 70 internal error
        Decision support for qualified professionals only; advisory; draft rule set, research use only.
        """;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments (without the program name).</param>
    /// <param name="stdout">Where the report goes.</param>
    /// <param name="stderr">Where errors and usage on bad arguments go.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, engine: null);

    /// <summary>Runs the command line with a given engine (tests share one; compiling the rule set takes a moment).</summary>
    /// <param name="args">The arguments (without the program name).</param>
    /// <param name="stdout">Where the report goes.</param>
    /// <param name="stderr">Where errors and usage on bad arguments go.</param>
    /// <param name="engine">The engine to use; <see langword="null"/> creates the built-in one when it is needed.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, PathwayEngine? engine)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        if (!TryParse(args, out var command, out var error))
        {
            stderr.WriteLine("error: " + error);
            stderr.WriteLine(Usage);
            return ExitUsage;
        }

        try
        {
            switch (command)
            {
                case HelpCommand:
                    stdout.WriteLine(Usage);
                    return ExitOk;
                case VersionCommand:
                    var ruleSet = (engine ?? new PathwayEngine()).Identity;
                    stdout.WriteLine("tendinopathy " + ToolVersion());
                    stdout.WriteLine($"rule set: {ruleSet.Name} {ruleSet.Version} (hash {ruleSet.ContentHash})");
                    return ExitOk;
                case EvaluateCommand evaluate:
                    return Evaluate(evaluate, engine, stdout, stderr);
                case CohortCommand cohort:
                    return CohortCommands.Run(cohort.Args, engine, stdout, stderr);
                case CatalogCommandArgs catalog:
                    return CatalogCommand.Run(catalog.Args, stdout, stderr);
                default:
                    throw new InvalidOperationException("Unhandled command " + command);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine("internal error: " + e);
            return ExitInternal;
        }
    }

    private static int Evaluate(EvaluateCommand command, PathwayEngine? engine, TextWriter stdout, TextWriter stderr)
    {
        string json;
        try
        {
            json = File.ReadAllText(command.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot read '{command.Path}': {e.Message}");
            return ExitUnreadable;
        }

        PatientCase patientCase;
        try
        {
            patientCase = PathwayJson.ReadCase(json);
        }
        catch (JsonException e)
        {
            stderr.WriteLine($"error: '{command.Path}' is not a valid case document (docs/case-format.md):");
            stderr.WriteLine(FormatJsonError(e));
            return ExitInvalidCase;
        }

        engine ??= new PathwayEngine();
        var errors = engine.Validate(patientCase);
        if (errors.Count > 0)
        {
            stderr.WriteLine($"error: '{command.Path}' is not a valid case ({errors.Count} validation error(s), PATHWAY.md 2.13):");
            foreach (var e in errors) stderr.WriteLine(e.ToString());
            return ExitInvalidCase;
        }

        var result = engine.Evaluate(patientCase);
        if (command.Json) stdout.WriteLine(PathwayJson.Write(result));
        else TextReport.Write(result, command.Audience, stdout);
        return ExitOk;
    }

    /// <summary>One line in the shape of a validation error: path, code, message, with the line and position.</summary>
    private static string FormatJsonError(JsonException e)
    {
        var message = e.Message;
        // System.Text.Json appends " Path: $.x | LineNumber: n | BytePositionInLine: m." to its own messages; the path and
        // the line are printed in our own form below, so drop the suffix rather than print them twice.
        var suffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (suffix > 0) message = message[..suffix];
        var where = e.LineNumber is { } line
            ? $" (line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1})"
            : "";
        return $"{e.Path ?? "$"}: {InvalidJsonCode} — {message.Trim()}{where}";
    }

    private static string ToolVersion() =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliApp).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private static bool TryParse(string[] args, out Command? command, out string? error)
    {
        command = null;
        error = null;
        if (args.Length == 0)
        {
            error = "no command given";
            return false;
        }
        if (args.Contains("--help") || args.Contains("-h") || args[0] == "help")
        {
            command = new HelpCommand();
            return true;
        }
        if (args[0] == "--version")
        {
            if (args.Length > 1)
            {
                error = "--version takes no arguments";
                return false;
            }
            command = new VersionCommand();
            return true;
        }
        if (CohortCommands.Handles(args[0]))
        {
            command = new CohortCommand(args);
            return true;
        }
        if (CatalogCommand.Handles(args[0]))
        {
            command = new CatalogCommandArgs(args);
            return true;
        }
        if (args[0] != "evaluate")
        {
            error = $"unknown command '{args[0]}'";
            return false;
        }

        string? path = null;
        string? format = null;
        string? audience = null;
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--format" or "--audience" || arg.StartsWith("--format=", StringComparison.Ordinal) ||
                arg.StartsWith("--audience=", StringComparison.Ordinal))
            {
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
                if (name == "--format")
                {
                    if (format is not null) { error = "--format given twice"; return false; }
                    format = value;
                }
                else
                {
                    if (audience is not null) { error = "--audience given twice"; return false; }
                    audience = value;
                }
            }
            else if (arg.StartsWith('-'))
            {
                error = $"unknown option '{arg}'";
                return false;
            }
            else if (path is null)
            {
                path = arg;
            }
            else
            {
                error = $"unexpected argument '{arg}' (one case file per call)";
                return false;
            }
        }

        if (path is null)
        {
            error = "evaluate needs a case file";
            return false;
        }
        if (format is not (null or "text" or "json"))
        {
            error = $"--format must be text or json, not '{format}'";
            return false;
        }
        if (audience is not (null or "clinician" or "patient"))
        {
            error = $"--audience must be clinician or patient, not '{audience}'";
            return false;
        }
        if (format == "json" && audience is not null)
        {
            error = "--audience applies to the text report only (the JSON result carries both texts)";
            return false;
        }
        command = new EvaluateCommand(path, format == "json", audience == "patient" ? Audience.Patient : Audience.Clinician);
        return true;
    }

    private abstract record Command;

    private sealed record HelpCommand : Command;

    private sealed record VersionCommand : Command;

    private sealed record EvaluateCommand(string Path, bool Json, Audience Audience) : Command;

    private sealed record CohortCommand(string[] Args) : Command;

    private sealed record CatalogCommandArgs(string[] Args) : Command;
}
