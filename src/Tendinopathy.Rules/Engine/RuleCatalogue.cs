using System.Text;

namespace Tendinopathy.Rules;

/// <summary>
/// The rule set describes itself: a Markdown catalogue of every rule (ID, stage, description, item category, evidence code,
/// references) and every output item, generated from the rules' own metadata (the CLI's <c>tendinopathy catalog</c>;
/// docs/rules.md), with an optional traceability table (ID → implementing class → tests).
/// </summary>
public static class RuleCatalogue
{
    /// <summary>The pathway-stage tags in PATHWAY.md order (sections 3 and 4); other tags follow in ordinal order.</summary>
    private static readonly string[] StageOrder =
    [
        PathwayStage.RedFlags, PathwayStage.Alerts, PathwayStage.Derived, PathwayStage.Diagnosis, PathwayStage.Investigations,
        PathwayStage.MissingInformation, PathwayStage.LoadManagement, PathwayStage.Loading, PathwayStage.PainMonitoring,
        PathwayStage.SymptomRelief, PathwayStage.Injections, PathwayStage.Shockwave, PathwayStage.Sciatica,
        PathwayStage.DeepGluteal, PathwayStage.Avulsion, PathwayStage.Risk, PathwayStage.FollowUp, PathwayStage.Escalation,
        PathwayStage.Surgery, PathwayStage.DoNotOffer,
    ];

