using Tendinopathy.Rules.Cohort;

namespace Tendinopathy.Rules.Tests.Cohort;

/// <summary>The rule-set configuration file: composition and option errors are reported, never ignored.</summary>
public sealed class RuleSetConfigurationTests
{
    [Fact]
    public void A_configuration_names_the_rule_set_excludes_rules_and_tags_and_sets_options()
    {
        var config = RuleSetConfiguration.Parse("""
            { "name": "research", "version": "2", "exclude": ["RF-05"], "excludeTags": ["MissingInformation"], "includeOnly": [],
              "options": { "chronicWeeks": 10, "avulsionRetractionCm": 2.5 } }
            """);

        var engine = config.CreateEngine();

        Assert.Equal("research", engine.Identity.Name);
        Assert.Equal("2", engine.Identity.Version);
        Assert.DoesNotContain(engine.RuleSet.Rules, r => r.Id == "RF-05");
        Assert.DoesNotContain(engine.RuleSet.Rules, r => r.Tags.Contains("MissingInformation"));
        Assert.Contains(engine.RuleSet.Rules, r => r.Id == "RF-01");
        Assert.Equal(10, engine.Options.ChronicWeeks);
        Assert.Equal(2.5m, engine.Options.AvulsionRetractionCm);
        Assert.Equal(PathwayOptions.Default.FluoroquinoloneRiskDays, engine.Options.FluoroquinoloneRiskDays);
    }

    [Fact]
    public void An_empty_configuration_is_the_built_in_rule_set_with_default_options()
    {
        var engine = RuleSetConfiguration.Parse("{}").CreateEngine();

        Assert.Equal(RuleSet.BuiltIn.Identity, engine.Identity);
        Assert.Equal(PathwayOptions.Default, engine.Options);
    }

    [Fact]
    public void Include_only_keeps_the_listed_rules_and_tags()
    {
        var ruleSet = RuleSetConfiguration.Parse("""{ "includeOnly": ["RedFlags", "DX-02"] }""").BuildRuleSet();

        Assert.All(ruleSet.Rules, r => Assert.True(r.Id == "DX-02" || r.Tags.Contains("RedFlags"), r.Id));
        Assert.Contains(ruleSet.Rules, r => r.Id == "DX-02");
    }

    [Fact]
    public void An_unknown_rule_id_is_a_composition_error()
    {
        var config = RuleSetConfiguration.Parse("""{ "exclude": ["XX-99"] }""");

        var e = Assert.Throws<RuleSetCompositionException>(config.BuildRuleSet);
        Assert.Contains(e.Problems, p => p.Contains("XX-99", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_tag_is_a_composition_error()
    {
        var config = RuleSetConfiguration.Parse("""{ "excludeTags": ["Injektions"], "includeOnly": ["Nothing"] }""");

        var e = Assert.Throws<RuleSetCompositionException>(config.BuildRuleSet);
        Assert.Equal(2, e.Problems.Count);
        Assert.Contains("Injektions", e.Problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "options": { "chronicWeek": 12 } }""", "$.options.chronicWeek")]
    [InlineData("""{ "exclude": ["RF-01"], "excludes": [] }""", "$.excludes")]
    [InlineData("""{ "options": { "chronicWeeks": "twelve" } }""", "$.options.chronicWeeks")]
    [InlineData("""{ "options": null }""", "$.options")]
    [InlineData("""{ "name": """, "$")]
    public void An_unknown_or_malformed_property_is_an_error_with_its_path(string json, string path)
    {
        var e = Assert.Throws<RuleSetConfigurationException>(() => RuleSetConfiguration.Parse(json));

        Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
    }
}
