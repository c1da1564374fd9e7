using System.Text.RegularExpressions;

namespace Tendinopathy.Rules.Tests.Docs;

/// <summary>docs/clinical-safety.md names the tests that verify each control; they must exist.</summary>
public sealed partial class HazardLogTests
{
    [GeneratedRegex(@"`([A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+)`")]
    private static partial Regex BacktickedTestName();

    [GeneratedRegex(@"\bvoid\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(")]
    private static partial Regex TestMethod();

    [Fact]
    public void Every_test_named_in_the_hazard_log_exists()
    {
        var root = RepositoryRoot();
        var log = File.ReadAllText(Path.Combine(root, "docs", "clinical-safety.md"));
        var named = BacktickedTestName().Matches(log).Select(m => m.Groups[1].Value)
            .Where(n => n.Any(char.IsLower)) // codes such as MISSING_PREGNANCY_STATUS are not test names
            .Distinct().ToArray();
        Assert.True(named.Length >= 40, $"the hazard log names only {named.Length} tests");

        var methods = Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => TestMethod().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        var missing = named.Where(n => !methods.Contains(n) && n != nameof(Every_test_named_in_the_hazard_log_exists)).ToArray();
        Assert.True(missing.Length == 0, "Tests named in docs/clinical-safety.md that do not exist: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_safety_invariant_has_a_property_test()
    {
        var root = RepositoryRoot();
        var properties = string.Join("\n", Directory.EnumerateFiles(Path.Combine(root, "tests", "Tendinopathy.Rules.PropertyTests"), "*.cs")
            .Select(File.ReadAllText));
        // SAFE-15 concerns inputs the model deliberately does not have (BMI, smoking, distress): see the hazard log.
        var untestable = new[] { 15 };
        var missing = Enumerable.Range(1, 23).Except(untestable)
            .Where(i => !Regex.IsMatch(properties, $@"void SAFE{i:00}[a-z]?_")).ToArray();
        Assert.True(missing.Length == 0, "SAFE- invariants without a property: " + string.Join(", ", missing.Select(i => $"SAFE-{i:00}")));
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tendinopathy.Rules.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root (Tendinopathy.Rules.sln) not found above " + AppContext.BaseDirectory);
    }
}
