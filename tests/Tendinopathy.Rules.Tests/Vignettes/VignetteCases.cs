namespace Tendinopathy.Rules.Tests.Vignettes;

/// <summary>
/// Loads the PATHWAY.md section 7 vignettes from <c>cases/&lt;file&gt;.json</c> in the test output directory (the test
/// project copies samples/cases/*.json there), so the acceptance tests run exactly the data the CLI runs.
/// </summary>
public static class VignetteCases
{
    /// <summary>Every sample file, by name without extension; one per vignette and one per V09 sub-case.</summary>
    public static readonly IReadOnlyList<string> Files =
    [
        "v01-pure-pht", "v02-hamstring-syndrome", "v03-lumbar-radiculopathy", "v04-cauda-equina", "v05-acute-avulsion",
        "v06-chronic-pht", "v07-fluoroquinolone", "v08-ckd-doac",
        "v09a-progress", "v09b-hold", "v09c-regress-next-morning", "v09d-regress-pain-during", "v09e-exit-criteria-not-met",
        "v09f-worsening", "v09g-insufficient-data", "v09h-second-regress", "v09i-fq-block",
        "v10-deep-gluteal", "v11-suspected-malignancy", "v12-pregnancy",
    ];

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "cases");

    public static string PathOf(string file) =>
        Path.Combine(Directory, file.EndsWith(".json", StringComparison.Ordinal) ? file : file + ".json");

    /// <summary>Reads a vignette case (unknown properties are rejected by <see cref="PathwayJson"/>).</summary>
    public static PatientCase Load(string file) => PathwayJson.ReadCase(File.ReadAllText(PathOf(file)));

    private static readonly Dictionary<string, PathwayResult> Results = new(StringComparer.Ordinal);

    /// <summary>Evaluates a vignette once per test run (results are immutable, so tests share them).</summary>
    public static PathwayResult Evaluate(string file)
    {
        lock (Results)
        {
            if (!Results.TryGetValue(file, out var result))
            {
                result = Support.Evaluation.Evaluate(Load(file));
                Results.Add(file, result);
            }
            return result;
        }
    }
}
