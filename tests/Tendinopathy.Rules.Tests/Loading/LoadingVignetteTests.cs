using Tendinopathy.Rules.Tests.Support;
using Tendinopathy.Rules.Tests.SymptomRelief;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Loading;

/// <summary>
/// The load-management, loading, follow-up and DNO-32 parts of vignettes V01, V02, V06, V07, V08, V11 and V12 (PATHWAY.md 7).
/// </summary>
public sealed class LoadingVignetteTests
{
    private static readonly string[] Lm00To06 = ["LM-00", "LM-01", "LM-02", "LM-03", "LM-04", "LM-05", "LM-06"];

    private static CaseBuilder V02() => CaseBuilder.Sample("v02-hamstring-syndrome");

    private static void AssertStarts(PathwayResult r, LoadingPhase phase)
    {
        Assert.True(r.Recommends("LOAD-START"));
        Assert.Equal(phase, r.Phase);
        Assert.Null(r.LoadingDecision);
        Assert.False(r.Recommends("LOAD-CONTINUE"));
        Assert.False(r.Prompts("MISS-13"));
        Assert.True(r.Recommends("FU-01"));
        Assert.True(r.Displays("DNO-32"));
    }

    [Fact]
    public void V01_starts_loading_in_P1_with_LM00_to_LM06_FU01_and_DNO32()
    {
        var r = Evaluate(LoadingCases.V01());
        AssertStarts(r, LoadingPhase.P1);
        foreach (var id in Lm00To06) Assert.True(r.Recommends(id), id);
        Assert.False(r.Recommends("LM-07"));
        Assert.False(r.Recommends("FU-02"));
    }

    [Fact]
    public void V02_hamstring_syndrome_starts_loading_in_P1_because_sitting_is_below_30_and_pain_now_is_5()
    {
        var r = Evaluate(V02());
        Assert.Equal(Likelihood.Likely, r.Dx("DX-04"));
        AssertStarts(r, LoadingPhase.P1);
        foreach (var id in Lm00To06) Assert.True(r.Recommends(id), id);
        var detail = r.Recommendations.Single(x => x.Id == "LOAD-START").Details[0];
        Assert.Contains("sitting tolerance 20 min", detail);
        Assert.Contains("pain now 5/10", detail);
    }

    [Fact]
    public void V06_chronic_PHT_starts_loading_in_P1()
    {
        var r = Evaluate(MedicineCases.V06());
        AssertStarts(r, LoadingPhase.P1);
        foreach (var id in Lm00To06) Assert.True(r.Recommends(id), id);
    }

    [Fact]
    public void V07_keeps_LM00_to_LM06_and_FU01_while_loading_is_suppressed_by_AL02()
    {
        var r = Evaluate(MedicineCases.V07());
        foreach (var id in Lm00To06) Assert.True(r.Recommends(id), id);
        Assert.Equal(["AL-02"], r.TraceOf("LOAD-START").SuppressedBy);
        Assert.Equal(LoadingPhase.None, r.Phase);
        Assert.True(r.Recommends("FU-01"));
        Assert.True(r.Displays("DNO-32"));
        Assert.False(r.Prompts("MISS-13"));
    }

    [Fact]
    public void V08_starts_loading_in_P1_without_LM05()
    {
        var r = Evaluate(MedicineCases.V08());
        AssertStarts(r, LoadingPhase.P1);
        foreach (var id in new[] { "LM-00", "LM-01", "LM-02", "LM-03", "LM-04", "LM-06" }) Assert.True(r.Recommends(id), id);
        Assert.False(r.Recommends("LM-05"));
    }

    [Fact]
    public void V11_suppresses_LM06_LOADSTART_and_FU01_by_RF04_without_MISS13()
    {
        var r = Evaluate(LoadingCases.V11());
        foreach (var id in new[] { "LM-06", "LOAD-START", "FU-01" })
        {
            Assert.Equal(TraceOutcome.SuppressedBy, r.TraceOf(id).Outcome);
            Assert.Equal(["RF-04"], r.TraceOf(id).SuppressedBy);
        }
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("LM-05").Outcome);
        Assert.False(r.Prompts("MISS-13"));
    }

    [Fact]
    public void V12_pregnancy_starts_loading_in_P2_without_MISS13()
    {
        var r = Evaluate(MedicineCases.V12());
        AssertStarts(r, LoadingPhase.P2);
        foreach (var id in Lm00To06) Assert.True(r.Recommends(id), id);
    }
}
