using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Tendinopathy.Rules.Cohort;
using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Regression;

/// <summary>
/// Pins the exact result JSON (<see cref="PathwayJson.Write(PathwayResult, bool)"/>) of a few vignettes and the per-case
/// hash of a synthetic cohort, as generated on main before the performance pass ("Fast at any scale"). Any change to the
/// engine that alters a single byte of a result fails here. The inputs are copied into <c>golden/</c> so the pin does
/// not move when samples/ is edited. To regenerate deliberately (a clinical change, reviewed), run the tests with
/// <c>TENDINOPATHY_REGENERATE_GOLDEN=1</c>.
/// </summary>
public sealed class GoldenResultTests
{
    private const int SyntheticCount = 1_000;
    private const int SyntheticSeed = 20260101;

    public static TheoryData<string> Vignettes => new() { "v01-pure-pht", "v04-cauda-equina", "v07-fluoroquinolone", "v09a-progress", "v10-deep-gluteal" };

    private static bool Regenerate => Environment.GetEnvironmentVariable("TENDINOPATHY_REGENERATE_GOLDEN") == "1";

    [Theory]
    [MemberData(nameof(Vignettes))]
    public void Vignette_result_json_is_byte_identical_to_the_golden_file(string name)
    {
        var dir = GoldenDirectory();
        var casePath = Path.Combine(dir, name + ".case.json");
        var resultPath = Path.Combine(dir, name + ".result.json");
        if (Regenerate)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "cases", name + ".json"), casePath, overwrite: true);
        }

        var actual = PathwayJson.Write(Evaluation.Evaluate(PathwayJson.ReadCase(File.ReadAllText(casePath))));
        if (Regenerate) File.WriteAllText(resultPath, actual);

        Assert.Equal(File.ReadAllText(resultPath), actual);
    }

    [Fact]
    public void Synthetic_cohort_results_hash_identically_to_the_golden_file()
    {
        var path = Path.Combine(GoldenDirectory(), "synthetic-1000.sha256");
        var hashes = new List<string>(SyntheticCount);
        foreach (var c in SyntheticCohort.Generate(SyntheticCount, SyntheticSeed))
        {
            var json = PathwayJson.Write(Evaluation.Evaluate(c), indented: false);
            hashes.Add(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
        }
        if (Regenerate) File.WriteAllLines(path, hashes);

        var expected = File.ReadAllLines(path);
        Assert.Equal(expected.Length, hashes.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(expected[i] == hashes[i], $"Synthetic case {i} (seed {SyntheticSeed}) changed its result JSON.");
        }
    }

    // Found from the repository root, not [CallerFilePath]: CI builds map source paths to /_/ (deterministic builds).
    private static string GoldenDirectory() =>
        Path.Combine(Docs.HazardLogTests.RepositoryRoot(), "tests", "Tendinopathy.Rules.Tests", "Regression", "golden");
}
