using System.Text;

namespace Tendinopathy.Rules;

/// <summary>
/// The rule set describes itself: a Markdown catalogue of every rule (ID, stage, description, evidence code, references)
/// and every output item, generated from the rules' own metadata (the CLI's <c>tendinopathy catalog</c>; docs/rules.md).
/// </summary>
public static class RuleCatalogue
{
    /// <summary>Renders the catalogue of a rule set as Markdown.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="testsById">Optional traceability: for each rule or item ID, the tests that cover it.</param>
    /// <returns>Markdown text (LF line endings).</returns>
    public static string ToMarkdown(RuleSet ruleSet, IReadOnlyDictionary<string, IReadOnlyList<string>>? testsById = null)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var model = ruleSet.Model;
        var sb = new StringBuilder();
        void Line(string text = "") => sb.Append(text).Append('\n');

        Line("# Rule catalogue");
        Line();
        Line($"Rule set **{ruleSet.Identity.Name}**, specification version {ruleSet.Identity.Version}, content hash `{ruleSet.Identity.ContentHash}`.");
        Line($"{ruleSet.Rules.Count} rules; {model.Items.Count} output items. Generated from the rules' own metadata by `tendinopathy catalog`; do not edit by hand.");
        Line();

        foreach (var stage in ruleSet.Rules.Select(StageOf).Distinct().OrderBy(s => s, StringComparer.Ordinal))
        {
            Line($"## {stage}");
            Line();
            Line("| ID | Description | Code | References | Rule class |");
            Line("|---|---|---|---|---|");
            foreach (var r in ruleSet.Rules.Where(r => StageOf(r) == stage))
            {
                Line($"| {r.Id} | {Escape(r.Description)} | {r.EvidenceCode} | {string.Join(", ", r.References)} | `{r.RuleType.Name}` |");
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
            Line("## Traceability");
            Line();
            Line("Every rule and item ID, the class that implements it, and the test files that mention it.");
            Line();
            Line("| ID | Implemented by | Tests |");
            Line("|---|---|---|");
            var classes = ruleSet.Rules.ToDictionary(r => r.Id, r => r.RuleType.Name, StringComparer.Ordinal);
            foreach (var id in ruleIds.Concat(model.Items.Select(i => i.Id)).Distinct().OrderBy(i => i, StringComparer.Ordinal))
            {
                var by = classes.TryGetValue(id, out var cls) ? $"`{cls}`" : "emitted by " + string.Join(", ", EmittersOf(ruleSet, id));
                var tests = testsById.TryGetValue(id, out var t) && t.Count > 0 ? string.Join(", ", t) : "**none**";
                Line($"| {id} | {by} | {tests} |");
            }
            Line();
        }
        return sb.ToString();
    }

    private static string StageOf(RuleDescriptor r) => r.Tags.Count > 0 ? r.Tags[0] : "Untagged";

    private static IEnumerable<string> EmittersOf(RuleSet ruleSet, string id)
    {
        // Rules that emit a list item name it in their description (e.g. "DNO-06…DNO-14") or are its family rule.
        var prefix = id.Split('-')[0] + "-";
        var names = ruleSet.Rules.Where(r => r.Description.Contains(id, StringComparison.Ordinal)).Select(r => $"`{r.RuleType.Name}`").ToArray();
        if (names.Length > 0) return names;
        return prefix == "ACT-" ? ["red-flag / alert rules (see their Actions)"] : ["a list rule of its family"];
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
