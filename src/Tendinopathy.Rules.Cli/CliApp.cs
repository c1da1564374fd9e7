using System.Text.Json;

namespace Tendinopathy.Rules.Cli;

/// <summary>The <c>tendinopathy</c> command line: parses arguments, calls the engine, prints. No clinical logic lives here.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length < 2 || args[0] != "evaluate")
        {
            stderr.WriteLine("usage: tendinopathy evaluate <case.json> [--format text|json] [--audience clinician|patient]");
            return 64;
        }
        string json;
        try
        {
            json = File.ReadAllText(args[1]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot read '{args[1]}': {e.Message}");
            return 1;
        }
        PatientCase patientCase;
        try
        {
            patientCase = PathwayJson.ReadCase(json);
        }
        catch (JsonException e)
        {
            stderr.WriteLine($"error: '{args[1]}' is not a valid case document: {e.Message}");
            return 2;
        }
        var engine = new PathwayEngine();
        var errors = engine.Validate(patientCase);
        if (errors.Count > 0)
        {
            foreach (var e in errors) stderr.WriteLine(e);
            return 2;
        }
        stdout.WriteLine(PathwayJson.Write(engine.Evaluate(patientCase)));
        return 0;
    }
}
