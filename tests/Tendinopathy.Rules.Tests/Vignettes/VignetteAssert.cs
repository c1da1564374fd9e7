using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Vignettes;

/// <summary>
/// Assertions in the vocabulary of PATHWAY.md section 7 ("Rec ⊇", "CNR ⊇", "DNO ⊇", "MUST NOT", trace outcomes). Failure
/// messages list the actual IDs and say when an expected ID has no rule or item in the rule set yet, so a missing rule is
/// told apart from a wrong result at a glance.
/// </summary>
public static class VignetteAssert
{
    /// <summary>IDs <paramref name="prefix"/>NN for NN = <paramref name="from"/>…<paramref name="to"/> (e.g. LM-00…LM-06).</summary>
    public static string[] Range(string prefix, int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(i => prefix + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public static string[] Ids(params object[] parts) =>
        parts.SelectMany(p => p switch
        {
            string s => [s],
            IEnumerable<string> many => many,
            _ => throw new ArgumentException("IDs are strings or string sequences.", nameof(parts)),
        }).ToArray();

    private static bool Defined(string id) => Evaluation.Engine.Model.Items.Any(i => i.Id == id);

    private static string Describe(string id) => Defined(id) ? id : id + " (not yet defined in the rule set)";

    private static string List(IEnumerable<string> ids) => "[" + string.Join(", ", ids) + "]";

    /// <summary>"Rec ⊇": every ID is in Recommendations.</summary>
    public static void Recommends(PathwayResult r, params string[] ids)
    {
        var missing = ids.Where(id => !r.Recommends(id)).ToArray();
        if (missing.Length > 0)
        {
            Assert.Fail($"Expected in Recommendations: {List(missing.Select(Describe))}.\nRecommendations: {List(r.RecommendationIds())}\n" +
                        $"ConsideredNotRecommended: {List(r.ConsideredIds())}\nSuppressed: {List(r.Trace.Where(t => t.Outcome == TraceOutcome.SuppressedBy).Select(t => t.RuleId))}");
        }
    }

    /// <summary>"MUST NOT": none of the IDs is in Recommendations.</summary>
    public static void DoesNotRecommend(PathwayResult r, params string[] ids)
    {
        var present = ids.Where(r.Recommends).ToArray();
        if (present.Length > 0) Assert.Fail($"Must not be in Recommendations: {List(present)}.\nRecommendations: {List(r.RecommendationIds())}");
    }

    /// <summary>No item whose ID starts with <paramref name="prefix"/> is recommended (e.g. "LOAD-").</summary>
    public static void RecommendsNoneStartingWith(PathwayResult r, string prefix)
    {
        var present = r.RecommendationIds().Where(id => id.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
        if (present.Length > 0) Assert.Fail($"No {prefix}* item may be recommended, found {List(present)}.");
    }

    /// <summary>The item is absent from both Recommendations and ConsideredNotRecommended.</summary>
    public static void NotListed(PathwayResult r, params string[] ids)
    {
        var present = ids.Where(id => r.Recommends(id) || r.Considers(id)).ToArray();
        if (present.Length > 0)
        {
            Assert.Fail($"Must be in neither list: {List(present)}.\nRecommendations: {List(r.RecommendationIds())}\nConsideredNotRecommended: {List(r.ConsideredIds())}");
        }
    }

    /// <summary>The recommended item with this ID.</summary>
    public static Recommendation Recommended(PathwayResult r, string id)
    {
        Recommends(r, id);
        return r.Recommendations.Single(x => x.Id == id);
    }

    /// <summary>"CNR ⊇": the item is in ConsideredNotRecommended (not in Recommendations) with a reason of this code.</summary>
    public static NotRecommendedReason Considered(PathwayResult r, string id, string code)
    {
        Assert.False(r.Recommends(id), $"{id} must not be in Recommendations (expected in ConsideredNotRecommended with {code}).");
        var item = r.ConsideredNotRecommended.SingleOrDefault(x => x.Id == id);
        if (item is null)
        {
            Assert.Fail($"Expected {Describe(id)} in ConsideredNotRecommended with {code}.\nConsideredNotRecommended: {List(r.ConsideredIds())}\n" +
                        $"Recommendations: {List(r.RecommendationIds())}");
        }
        var reason = item.Reasons.SingleOrDefault(x => x.Code == code);
        Assert.True(reason is not null, $"{id} is considered and not recommended, but without reason {code}: {List(item.Reasons.Select(x => x.Code))}");
        return reason!;
    }

    /// <summary>
    /// The reason's triggering facts are exactly the named facts: each expected (field, value) matches one fact whose field
    /// contains the name (paths may be qualified, e.g. <c>Patient.Pregnant</c>) and whose value, when given, equals it
    /// (case-insensitive).
    /// </summary>
    public static void TriggeredBy(NotRecommendedReason reason, params (string Field, string? Value)[] expected)
    {
        var facts = reason.TriggeringFacts;
        string Show() => List(facts.Select(f => f.ToString()));
        foreach (var (field, value) in expected)
        {
            Assert.True(facts.Any(f => Matches(f, field, value)), $"{reason.Code}: expected a triggering fact {field}{(value is null ? "" : " = " + value)}; facts: {Show()}");
        }
        foreach (var f in facts)
        {
            Assert.True(expected.Any(e => Matches(f, e.Field, e.Value)), $"{reason.Code}: unexpected triggering fact {f}; expected only {List(expected.Select(e => e.Field))}");
        }
    }

    private static bool Matches(FactValue f, string field, string? value) =>
        f.Field.Contains(field, StringComparison.Ordinal) &&
        (value is null || string.Equals(f.Value, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>"DNO ⊇": every ID is displayed on the do-not-offer list.</summary>
    public static void Displays(PathwayResult r, params string[] ids)
    {
        var missing = ids.Where(id => !r.Displays(id)).ToArray();
        if (missing.Length > 0) Assert.Fail($"Expected in DoNotOffer: {List(missing.Select(Describe))}.\nDoNotOffer: {List(r.DoNotOfferIds())}");
    }

    /// <summary>"MUST NOT: … displayed": none of the IDs is on the do-not-offer list.</summary>
    public static void DoesNotDisplay(PathwayResult r, params string[] ids)
    {
        var present = ids.Where(r.Displays).ToArray();
        if (present.Length > 0) Assert.Fail($"Must not be displayed in DoNotOffer: {List(present)}.\nDoNotOffer: {List(r.DoNotOfferIds())}");
    }

    /// <summary>The trace outcome of a rule (0.5); for SuppressedBy, the exact suppressors.</summary>
    public static void Traced(PathwayResult r, string id, TraceOutcome outcome, params string[] suppressedBy)
    {
        var entry = r.Trace.SingleOrDefault(t => t.RuleId == id);
        if (entry is null) Assert.Fail($"{id} has no trace entry (no rule or item with this ID in the rule set yet).");
        Assert.True(entry.Outcome == outcome, $"{id}: expected trace {outcome}{Suppressors(suppressedBy)}, was {entry.Outcome}{Suppressors(entry.SuppressedBy)}.");
        if (outcome == TraceOutcome.SuppressedBy) Assert.Equal(suppressedBy.OrderBy(x => x, StringComparer.Ordinal), entry.SuppressedBy);
    }

    private static string Suppressors(IEnumerable<string> by) => by.Any() ? "(" + string.Join(", ", by) + ")" : "";

    /// <summary>Every listed rule has the given trace outcome.</summary>
    public static void TracedAll(PathwayResult r, TraceOutcome outcome, IEnumerable<string> ids, params string[] suppressedBy)
    {
        var failures = new List<string>();
        foreach (var id in ids)
        {
            var entry = r.Trace.SingleOrDefault(t => t.RuleId == id);
            if (entry is null) failures.Add(id + ": no trace entry (not yet defined)");
            else if (entry.Outcome != outcome ||
                     (outcome == TraceOutcome.SuppressedBy && !entry.SuppressedBy.SequenceEqual(suppressedBy.OrderBy(x => x, StringComparer.Ordinal))))
            {
                failures.Add($"{id}: {entry.Outcome}{Suppressors(entry.SuppressedBy)}");
            }
        }
        if (failures.Count > 0) Assert.Fail($"Expected trace {outcome}{Suppressors(suppressedBy)} for:\n  " + string.Join("\n  ", failures));
    }

    /// <summary>The alerts (RF- and AL-) are exactly these IDs.</summary>
    public static void AlertsExactly(PathwayResult r, params string[] ids) =>
        Assert.True(r.AlertIds().OrderBy(x => x, StringComparer.Ordinal).SequenceEqual(ids.OrderBy(x => x, StringComparer.Ordinal)),
            $"Expected alerts {List(ids)}, were {List(r.AlertIds())}.");

    /// <summary>The MISS- prompts are exactly these IDs.</summary>
    public static void PromptsExactly(PathwayResult r, params string[] ids) =>
        Assert.True(r.MissingIds().OrderBy(x => x, StringComparer.Ordinal).SequenceEqual(ids.OrderBy(x => x, StringComparer.Ordinal)),
            $"Expected MISS prompts exactly {List(ids)}, were {List(r.MissingIds())}.");

    /// <summary>The MISS- prompt is raised.</summary>
    public static global::Tendinopathy.Rules.MissingInformation Prompts(PathwayResult r, string id)
    {
        var prompt = r.MissingInformation.SingleOrDefault(m => m.Id == id);
        if (prompt is null) Assert.Fail($"Expected prompt {Describe(id)}; prompts: {List(r.MissingIds())}.");
        return prompt;
    }

    /// <summary>The MISS- prompt is not raised.</summary>
    public static void DoesNotPrompt(PathwayResult r, string id) =>
        Assert.False(r.Prompts(id), $"{id} must not be prompted; prompts: {List(r.MissingIds())}.");

    /// <summary>The rule fired (it is in the explanation), e.g. an annotation rule such as SCI-07 or PMM-08.</summary>
    public static void Fired(PathwayResult r, string ruleId) =>
        Assert.True(r.Explanation.Any(f => f.RuleId == ruleId),
            $"Expected {ruleId} to fire{(Evaluation.Engine.Model.TryGetRule(ruleId, out _) ? "" : " (no rule with this ID in the rule set yet)")}; fired: {List(r.Explanation.Select(f => f.RuleId).Distinct())}.");

    /// <summary>Each working diagnosis has the given likelihood.</summary>
    public static void Diagnoses(PathwayResult r, params (string Id, Likelihood Likelihood)[] expected)
    {
        var failures = expected.Where(e => r.Dx(e.Id) != e.Likelihood).Select(e => $"{e.Id}: expected {e.Likelihood}, was {r.Dx(e.Id)}").ToArray();
        if (failures.Length > 0) Assert.Fail(string.Join("\n", failures));
    }

    /// <summary>Each criterion of a diagnosis has the given status.</summary>
    public static void Criteria(PathwayResult r, string dxId, CriterionStatus status, params string[] criterionIds)
    {
        var failures = criterionIds.Where(c => r.Criterion(dxId, c) != status).Select(c => $"{dxId} {c}: expected {status}, was {r.Criterion(dxId, c)}").ToArray();
        if (failures.Length > 0) Assert.Fail(string.Join("\n", failures));
    }

    /// <summary>A NotEvaluated diagnosis and DX-07 list no criteria (3.3).</summary>
    public static void ListsNoCriteria(PathwayResult r, params string[] dxIds)
    {
        foreach (var id in dxIds) Assert.Empty(r.Diagnoses.Single(d => d.Id == id).Criteria);
    }

    /// <summary>DER-10 SciaticContext, read from the reported likelihoods: any of DX-02, DX-03, DX-04 at least Possible.</summary>
    public static bool SciaticContext(PathwayResult r) =>
        r.Dx("DX-02") >= Likelihood.Possible || r.Dx("DX-03") >= Likelihood.Possible || r.Dx("DX-04") >= Likelihood.Possible;

    /// <summary>The clinician-facing text of an item: its clinician text and every detail line (dose, cautions, annotations).</summary>
    public static string ClinicianText(Recommendation item) => item.ClinicianText + "\n" + string.Join("\n", item.Details);

    /// <summary>The item's detail lines (case-specific content: starting phase, options, cautions, annotations) mention the text.</summary>
    public static void DetailsMention(Recommendation item, string text) =>
        Assert.True(item.Details.Any(d => d.Contains(text, StringComparison.OrdinalIgnoreCase)),
            $"{item.Id}: expected a detail mentioning \"{text}\"; details: {List(item.Details)}");

    public static void DetailsDoNotMention(Recommendation item, string text) =>
        Assert.False(item.Details.Any(d => d.Contains(text, StringComparison.OrdinalIgnoreCase)),
            $"{item.Id}: no detail may mention \"{text}\"; details: {List(item.Details)}");

    /// <summary>The clinician text or a detail line mentions the text.</summary>
    public static void Mentions(Recommendation item, string text) =>
        Assert.True(ClinicianText(item).Contains(text, StringComparison.OrdinalIgnoreCase),
            $"{item.Id}: expected its clinician text or details to mention \"{text}\".\nText: {ClinicianText(item)}");

    /// <summary>
    /// LOAD-START is recommended and starts in the given phase: its detail names the starting phase, DER-16 <c>Phase</c> is
    /// that phase, and no loading decision exists (PMM runs only at a follow-up).
    /// </summary>
    public static void StartsLoadingIn(PathwayResult r, LoadingPhase phase)
    {
        var item = Recommended(r, "LOAD-START");
        Assert.True(r.Phase == phase, $"LOAD-START phase (DER-16): expected {phase}, was {r.Phase}.");
        DetailsMention(item, "Start in " + phase);
        Assert.Null(r.LoadingDecision);
    }

    /// <summary>The "no red flags" statement is allowed (<see cref="PathwayResult.NoRedFlags"/>) or not.</summary>
    public static void NoRedFlagsStatement(PathwayResult r, bool allowed) =>
        Assert.True(r.NoRedFlags == allowed, $"NoRedFlags expected {allowed}, was {r.NoRedFlags}.");
}
