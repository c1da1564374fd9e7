using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway;
using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Composition;

[Name("RF-01"), Description("Research variant of RF-01 that never fires"), Tag(PathwayStage.RedFlags), Priority(Salience.RedFlag)]
[Evidence("EO", "REF-SPEC")]
internal sealed class SilentCaudaEquinaRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        When().Match(() => c, x => false);
        Then().Do(ctx => ctx.Recommend(c, Urgency.Routine, null, null, null, null));
    }
}

[Name("RES-01"), Description("Research rule: advise a sitting cushion whenever sitting aggravates"), Tag("Research"), Priority(Salience.Treatment)]
[Evidence("EO", "REF-RESEARCH-1")]
internal sealed class CushionRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        When().Match(() => c, x => x.HasAggravator(Aggravator.Sitting));
        Then().Do(ctx => ctx.Recommend(c, Urgency.Routine, null, null, null, null));
    }
}

[Name("RES-02"), Tag("Research"), Evidence("EO", "REF-SPEC")]
internal sealed class UndescribedRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        When().Match(() => c);
        Then().Do(ctx => ctx.Recommend(c, Urgency.Routine, null, null, null, null));
    }
}

public sealed class RuleSetBuilderTests
{
    private static readonly ItemText Cushion = new()
    {
        Id = "RES-01", Title = "Sitting cushion", ClinicianText = "Advise an offloading cushion.", PatientText = "Use a cushion that takes weight off your sitting bone.",
        Category = ItemCategory.LoadManagement,
    };

    [Fact]
    public void Built_in_rule_set_reports_the_specification_version_and_a_content_hash()
    {
        var identity = RuleSet.BuiltIn.Identity;
        Assert.Equal("1.1.0", identity.Version);
        Assert.Matches("^[0-9a-f]{16}$", identity.ContentHash);
        Assert.Equal(identity, Evaluation.Evaluate(CaseBuilder.TypicalPht()).RuleSet);
    }

    [Fact]
    public void Excluding_a_rule_removes_its_output_and_changes_the_content_hash()
    {
        var variant = RuleSet.CreateBuilder().Exclude("RF-01").WithName("no-rf01", "1").Build();
        var engine = new PathwayEngine(variant, PathwayOptions.Default);
        var r = engine.Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { SaddleAnaesthesia = TriState.Yes }));
        Assert.DoesNotContain(r.Alerts, a => a.Id == "RF-01");
        Assert.NotEqual(RuleSet.BuiltIn.Identity.ContentHash, variant.Identity.ContentHash);
        Assert.Equal("no-rf01", r.RuleSet.Name);
    }

    [Fact]
    public void A_replaced_rule_runs_instead_of_the_built_in_one()
    {
        var variant = RuleSet.CreateBuilder().Replace("RF-01", typeof(SilentCaudaEquinaRule)).Build();
        var r = new PathwayEngine(variant, PathwayOptions.Default).Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { SaddleAnaesthesia = TriState.Yes }));
        Assert.DoesNotContain(r.Alerts, a => a.Id == "RF-01");
        Assert.Contains(variant.Rules, d => d.Id == "RF-01" && d.RuleType == typeof(SilentCaudaEquinaRule));
    }

    [Fact]
    public void An_added_rule_with_its_own_evidence_and_texts_emits_its_item()
    {
        var variant = RuleSet.CreateBuilder()
            .AddEvidence(new EvidenceReference("REF-RESEARCH-1", "Local audit (2026).", "Audit; EO."))
            .AddItem(Cushion)
            .Add(typeof(CushionRule))
            .Build();
        var r = new PathwayEngine(variant, PathwayOptions.Default).Evaluate(CaseBuilder.TypicalPht().Aggravators(Aggravator.Sitting));
        var item = Assert.Single(r.Recommendations, x => x.Id == "RES-01");
        Assert.Equal("REF-RESEARCH-1", Assert.Single(item.References).Id);
        Assert.Contains(r.Trace, t => t.RuleId == "RES-01" && t.Outcome == TraceOutcome.Fired);
    }

    [Fact]
    public void Composition_errors_are_reported_together_when_the_rule_set_is_built()
    {
        var e = Assert.Throws<RuleSetCompositionException>(() => RuleSet.CreateBuilder()
            .Exclude("RF-99")
            .Replace("RF-98", typeof(SilentCaudaEquinaRule))
            .Build());
        Assert.Contains(e.Problems, p => p.Contains("RF-99"));
        Assert.Contains(e.Problems, p => p.Contains("RF-98"));
    }

    [Fact]
    public void A_replacement_must_carry_the_replaced_ID()
    {
        var e = Assert.Throws<RuleSetCompositionException>(() => RuleSet.CreateBuilder().Replace("RF-02", typeof(SilentCaudaEquinaRule)).Build());
        Assert.Contains(e.Problems, p => p.Contains("RF-02") && p.Contains("[Name"));
    }

    [Fact]
    public void Duplicate_IDs_are_a_composition_error()
    {
        var e = Assert.Throws<RuleSetCompositionException>(() => RuleSet.CreateBuilder().Add(typeof(SilentCaudaEquinaRule)).Build());
        Assert.Contains(e.Problems, p => p.Contains("Duplicate rule ID 'RF-01'"));
    }

    [Fact]
    public void A_rule_without_a_description_is_a_composition_error()
    {
        var e = Assert.Throws<RuleSetCompositionException>(() => RuleSet.CreateBuilder().Add(typeof(UndescribedRule)).Build());
        Assert.Contains(e.Problems, p => p.Contains("'RES-02' has no description"));
    }

    [Fact]
    public void A_reference_missing_from_the_catalogue_is_a_composition_error()
    {
        var e = Assert.Throws<RuleSetCompositionException>(() => RuleSet.CreateBuilder().AddItem(Cushion).Add(typeof(CushionRule)).Build());
        Assert.Contains(e.Problems, p => p.Contains("REF-RESEARCH-1"));
    }
}

public sealed class RuleSetBuilderAllProblemsTests
{
    [Fact]
    public void Builder_and_model_problems_are_reported_in_one_exception()
    {
        var e = Assert.Throws<RuleSetCompositionException>(() => RuleSet.CreateBuilder()
            .Exclude("RF-99")
            .Add(typeof(UndescribedRule))
            .Build());
        Assert.Contains(e.Problems, p => p.Contains("RF-99"));
        Assert.Contains(e.Problems, p => p.Contains("'RES-02' has no description"));
    }
}
