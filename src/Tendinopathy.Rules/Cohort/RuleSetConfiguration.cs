using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Cohort;

/// <summary>
/// A rule-set configuration file (docs/cohorts.md): a name and version, rules to exclude by ID or tag, an optional
/// include-only list, and [CFG] threshold overrides. JSON, camelCase; an unknown property (at any level, including an
/// unknown option) is an error, never ignored.
/// </summary>
/// <example>
/// <code>
/// { "name": "no-injections", "version": "1", "exclude": ["SYM-02"], "excludeTags": ["Injections"], "includeOnly": [],
///   "options": { "chronicWeeks": 12 } }
/// </code>
/// </example>
public sealed record RuleSetConfiguration
{
    private static readonly JsonSerializerOptions JsonOptions = CreateOptions();

    /// <summary>Name of the variant (shown on every result); default: the built-in name.</summary>
    public string? Name { get; init; }

    /// <summary>Version of the variant; default: the specification version.</summary>
    public string? Version { get; init; }

    /// <summary>Rule IDs to remove; an ID that is not in the rule set is a composition error.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Tags (see <see cref="PathwayStage"/>) whose rules are removed; an unknown tag is a composition error.</summary>
    public IReadOnlyList<string> ExcludeTags { get; init; } = [];

    /// <summary>When not empty, only the rules with these IDs or tags are kept (applied before the exclusions).</summary>
    public IReadOnlyList<string> IncludeOnly { get; init; } = [];

    /// <summary>Threshold overrides; an omitted option keeps its PATHWAY.md default.</summary>
    public PathwayOptions Options { get; init; } = PathwayOptions.Default;

    /// <summary>Reads a configuration from JSON text.</summary>
    /// <param name="json">The configuration document.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="RuleSetConfigurationException">Malformed JSON, an unknown property or a wrongly typed value.</exception>
    public static RuleSetConfiguration Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var configuration = JsonSerializer.Deserialize<RuleSetConfiguration>(json, JsonOptions)
                                ?? throw new RuleSetConfigurationException("The configuration document is empty (null).");
            if (configuration.Options is null) throw new RuleSetConfigurationException("$.options: must be an object, not null.");
            return configuration;
        }
        catch (JsonException e)
        {
            var error = CohortEvaluator.JsonError(e);
            throw new RuleSetConfigurationException($"{error.Path}: {error.Message}", e);
        }
    }

    /// <summary>Reads a configuration file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="RuleSetConfigurationException">The document is not a valid configuration.</exception>
    public static RuleSetConfiguration Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Builds the rule set: the built-in set, then include-only, exclusions by ID and by tag, then the name.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetCompositionException">Unknown rule IDs or tags; every problem is listed.</exception>
    public RuleSet BuildRuleSet()
    {
        var problems = new List<string>();
        var known = KnownTags();
        foreach (var tag in ExcludeTags.Where(t => !known.Contains(t)))
        {
            problems.Add($"Cannot exclude tag '{tag}': it is not a pathway stage tag ({string.Join(", ", known.Order(StringComparer.Ordinal))}).");
        }
        var ids = RuleSet.BuiltIn.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var x in IncludeOnly.Where(x => !ids.Contains(x) && !known.Contains(x)))
        {
            problems.Add($"Cannot include '{x}': no rule has that ID and it is not a pathway stage tag.");
        }
        if (problems.Count > 0) throw new RuleSetCompositionException(problems);

        var builder = RuleSet.CreateBuilder();
        if (IncludeOnly.Count > 0) builder.IncludeOnly([.. IncludeOnly]);
        if (Exclude.Count > 0) builder.Exclude([.. Exclude]);
        if (ExcludeTags.Count > 0) builder.ExcludeTagged([.. ExcludeTags]);
        if (Name is not null || Version is not null)
        {
            builder.WithName(Name ?? PathwayEngine.BuiltInRuleSetName + " (variant)", Version ?? PathwayEngine.SpecificationVersion);
        }
        return builder.Build();
    }

    /// <summary>Builds the rule set and compiles an engine with the configured thresholds.</summary>
    /// <returns>The engine.</returns>
    /// <exception cref="RuleSetCompositionException">Unknown rule IDs or tags.</exception>
    public PathwayEngine CreateEngine() => new(BuildRuleSet(), Options);

    private static HashSet<string> KnownTags() =>
        typeof(PathwayStage).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Concat(RuleSet.BuiltIn.Rules.SelectMany(r => r.Tags))
            .ToHashSet(StringComparer.Ordinal);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNameCaseInsensitive = false,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

/// <summary>A rule-set configuration document that cannot be read: malformed JSON, an unknown property or a wrong type.</summary>
public sealed class RuleSetConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, with the JSON path.</param>
    public RuleSetConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, with the JSON path.</param>
    /// <param name="innerException">The JSON reader's exception.</param>
    public RuleSetConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RuleSetConfigurationException()
    {
    }
}
