using System.Security.Cryptography;
using System.Text;
using Tendinopathy.Rules.Catalogue;

namespace Tendinopathy.Rules.Engine;

/// <summary>
/// The compiled, immutable description of a rule set: rule metadata, item definitions with their resolved evidence, the
/// trace rule list and the rule-set identity. Built once per engine and shared by every evaluation.
/// </summary>
internal sealed class RuleSetModel
{
    private readonly Dictionary<string, ItemDefinition> _items;
    private readonly Dictionary<string, RuleInfo> _rules;
    private readonly Dictionary<string, (string Code, EvidenceReference[] References)> _evidence = new(StringComparer.Ordinal);

    public RuleSetModel(string name, string version, IEnumerable<RuleInfo> rules, IEnumerable<ItemDefinition> items,
        IReadOnlyDictionary<string, EvidenceReference> catalogue)
    {
        Catalogue = catalogue;
        _rules = new Dictionary<string, RuleInfo>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var r in rules)
        {
            if (!_rules.TryAdd(r.Id, r)) errors.Add($"Duplicate rule ID '{r.Id}' ({r.RuleType.Name}).");
            if (string.IsNullOrWhiteSpace(r.Description)) errors.Add($"Rule '{r.Id}' has no description.");
            if (string.IsNullOrWhiteSpace(r.EvidenceCode) || r.References.Count == 0) errors.Add($"Rule '{r.Id}' has no [Evidence].");
            foreach (var id in r.References)
            {
                if (!catalogue.ContainsKey(id)) errors.Add($"Rule '{r.Id}' cites '{id}', which is not in the evidence catalogue.");
            }
        }

        _items = new Dictionary<string, ItemDefinition>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!_items.TryAdd(item.Id, item)) errors.Add($"Duplicate item definition '{item.Id}'.");
            if (string.IsNullOrWhiteSpace(item.ClinicianText) || string.IsNullOrWhiteSpace(item.PatientText))
            {
                errors.Add($"Item '{item.Id}' needs both a clinician text and a patient text.");
            }
            foreach (var id in item.References)
            {
                if (!catalogue.ContainsKey(id)) errors.Add($"Item '{item.Id}' cites '{id}', which is not in the evidence catalogue.");
            }
        }

        foreach (var item in _items.Values)
        {
            if (item.References.Count > 0)
            {
                _evidence[item.Id] = (item.EvidenceCode ?? "EO", item.References.Select(r => catalogue[r]).ToArray());
            }
            else if (_rules.TryGetValue(item.Id, out var rule) && rule.References.Count > 0)
            {
                _evidence[item.Id] = (rule.EvidenceCode, rule.References.Where(catalogue.ContainsKey).Select(r => catalogue[r]).ToArray());
            }
            else if (!item.Id.StartsWith("ACT-", StringComparison.Ordinal))
            {
                errors.Add($"Item '{item.Id}' has no evidence: give it references or a rule of the same ID with [Evidence].");
            }
        }

        if (errors.Count > 0) throw new RuleSetCompositionException(errors);

        TraceRuleIds = _items.Values.Where(i => i.Category is not null).Select(i => i.Id).OrderBy(i => i, StringComparer.Ordinal).ToArray();
        Rules = _rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        Identity = new RuleSetIdentity(name, version, Hash(Rules, _items.Values));
    }

    public IReadOnlyDictionary<string, EvidenceReference> Catalogue { get; }
    public RuleSetIdentity Identity { get; }
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>Every rule ID of the PATHWAY.md 0.4 category table (items that have a category), ordinal order.</summary>
    public IReadOnlyList<string> TraceRuleIds { get; }

    public IReadOnlyCollection<ItemDefinition> Items => _items.Values;

    public ItemDefinition Item(string id) =>
        _items.TryGetValue(id, out var item) ? item : throw new InvalidOperationException($"No item definition for '{id}'.");

    public bool TryGetRule(string id, out RuleInfo rule) => _rules.TryGetValue(id, out rule!);

    /// <summary>Evidence code and references of an item (ACT- items: none of their own; see <see cref="ResultBuilder"/>).</summary>
    public (string Code, EvidenceReference[] References) Evidence(string id) =>
        _evidence.TryGetValue(id, out var e) ? e : ("EO", []);

    private static string Hash(IEnumerable<RuleInfo> rules, IEnumerable<ItemDefinition> items)
    {
        var sb = new StringBuilder();
        foreach (var r in rules)
        {
            sb.Append(r.Id).Append('|').Append(r.Description).Append('|').Append(r.Priority).Append('|').Append(r.EvidenceCode).Append('|')
              .AppendJoin(',', r.References).Append('|').Append(r.RuleType.FullName).Append('\n');
        }
        foreach (var i in items.OrderBy(i => i.Id, StringComparer.Ordinal))
        {
            sb.Append(i.Id).Append('|').Append(i.Title).Append('|').Append(i.ClinicianText).Append('|').Append(i.PatientText).Append('|')
              .Append(i.Category).Append('|').Append(i.EvidenceCode).Append('|').AppendJoin(',', i.References).Append('\n');
        }
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return Convert.ToHexString(bytes, 0, 8).ToLowerInvariant();
    }
}
