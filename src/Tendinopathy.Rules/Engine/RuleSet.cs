using System.Reflection;
using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Catalogue;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Evidence;

namespace Tendinopathy.Rules;

/// <summary>
/// An immutable, validated set of rules with their item texts and evidence catalogue. <see cref="BuiltIn"/> is the
/// PATHWAY.md rule set; researchers derive variants with <see cref="CreateBuilder"/>. Composition errors (duplicate IDs,
/// missing descriptions, unknown references, replacing a rule that does not exist) are found here, never at evaluation.
/// </summary>
public sealed class RuleSet
{
    private static readonly Lazy<RuleSet> BuiltInRuleSet = new(() => new RuleSet(
        PathwayEngine.BuiltInRuleSetName, PathwayEngine.SpecificationVersion, PathwayEngine.BuiltInRuleTypes(),
        ItemCatalogue.All, EvidenceCatalogue.ById));

    internal RuleSet(string name, string version, IReadOnlyList<Type> ruleTypes, IEnumerable<ItemDefinition> items,
        IReadOnlyDictionary<string, EvidenceReference> evidence)
    {
        RuleTypes = ruleTypes;
        var infos = ruleTypes.Select(RuleInfo.From).ToArray();
        Model = new RuleSetModel(name, version, infos, items, evidence);
        Rules = Model.Rules
            .Select(r => new RuleDescriptor(r.Id, r.Description, r.Tags, r.EvidenceCode, r.References, r.RuleType))
            .ToArray();
    }

    /// <summary>The built-in rule set implementing PATHWAY.md (compiled lazily, once per process).</summary>
    public static RuleSet BuiltIn => BuiltInRuleSet.Value;

    /// <summary>Starts a variant of the built-in rule set.</summary>
    /// <returns>A builder holding every built-in rule, item and reference.</returns>
    public static RuleSetBuilder CreateBuilder() => new(BuiltIn);

    /// <summary>Name, version and content hash; carried by every result.</summary>
    public RuleSetIdentity Identity => Model.Identity;

    /// <summary>Every rule, ordered by ID.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The evidence catalogue (REF- ID to reference).</summary>
    public IReadOnlyDictionary<string, EvidenceReference> Evidence => Model.Catalogue;

    internal IReadOnlyList<Type> RuleTypes { get; }

    internal RuleSetModel Model { get; }
}

/// <summary>A rule's catalogue entry: identity, description, pathway-stage tags and evidence.</summary>
/// <param name="Id">The rule ID (PATHWAY.md ID for built-in rules).</param>
/// <param name="Description">What the rule decides.</param>
/// <param name="Tags">Pathway stage tags.</param>
/// <param name="EvidenceCode">Evidence/strength code (PATHWAY.md 0.3).</param>
/// <param name="References">REF- IDs.</param>
/// <param name="RuleType">The NRules rule class.</param>
public sealed record RuleDescriptor(string Id, string Description, IReadOnlyList<string> Tags, string EvidenceCode,
    IReadOnlyList<string> References, Type RuleType);

/// <summary>
/// The text and classification of an output ID for rules a researcher adds (alert, recommendation, do-not-offer item or
/// prompt). Give <see cref="References"/> only when no rule of the same ID carries <see cref="EvidenceAttribute"/>.
/// </summary>
public sealed record ItemText
{
    /// <summary>The output ID, e.g. <c>RES-01</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Short title.</summary>
    public required string Title { get; init; }
    /// <summary>Text for the clinician.</summary>
    public required string ClinicianText { get; init; }
    /// <summary>Plain-language text for the patient.</summary>
    public required string PatientText { get; init; }
    /// <summary>Category for Recommendations / ConsideredNotRecommended items; null for alerts, DNO and MISS items.</summary>
    public ItemCategory? Category { get; init; }
    /// <summary>Evidence code when no same-ID rule carries one.</summary>
    public string? EvidenceCode { get; init; }
    /// <summary>REF- IDs when no same-ID rule carries them.</summary>
    public IReadOnlyList<string> References { get; init; } = [];
    /// <summary>Priority of a MISS- style prompt.</summary>
    public MissingInformationPriority? Priority { get; init; }
}

/// <summary>
/// Builds a <see cref="RuleSet"/> variant: include or exclude rules by ID or tag, replace a rule with your own, add rules
/// from your own types or assembly, and add or override evidence references and item texts. Not thread-safe; build once.
/// </summary>
public sealed class RuleSetBuilder
{
    private readonly List<Type> _types;
    private readonly Dictionary<string, ItemDefinition> _items;
    private readonly Dictionary<string, EvidenceReference> _evidence;
    private readonly List<string> _problems = [];
    private string _name;
    private string _version;

    internal RuleSetBuilder(RuleSet start)
    {
        _types = [.. start.RuleTypes];
        _items = start.Model.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        _evidence = start.Evidence.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        _name = start.Identity.Name;
        _version = start.Identity.Version;
    }

