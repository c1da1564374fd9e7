using System.Reflection;
using System.Runtime.Versioning;

namespace Tendinopathy.Rules.NetStandardTests;

public sealed class NetStandardBuildTests
{
    private static readonly PathwayEngine Engine = new();

    private static PathwayResult Evaluate(string file) =>
        Engine.Evaluate(PathwayJson.ReadCase(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cases", file))));

    [Fact]
    public void The_library_under_test_is_the_netstandard2_0_build()
    {
        var framework = typeof(PathwayEngine).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
        Assert.Equal(".NETStandard,Version=v2.0", framework);
    }

    [Fact]
    public void Cauda_equina_vignette_is_an_emergency_with_only_the_allow_list()
    {
        var r = Evaluate("v04-cauda-equina.json");
        Assert.Equal(Urgency.Emergency, r.OverallUrgency);
        Assert.Equal(new[] { "ACT-EMERGENCY-SPINAL", "IMG-01", "SCI-12" }, r.Recommendations.Select(x => x.Id).OrderBy(x => x, StringComparer.Ordinal));
        Assert.Contains(r.DoNotOffer, d => d.Id == "DNO-50");
    }

    [Fact]
    public void Pure_PHT_vignette_gives_the_loading_pathway()
    {
        var r = Evaluate("v01-pure-pht.json");
        Assert.Equal(Likelihood.Likely, r.Diagnoses.Single(d => d.Id == "DX-01").Likelihood);
        Assert.Contains(r.Recommendations, x => x.Id == "LOAD-START");
        Assert.Equal(LoadingPhase.P1, r.Phase);
        Assert.True(r.NoRedFlags);
    }

    [Fact]
    public void Every_sample_evaluates_deterministically_and_invalid_input_is_rejected()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "cases"), "*.json").Select(Path.GetFileName))
        {
            Assert.Equal(PathwayJson.Write(Evaluate(file!)), PathwayJson.Write(Evaluate(file!)));
        }
        var e = Assert.Throws<CaseValidationException>(() => Engine.Evaluate(new PatientCase()));
        Assert.Contains(e.Errors, x => x.Path == "Patient.AgeYears");
    }
}
