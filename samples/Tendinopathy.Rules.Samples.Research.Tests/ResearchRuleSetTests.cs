using Tendinopathy.Rules;
using Tendinopathy.Rules.Authoring;
using Tendinopathy.Rules.Cohort;
using Tendinopathy.Rules.Samples.Research;

namespace Tendinopathy.Rules.Samples.Research.Tests;

/// <summary>The research variant: RES-01 fires when it should, stays silent when it should not, and built-in safety holds.</summary>
public sealed class ResearchRuleSetTests
{
    private static readonly RuleSet Variant = ResearchRuleSet.Create();
    private static readonly PathwayEngine Research = new(Variant, PathwayOptions.Default);
    private static readonly PathwayEngine BuiltIn = new();

    private static PatientCase Case(string name) =>
        PathwayJson.ReadCase(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cases", name + ".json")));

    private static PatientCase V01 => Case("v01-pure-pht");

    private static PatientCase WithAggravators(PatientCase c, params Aggravator[] aggravators) =>
        c with { Pain = c.Pain with { Aggravators = aggravators } };

    [Fact]
    public void RES01_recommends_the_cushion_with_its_evidence_when_sitting_aggravates_PHT()
    {
        var r = Research.Evaluate(V01); // V01: PHT, sitting on a hard surface aggravates
        var item = Assert.Single(r.Recommendations, x => x.Id == SittingCushionRule.Id);
        Assert.Equal(ItemCategory.LoadManagement, item.Category);
        Assert.Equal("EO", item.EvidenceCode);
        Assert.Contains(item.References, x => x.Id == ResearchRuleSet.CushionProtocolReference);
        Assert.Contains(r.Trace, t => t.RuleId == SittingCushionRule.Id && t.Outcome == TraceOutcome.Fired);
    }

    [Fact]
    public void RES01_stays_silent_when_sitting_does_not_aggravate()
    {
        var r = Research.Evaluate(WithAggravators(V01, Aggravator.Running, Aggravator.HillRunning));
        Assert.DoesNotContain(r.Recommendations, x => x.Id == SittingCushionRule.Id);
        Assert.Contains(r.Trace, t => t.RuleId == SittingCushionRule.Id && t.Outcome == TraceOutcome.NotApplicable);
    }

    [Fact]
    public void RES01_stays_silent_in_sciatica_without_a_tendon_diagnosis_even_though_sitting_aggravates()
    {
        var r = Research.Evaluate(Case("v03-lumbar-radiculopathy"));
        Assert.True(r.Diagnoses.Single(d => d.Id == "DX-01").Likelihood < Likelihood.Possible);
        Assert.True(r.Diagnoses.Single(d => d.Id == "DX-04").Likelihood < Likelihood.Possible);
        Assert.DoesNotContain(r.Recommendations, x => x.Id == SittingCushionRule.Id);
    }

    [Fact]
    public void An_emergency_red_flag_suppresses_RES01_through_the_built_in_suppression_policy()
    {
        var c = V01 with { RedFlags = V01.RedFlags with { SaddleAnaesthesia = TriState.Yes } };
        var r = Research.Evaluate(c);
        Assert.Equal(Urgency.Emergency, r.OverallUrgency);
        Assert.Contains(r.Alerts, a => a.Id == "RF-01");
        Assert.DoesNotContain(r.Recommendations, x => x.Id == SittingCushionRule.Id);
        var trace = Assert.Single(r.Trace, t => t.RuleId == SittingCushionRule.Id);
        Assert.Equal(TraceOutcome.SuppressedBy, trace.Outcome);
        Assert.Contains("RF-01", trace.SuppressedBy);
    }

    [Fact]
    public void The_stricter_LM02_needs_a_likely_tendon_diagnosis_where_the_built_in_one_fires_from_possible()
    {
        // Without the provocation tests the tendinopathy is possible rather than likely.
        var possible = V01 with { Examination = V01.Examination.Where(e => e.Test == ExamTest.Palpation).ToArray() };
        var builtIn = BuiltIn.Evaluate(possible);
        Assert.Equal(Likelihood.Possible, builtIn.Diagnoses.Single(d => d.Id == "DX-01").Likelihood);
        Assert.Contains(builtIn.Recommendations, x => x.Id == "LM-02");
        Assert.DoesNotContain(Research.Evaluate(possible).Recommendations, x => x.Id == "LM-02");

        var likely = Research.Evaluate(V01);
        Assert.True(likely.Diagnoses.Single(d => d.Id == "DX-01").Likelihood >= Likelihood.Likely);
        Assert.Contains(likely.Recommendations, x => x.Id == "LM-02");
        Assert.Contains(Variant.Rules, d => d.Id == "LM-02" && d.RuleType == typeof(StricterSittingLoadRule));
    }

    [Fact]
    public void Shockwave_is_left_out_of_the_variant()
    {
        Assert.Contains(RuleSet.BuiltIn.Rules, d => d.Tags.Contains(PathwayStage.Shockwave));
        Assert.DoesNotContain(Variant.Rules, d => d.Tags.Contains(PathwayStage.Shockwave));
    }

    [Fact]
    public void Every_result_names_the_variant_whose_identity_and_hash_differ_from_the_built_in_rule_set()
    {
        Assert.Equal(ResearchRuleSet.Name, Variant.Identity.Name);
        Assert.Equal(ResearchRuleSet.Version, Variant.Identity.Version);
        Assert.NotEqual(RuleSet.BuiltIn.Identity.ContentHash, Variant.Identity.ContentHash);
        Assert.Equal(Variant.Identity, Research.Evaluate(V01).RuleSet);
        Assert.Equal(RuleSet.BuiltIn.Identity, BuiltIn.Evaluate(V01).RuleSet);
        Assert.Equal(Variant.Identity.ContentHash, ResearchRuleSet.Create().Identity.ContentHash); // deterministic
    }

    [Fact]
    public void Compared_on_a_synthetic_cohort_the_variant_adds_RES01_and_never_changes_urgency()
    {
        var report = RuleSetComparison.Compare(BuiltIn, Research, SyntheticCohort.Generate(300, seed: 7));
        Assert.Equal(0, report.InvalidCases);
        Assert.Contains(report.ItemChanges, c => c.Id == SittingCushionRule.Id && c.Added > 0 && c.Removed == 0);
        Assert.Equal(0, report.UrgencyChangedCases);
    }

    [Fact]
    public void Composition_errors_surface_when_the_variant_is_built()
    {
        // RES-01 without its reference (AddEvidence forgotten).
        var missing = Assert.Throws<RuleSetCompositionException>(() => RuleSet.CreateBuilder()
            .AddItem(SittingCushionRule.Text)
            .Add(typeof(SittingCushionRule))
            .Build());
        Assert.Contains(missing.Problems, p => p.Contains(ResearchRuleSet.CushionProtocolReference, StringComparison.Ordinal));

        // A replacement for a rule that does not exist.
        var unknown = Assert.Throws<RuleSetCompositionException>(() => RuleSet.CreateBuilder()
            .Replace("LM-99", typeof(StricterSittingLoadRule))
            .Build());
        Assert.Contains(unknown.Problems, p => p.Contains("LM-99", StringComparison.Ordinal));
    }
}