    /// <summary>
    /// Every ID the catalogue lists: the rule IDs and the output item IDs (ordinal order). These are the keys a
    /// traceability map for <see cref="ToMarkdown"/> is looked up by.
    /// </summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The distinct IDs, ordinal order.</returns>
    public static IReadOnlyList<string> Ids(RuleSet ruleSet)
    {
        if (ruleSet is null) throw new ArgumentNullException(nameof(ruleSet));
        return ruleSet.Rules.Select(r => r.Id).Concat(ruleSet.Model.Items.Select(i => i.Id))
            .Distinct(StringComparer.Ordinal).OrderBy(i => i, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Renders the catalogue of a rule set as Markdown.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="testsById">Optional traceability: for each rule or item ID (see <see cref="Ids"/>), the tests that cover it.</param>
    /// <returns>Markdown text (LF line endings).</returns>
    public static string ToMarkdown(RuleSet ruleSet, IReadOnlyDictionary<string, IReadOnlyList<string>>? testsById = null)
    {
        if (ruleSet is null) throw new ArgumentNullException(nameof(ruleSet));
        var model = ruleSet.Model;
        var categories = model.Items.Where(i => i.Category is not null)
            .ToDictionary(i => i.Id, i => i.Category!.Value.ToString(), StringComparer.Ordinal);
        var sb = new StringBuilder();
        void Line(string text = "") => sb.Append(text).Append('\n');

        Line("# Rule catalogue");
        Line();
        Line($"Rule set **{ruleSet.Identity.Name}**, specification version {ruleSet.Identity.Version}, content hash `{ruleSet.Identity.ContentHash}`.");
        Line($"{ruleSet.Rules.Count} rules; {model.Items.Count} output items. Generated from the rules' own metadata by `tendinopathy catalog`; do not edit by hand.");
        Line();
        Line("Stages follow the order of PATHWAY.md sections 3 and 4. *Category* is the result category of the rule's own item");
        Line("(— for rules that conclude, alert or emit list items); *Code* is the evidence/strength code of PATHWAY.md 0.3.");
        Line();

        var stages = ruleSet.Rules.Select(StageOf).Distinct(StringComparer.Ordinal)
            .OrderBy(StageRank).ThenBy(s => s, StringComparer.Ordinal);
        foreach (var stage in stages)
        {
            Line($"## {stage}");
            Line();
            Line("| ID | Description | Category | Code | References | Rule class |");
            Line("|---|---|---|---|---|---|");
            foreach (var r in ruleSet.Rules.Where(r => StageOf(r) == stage))
            {
                var category = categories.TryGetValue(r.Id, out var c) ? c : "—";
                Line($"| {r.Id} | {Escape(r.Description)} | {category} | {r.EvidenceCode} | {string.Join(", ", r.References)} | `{r.RuleType.Name}` |");
            }
            Line();
        }

        var ruleIds = ruleSet.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var listItems = model.Items.Where(i => !ruleIds.Contains(i.Id)).OrderBy(i => i.Id, StringComparer.Ordinal).ToArray();
        if (listItems.Length > 0)
        {
            Line("## Output items emitted by other rules");
            Line();
            Line("Action items (ACT-) inherit the references of the alert that emits them; list items (e.g. DNO-) carry their own.");
            Line();
            Line("| ID | Title | Category | Code | References |");
            Line("|---|---|---|---|---|");
            foreach (var i in listItems)
            {
                var (code, refs) = model.Evidence(i.Id);
                var category = i.Category?.ToString() ?? "—";
                var references = refs.Length == 0 ? "(from emitting alert)" : string.Join(", ", refs.Select(x => x.Id));
                Line($"| {i.Id} | {Escape(i.Title)} | {category} | {(refs.Length == 0 ? "—" : code)} | {references} |");
            }
            Line();
        }

        if (testsById is not null)
        {
            var ids = Ids(ruleSet);
            IReadOnlyList<string> TestsOf(string id) => testsById.TryGetValue(id, out var t) ? t : [];
            // A list rule whose own ID is not an output (e.g. DNO-06-14) is covered through the items it emits.
            var itemsOf = ruleSet.Rules.ToDictionary(r => r.Id,
                r => listItems.Where(i => r.Description.Contains(i.Id)).Select(i => i.Id).ToArray(), StringComparer.Ordinal);
            IReadOnlyList<string> Covering(string id) => TestsOf(id).Count > 0 || !itemsOf.TryGetValue(id, out var items)
                ? TestsOf(id)
                : items.SelectMany(TestsOf).Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            var uncovered = ids.Where(id => Covering(id).Count == 0).ToArray();
            Line("## Traceability");
            Line();
            Line("Every rule and item ID, the class that implements it, and the test files that mention it (as `RF-01` or `RF01`),");
            Line("relative to the scanned test folder. A list rule whose own ID is not an output (e.g. a DNO- group) is covered through");
            Line("the items it emits (shown as *via*).");
            Line($"{ids.Count - uncovered.Length} of {ids.Count} IDs are covered by at least one test file" +
                 (uncovered.Length == 0 ? "." : $"; not covered: {string.Join(", ", uncovered)}."));
            Line();
            Line("| ID | Implemented by | Tests |");
            Line("|---|---|---|");
            var classes = ruleSet.Rules.ToDictionary(r => r.Id, r => r.RuleType.Name, StringComparer.Ordinal);
            foreach (var id in ids)
            {
                var by = classes.TryGetValue(id, out var cls) ? $"`{cls}`" : "emitted by " + string.Join(", ", EmittersOf(ruleSet, id));
                var direct = TestsOf(id);
                var covering = Covering(id);
                var tests = covering.Count == 0 ? "**none**"
                    : direct.Count > 0 ? string.Join(", ", direct)
                    : $"*via {string.Join(", ", itemsOf[id])}*: {string.Join(", ", covering)}";
                Line($"| {id} | {by} | {tests} |");
            }
            Line();
        }
        return sb.ToString();
    }

    private static string StageOf(RuleDescriptor r) => r.Tags.Count > 0 ? r.Tags[0] : "Untagged";

    private static int StageRank(string stage)
    {
        var i = Array.IndexOf(StageOrder, stage);
        return i < 0 ? StageOrder.Length : i;
    }

    private static IEnumerable<string> EmittersOf(RuleSet ruleSet, string id)
    {
        // Rules that emit a list item name it in their description (e.g. "DNO-06…DNO-14") or are its family rule.
        var prefix = id.Split('-')[0] + "-";
        var names = ruleSet.Rules.Where(r => r.Description.Contains(id)).Select(r => $"`{r.RuleType.Name}`").ToArray();
        if (names.Length > 0) return names;
        return prefix == "ACT-" ? ["red-flag / alert rules (see their Actions)"] : ["a list rule of its family"];
    }

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
