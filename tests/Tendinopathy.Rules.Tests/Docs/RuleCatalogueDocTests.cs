using Tendinopathy.Rules.Cli;

namespace Tendinopathy.Rules.Tests.Docs;

/// <summary>docs/rules.md is the output of <c>tendinopathy catalog --traceability tests</c>; it must not drift from the code.</summary>
public sealed class RuleCatalogueDocTests
{
    [Fact]
    public void Docs_rules_md_is_the_current_output_of_the_catalog_command()
    {
        var root = HazardLogTests.RepositoryRoot();
        var path = Path.Combine(root, "docs", "rules.md");
        Assert.True(File.Exists(path), $"docs/rules.md is missing. Generate it from the repository root with:\n  {CatalogCommand.RegenerateDocs}");

        var expected = Generate(root);
        var actual = Normalise(File.ReadAllText(path));
        if (actual == expected) return;

        var a = actual.Split('\n');
        var e = expected.Split('\n');
        var first = Enumerable.Range(0, Math.Min(a.Length, e.Length)).FirstOrDefault(i => a[i] != e[i], Math.Min(a.Length, e.Length));
        Assert.Fail(
            "docs/rules.md is out of date (rules, items or tests changed). Regenerate it from the repository root with:\n" +
            $"  {CatalogCommand.RegenerateDocs}\n" +
            $"First difference at line {first + 1}:\n" +
            $"  docs/rules.md: {(first < a.Length ? a[first] : "(end of file)")}\n" +
            $"  generated:     {(first < e.Length ? e[first] : "(end of file)")}");
    }

    [Fact]
    public void Every_rule_class_is_in_the_traceability_table_with_the_tests_that_cover_it()
    {
        var markdown = Generate(HazardLogTests.RepositoryRoot());
        var table = markdown[markdown.IndexOf("## Traceability", StringComparison.Ordinal)..];
        foreach (var rule in RuleSet.BuiltIn.Rules)
        {
            Assert.Contains($"| {rule.Id} | `{rule.RuleType.Name}` |", table, StringComparison.Ordinal);
        }
        Assert.Contains("Tendinopathy.Rules.Tests/RedFlags/", table, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scan_matches_literal_and_compact_IDs_but_not_longer_IDs()
    {
        // The IDs are assembled so that this file does not itself count as a test of those rules in docs/rules.md.
        var rf = "RF" + "-01";
        var rfLonger = rf + "0";
        var lm = "LM" + "-02";
        var load = "LOAD" + "-START";
        var dir = Directory.CreateTempSubdirectory("catalog-scan");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "A.cs"), $"void {rf.Replace("-", "", StringComparison.Ordinal)}_fires() {{ }}");
            Directory.CreateDirectory(Path.Combine(dir.FullName, "sub"));
            File.WriteAllText(Path.Combine(dir.FullName, "sub", "B.cs"), $"Assert(\"{rf}\"); Assert(\"{rfLonger}\"); Assert(\"X{lm}\"); Assert(\"{load}ING\");");
            Directory.CreateDirectory(Path.Combine(dir.FullName, "obj"));
            File.WriteAllText(Path.Combine(dir.FullName, "obj", "C.cs"), rf);
            var map = CatalogCommand.TestsById(dir.FullName, [rf, rfLonger, lm, load]);
            Assert.Equal(["A.cs", "sub/B.cs"], map[rf]);
            Assert.Equal(["sub/B.cs"], map[rfLonger]);
            Assert.Empty(map[lm]);
            Assert.Empty(map[load]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Generate(string root)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(["catalog", "--traceability", Path.Combine(root, "tests")], stdout, stderr);
        Assert.True(code == CliApp.ExitOk, stderr.ToString());
        return Normalise(stdout.ToString());
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
