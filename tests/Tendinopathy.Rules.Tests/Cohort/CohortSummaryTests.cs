using Tendinopathy.Rules.Cohort;
using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Cohort;

/// <summary>The cohort summary counts what the results say.</summary>
public sealed class CohortSummaryTests
{
    [Fact]
    public void Summary_counts_cases_invalid_red_flags_urgency_diagnoses_and_items()
    {
        var pht = CaseBuilder.TypicalPht().With(c => c with { CaseId = "pht" }).Case;
        var caudaEquina = CaseBuilder.TypicalPht().RedFlags(r => r with { SaddleAnaesthesia = TriState.Yes }).With(c => c with { CaseId = "rf01" }).Case;
        var child = CaseBuilder.TypicalPht().Age(15).Case;
        var outcomes = new CohortEvaluator(Evaluation.Engine).Evaluate([pht, caudaEquina, child, pht]).ToArray();
        var results = outcomes.Where(o => o.IsValid).Select(o => o.Result!).ToArray();

        var builder = new CohortSummaryBuilder();
        foreach (var o in outcomes) builder.Add(o);
        var s = builder.ToSummary();

        Assert.Equal(4, s.Cases);
        Assert.Equal(1, s.InvalidCases);
        Assert.Equal(3, s.ValidCases);
        Assert.Equal(1, s.CasesWithRedFlags);
        Assert.Equal(0, s.ProvisionalCases);
        Assert.Equal(4, s.UrgencyMix.Count);
        Assert.Equal(1, s.UrgencyMix.Single(p => p.Key == Urgency.Emergency).Value);
        Assert.Equal(results.Count(r => r.OverallUrgency == Urgency.Routine), s.UrgencyMix.Single(p => p.Key == Urgency.Routine).Value);
        Assert.Equal(3, s.Diagnoses.Single(d => d.Id == "DX-01").Cases);
        foreach (var item in s.Recommendations)
        {
            Assert.Equal(results.Count(r => r.Recommends(item.Id)), item.Cases);
        }
        Assert.Equal(results.SelectMany(r => r.RecommendationIds()).Distinct().Count(), s.Recommendations.Count);
        Assert.Equal(1, s.Alerts.Single(a => a.Id == "RF-01").Cases);
        Assert.Equal(s.Recommendations.OrderByDescending(i => i.Cases).ThenBy(i => i.Id, StringComparer.Ordinal), s.Recommendations);
    }
}
