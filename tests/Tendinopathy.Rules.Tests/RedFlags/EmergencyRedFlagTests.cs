using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.RedFlags;

public sealed class EmergencyRedFlagTests
{
    private static IReadOnlyList<FiredRule> Der11(PathwayResult r) => r.Explanation.Where(f => f.RuleId == "DER-11").ToArray();

    [Fact]
    public void DER11_is_asserted_for_an_emergency_red_flag()
    {
        var r = Evaluate(CaseBuilder.Baseline().Neuro(n => n with { WorstMyotomeMrc = 2 }));

        var fired = Assert.Single(Der11(r));
        Assert.Contains(fired.Facts, f => f.StartsWith("RF-02", StringComparison.Ordinal));
    }

    [Fact]
    public void DER11_is_asserted_once_per_emergency_red_flag()
    {
        var r = Evaluate(CaseBuilder.Baseline()
            .RedFlags(f => f with { SaddleAnaesthesia = TriState.Yes })
            .Neuro(n => n with { WeaknessProgressive = TriState.Yes }));

        Assert.Equal(2, Der11(r).Count);
    }

    [Fact]
    public void DER11_is_not_asserted_for_an_urgent_red_flag()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { SignificantTrauma = TriState.Yes }));

        Assert.Contains("RF-05", r.AlertIds());
        Assert.Empty(Der11(r));
    }
}
