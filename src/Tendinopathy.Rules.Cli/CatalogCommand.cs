using System.Text.RegularExpressions;
using Tendinopathy.Rules.Cohort;

namespace Tendinopathy.Rules.Cli;

/// <summary>
/// <c>tendinopathy catalog [--traceability &lt;tests-dir&gt;] [--rules &lt;config.json&gt;]</c>: prints the rule set's Markdown
/// catalogue (<see cref="RuleCatalogue.ToMarkdown"/>). With <c>--traceability</c> it scans the test folder for the files that
/// mention each rule or item ID; the catalogue itself comes from the library. docs/rules.md is this command's output.
/// </summary>
internal static class CatalogCommand
{
    /// <summary>The command that regenerates docs/rules.md, from the repository root.</summary>
    public const string RegenerateDocs = "dotnet run --project src/Tendinopathy.Rules.Cli -- catalog --traceability tests > docs/rules.md";

    /// <summary>The command this class handles.</summary>
    public static bool Handles(string command) => command == "catalog";

    /// <summary>Runs the command.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? tests = null;
        string? rules = null;
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? arg : arg[..eq];
            if (name is not ("--traceability" or "--rules"))
            {
                return Usage(stderr, arg.StartsWith('-') ? $"unknown option '{arg}'" : $"unexpected argument '{arg}'");
            }
            string value;
            if (eq >= 0) value = arg[(eq + 1)..];
            else if (i + 1 < args.Length) value = args[++i];
            else return Usage(stderr, $"{name} needs a value");
            if ((name == "--traceability" ? tests : rules) is not null) return Usage(stderr, $"{name} given twice");
            if (name == "--traceability") tests = value;
            else rules = value;
        }

        RuleSet ruleSet;
        try
        {
            ruleSet = rules is null ? RuleSet.BuiltIn : RuleSetConfiguration.Load(rules).BuildRuleSet();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot read '{rules}': {e.Message}");
            return CliApp.ExitUnreadable;
        }
        catch (RuleSetConfigurationException e)
        {
            stderr.WriteLine($"error: '{rules}' is not a valid rule-set configuration (docs/cohorts.md): {e.Message}");
            return CliApp.ExitUsage;
        }
        catch (RuleSetCompositionException e)
        {
            stderr.WriteLine($"error: '{rules}': {e.Message}");
            return CliApp.ExitUsage;
        }

        IReadOnlyDictionary<string, IReadOnlyList<string>>? map = null;
        if (tests is not null)
        {
            if (!Directory.Exists(tests))
            {
                stderr.WriteLine($"error: cannot read '{tests}': no such directory");
                return CliApp.ExitUnreadable;
            }
            map = TestsById(tests, RuleCatalogue.Ids(ruleSet));
        }
        stdout.Write(RuleCatalogue.ToMarkdown(ruleSet, map));
        return CliApp.ExitOk;
    }

    /// <summary>
    /// For each ID, the C# files under <paramref name="testsDirectory"/> (bin and obj excluded) that mention it literally
    /// (<c>RF-01</c>) or compactly (<c>RF01</c>, as in test method names), as '/'-separated paths relative to the folder, sorted.
    /// An ID is not matched inside a longer one (<c>RF-01</c> does not match <c>RF-010</c> or <c>XRF-01</c>).
    /// </summary>
    /// <param name="testsDirectory">The folder to scan.</param>
    /// <param name="ids">The rule and item IDs.</param>
    /// <returns>Every ID, with the (possibly empty) list of files that mention it.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> TestsById(string testsDirectory, IEnumerable<string> ids)
    {
        var root = Path.GetFullPath(testsDirectory);
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path: f, Text: File.ReadAllText(Path.Combine(root, f))))
            .ToArray();

        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var pattern = Pattern(id);
            map[id] = files.Where(f => pattern.IsMatch(f.Text)).Select(f => f.Path).ToArray();
        }
        return map;
    }

    private static Regex Pattern(string id)
    {
        var literal = Regex.Escape(id);
        var compact = Regex.Escape(id.Replace("-", "", StringComparison.Ordinal));
        // Not preceded by a letter or digit; not followed by a digit (or, for IDs ending in a letter, by a letter), nor by a
        // hyphen and another ID segment.
        var after = char.IsDigit(id[^1]) ? "(?![0-9])" : "(?![A-Za-z0-9])";
        return new Regex($"(?<![A-Za-z0-9-])(?:{literal}|{compact}){after}(?!-[A-Za-z0-9])", RegexOptions.CultureInvariant);
    }

    private static int Usage(TextWriter stderr, string error)
    {
        stderr.WriteLine("error: " + error);
        stderr.WriteLine(CliApp.Usage);
        return CliApp.ExitUsage;
    }
}