    /// <summary>Names the variant (shown on every result with its content hash).</summary>
    /// <param name="name">Rule-set name.</param>
    /// <param name="version">Version of the variant.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder WithName(string name, string version)
    {
        _name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A rule-set name is required.", nameof(name)) : name;
        _version = string.IsNullOrWhiteSpace(version) ? throw new ArgumentException("A rule-set version is required.", nameof(version)) : version;
        return this;
    }

    /// <summary>Removes rules by ID; an ID that is not in the set is a composition error.</summary>
    /// <param name="ruleIds">Rule IDs.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder Exclude(params string[] ruleIds)
    {
        foreach (var id in ruleIds)
        {
            if (_types.RemoveAll(t => IdOf(t) == id) == 0) _problems.Add($"Cannot exclude '{id}': no rule has that ID.");
        }
        return this;
    }

    /// <summary>Removes every rule carrying any of the tags.</summary>
    /// <param name="tags">Pathway-stage tags (see <see cref="PathwayStage"/>).</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder ExcludeTagged(params string[] tags)
    {
        _types.RemoveAll(t => TagsOf(t).Any(tags.Contains));
        return this;
    }

    /// <summary>Keeps only the rules with the given IDs or tags (rules added later are kept).</summary>
    /// <param name="idsOrTags">Rule IDs or tags.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder IncludeOnly(params string[] idsOrTags)
    {
        _types.RemoveAll(t => !idsOrTags.Contains(IdOf(t)) && !TagsOf(t).Any(idsOrTags.Contains));
        return this;
    }

    /// <summary>Replaces the rule with <paramref name="ruleId"/> by <paramref name="replacement"/>, which must carry the same ID.</summary>
    /// <param name="ruleId">The rule to replace.</param>
    /// <param name="replacement">An NRules rule class with <c>[Name(ruleId)]</c>.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder Replace(string ruleId, Type replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        if (_types.RemoveAll(t => IdOf(t) == ruleId) == 0)
        {
            _problems.Add($"Cannot replace '{ruleId}': no rule has that ID.");
        }
        if (IsRule(replacement) && IdOf(replacement) != ruleId)
        {
            _problems.Add($"Replacement {replacement.Name} for '{ruleId}' must carry [Name(\"{ruleId}\")], not '{IdOf(replacement)}'.");
        }
        return Add(replacement);
    }

    /// <summary>Adds rule classes (NRules <see cref="Rule"/> subclasses).</summary>
    /// <param name="ruleTypes">The rule classes.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder Add(params Type[] ruleTypes)
    {
        foreach (var t in ruleTypes)
        {
            if (!IsRule(t)) _problems.Add($"{t.FullName} is not a concrete NRules rule class.");
            else _types.Add(t);
        }
        return this;
    }

    /// <summary>Adds every concrete rule class of an assembly.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder AddFromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return Add(assembly.GetTypes().Where(IsRule).OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray());
    }

    /// <summary>Adds a reference to the evidence catalogue, or overrides one with the same ID.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder AddEvidence(EvidenceReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        _evidence[reference.Id] = reference;
        return this;
    }

    /// <summary>Adds the texts of an output ID, or overrides the built-in texts of that ID.</summary>
    /// <param name="item">The item texts.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder AddItem(ItemText item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items.TryGetValue(item.Id, out var existing);
        _items[item.Id] = new ItemDefinition
        {
            Id = item.Id, Title = item.Title, ClinicianText = item.ClinicianText, PatientText = item.PatientText,
            Category = item.Category ?? existing?.Category, EvidenceCode = item.EvidenceCode ?? existing?.EvidenceCode,
            References = item.References.Count > 0 ? item.References : existing?.References ?? [],
            SafetyNet = existing?.SafetyNet ?? false, IsOrder = existing?.IsOrder ?? true, Priority = item.Priority ?? existing?.Priority,
        };
        return this;
    }

    /// <summary>Validates and builds the rule set.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetCompositionException">The composition is inconsistent; every problem is listed.</exception>
    public RuleSet Build()
    {
        var ids = _types.Select(IdOf).ToHashSet(StringComparer.Ordinal);
        // Items whose own rule was excluded and that carry no evidence of their own are dropped with it.
        var items = _items.Values.Where(i => ids.Contains(i.Id) || i.References.Count > 0 || i.Id.StartsWith("ACT-", StringComparison.Ordinal));
        var problems = new List<string>(_problems);
        try
        {
            var ruleSet = new RuleSet(_name, _version, _types.Distinct().ToArray(), items, _evidence);
            if (problems.Count == 0) return ruleSet;
        }
        catch (RuleSetCompositionException e)
        {
            // Report the builder's problems and the model's problems together.
            problems.AddRange(e.Problems);
        }
        throw new RuleSetCompositionException(problems.ToArray());
    }

    private static bool IsRule(Type t) => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract && !t.IsGenericTypeDefinition;

    private static string IdOf(Type t) => new NRules.Fluent.RuleMetadata(t).Name;

    private static IEnumerable<string> TagsOf(Type t) => new NRules.Fluent.RuleMetadata(t).Tags;
}
