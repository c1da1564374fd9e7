using Tendinopathy.Rules.Cohort;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Cohort;

/// <summary>Comparing two rule-set configurations on the same cases.</summary>
public sealed class RuleSetComparisonTests
{
    private static readonly PatientCase[] Cases = SyntheticCohort.Generate(400, seed: 21).ToArray();

    private static readonly Lazy<PathwayEngine> WithoutInvestigations = new(() =>
        RuleSetConfiguration.Parse("""{ "name": "no-investigations", "version": "1", "excludeTags": ["Investigations"] }""").CreateEngine());

    [Fact]
    public void Excluding_a_tag_reports_exactly_the_removed_items_per_case_and_in_total()
    {
        var a = Evaluation.Engine;
        var b = WithoutInvestigations.Value;
        var removedIds = RuleSet.BuiltIn.Rules.Where(r => r.Tags.Contains(PathwayStage.Investigations)).Select(r => r.Id).ToHashSet();

        var report = RuleSetComparison.Compare(a, b, Cases, new CohortOptions { MaxDegreeOfParallelism = 2 });

        var expected = Cases.Select(c => (A: a.Evaluate(c), B: b.Evaluate(c))).ToArray();
        var removedPerItem = expected
            .SelectMany(p => p.A.RecommendationIds().Except(p.B.RecommendationIds()))
            .GroupBy(id => id).ToDictionary(g => g.Key, g => (long)g.Count());
        var changed = expected.Count(p => !p.A.RecommendationIds().SequenceEqual(p.B.RecommendationIds()) ||
                                          !p.A.DoNotOfferIds().SequenceEqual(p.B.DoNotOfferIds()) || p.A.OverallUrgency != p.B.OverallUrgency);

        Assert.Equal("no-investigations", report.RuleSetB.Name);
        Assert.Equal(400, report.Cases);
        Assert.Equal(0, report.InvalidCases);
        Assert.True(report.ChangedCases > 0, "excluding the IMG- rules should change some generated cases");
        Assert.Equal(changed, report.ChangedCases);
        Assert.All(report.ItemChanges, c => Assert.Contains(c.Id, removedIds));
        Assert.All(report.ItemChanges, c => Assert.Equal(0, c.Added));
        Assert.Equal(removedPerItem.OrderBy(p => p.Key), report.ItemChanges.Select(c => KeyValuePair.Create(c.Id, c.Removed)).OrderBy(p => p.Key));
        Assert.Equal(report.ChangedCases, report.ChangedCaseList.Count);
        Assert.All(report.ChangedCaseList, c => Assert.True(c.Changed));
        Assert.Equal(report.ChangedCaseList.OrderBy(c => c.Index).Select(c => c.Index), report.ChangedCaseList.Select(c => c.Index));
    }

    [Fact]
    public void The_same_configuration_changes_nothing_and_invalid_cases_are_counted()
    {
        var input = Cases.Take(50).Append(CaseBuilder.Baseline().Age(9).Case);

        var report = RuleSetComparison.Compare(Evaluation.Engine, Evaluation.Engine, input);

        Assert.Equal(51, report.Cases);
        Assert.Equal(1, report.InvalidCases);
        Assert.Equal(0, report.ChangedCases);
        Assert.Empty(report.ItemChanges);
        Assert.Empty(report.UrgencyChanges);
    }

    [Fact]
    public void Diff_reports_added_removed_and_urgency_both_ways()
    {
        var pht = Evaluation.Evaluate(CaseBuilder.TypicalPht().Case);
        var rf = Evaluation.Evaluate(CaseBuilder.TypicalPht().RedFlags(r => r with { SaddleAnaesthesia = TriState.Yes }).Case);

        var diff = RuleSetComparison.Diff(pht, rf);
        var back = RuleSetComparison.Diff(rf, pht);

        Assert.True(diff.UrgencyChanged);
        Assert.Equal(Urgency.Emergency, diff.UrgencyB);
        Assert.Contains("IMG-01", diff.RecommendationsAdded);
        Assert.Equal(diff.RecommendationsAdded, back.RecommendationsRemoved);
        Assert.Equal(diff.RecommendationsRemoved, back.RecommendationsAdded);
    }

    [Fact]
    public void The_changed_case_list_is_capped_and_says_so()
    {
        var report = RuleSetComparison.Compare(Evaluation.Engine, WithoutInvestigations.Value, Cases, maxListedCases: 3);

        Assert.Equal(3, report.ChangedCaseList.Count);
        Assert.True(report.ChangedCaseListTruncated);
    }
}
