namespace Tendinopathy.Rules.Tests.Support;

/// <summary>One engine shared by the tests (it is thread-safe) and assertion helpers on results.</summary>
public static class Evaluation
{
    public static PathwayEngine Engine { get; } = new();

    public static PathwayResult Evaluate(PatientCase c) => Engine.Evaluate(c);

    public static IReadOnlyList<string> RecommendationIds(this PathwayResult r) => r.Recommendations.Select(x => x.Id).ToArray();
    public static IReadOnlyList<string> ConsideredIds(this PathwayResult r) => r.ConsideredNotRecommended.Select(x => x.Id).ToArray();
    public static IReadOnlyList<string> DoNotOfferIds(this PathwayResult r) => r.DoNotOffer.Select(x => x.Id).ToArray();
    public static IReadOnlyList<string> AlertIds(this PathwayResult r) => r.Alerts.Select(x => x.Id).ToArray();
    public static IReadOnlyList<string> MissingIds(this PathwayResult r) => r.MissingInformation.Select(x => x.Id).ToArray();

    public static Likelihood Dx(this PathwayResult r, string id) =>
        r.Diagnoses.Single(d => d.Id == id).Likelihood;

    public static CriterionStatus Criterion(this PathwayResult r, string dxId, string criterionId) =>
        r.Diagnoses.Single(d => d.Id == dxId).Criteria.Single(c => c.Id == criterionId).Status;

    public static TraceEntry TraceOf(this PathwayResult r, string ruleId) => r.Trace.Single(t => t.RuleId == ruleId);

    public static bool Recommends(this PathwayResult r, string id) => r.Recommendations.Any(x => x.Id == id);
    public static bool Considers(this PathwayResult r, string id) => r.ConsideredNotRecommended.Any(x => x.Id == id);
    public static bool Displays(this PathwayResult r, string dnoId) => r.DoNotOffer.Any(x => x.Id == dnoId);
    public static bool Prompts(this PathwayResult r, string missId) => r.MissingInformation.Any(x => x.Id == missId);
}
