using Microsoft.Extensions.DependencyInjection;
using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Composition;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddTendinopathyRules_registers_one_singleton_engine_resolvable_from_a_real_container()
    {
        using var provider = new ServiceCollection().AddTendinopathyRules().BuildServiceProvider();
        var a = provider.GetRequiredService<PathwayEngine>();
        var b = provider.GetRequiredService<PathwayEngine>();
        Assert.Same(a, b);
        var r = a.Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { SaddleAnaesthesia = TriState.Yes }));
        Assert.Equal(Urgency.Emergency, r.OverallUrgency);
    }

    [Fact]
    public void AddTendinopathyRules_applies_thresholds_and_rule_changes()
    {
        using var provider = new ServiceCollection()
            .AddTendinopathyRules(o =>
            {
                o.Thresholds = PathwayOptions.Default with { ChronicWeeks = 10 };
                o.ConfigureRules = b => b.Exclude("RF-01").WithName("local", "1.1.0-local.1");
            })
            .BuildServiceProvider();
        var engine = provider.GetRequiredService<PathwayEngine>();
        Assert.Equal(10, engine.Options.ChronicWeeks);
        Assert.Equal("local", engine.Identity.Name);
        Assert.DoesNotContain(engine.RuleSet.Rules, r => r.Id == "RF-01");
    }

    [Fact]
    public void Invalid_thresholds_fail_at_registration_with_a_clear_message()
    {
        var e = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddTendinopathyRules(o =>
            o.Thresholds = PathwayOptions.Default with { ChronicWeeks = 0, SurgicalOpinionRecommendWeeks = 8 }));
        Assert.Contains("ChronicWeeks", e.Message);
        Assert.Contains("SurgicalOpinionRecommendWeeks", e.Message);
    }

    [Fact]
    public void An_inconsistent_rule_set_fails_at_registration()
    {
        Assert.Throws<RuleSetCompositionException>(() => new ServiceCollection().AddTendinopathyRules(o => o.ConfigureRules = b => b.Exclude("NOPE-1")));
    }
}
