using System.Reflection;

namespace Tendinopathy.Rules.Engine;

/// <summary>A rule's identity and evidence, read once from its class attributes.</summary>
internal sealed record RuleInfo(
    string Id,
    string Description,
    IReadOnlyList<string> Tags,
    int Priority,
    string EvidenceCode,
    IReadOnlyList<string> References,
    Type RuleType)
{
    public static RuleInfo From(Type ruleType)
    {
        var nrules = new NRules.Fluent.RuleMetadata(ruleType);
        var evidence = ruleType.GetCustomAttribute<EvidenceAttribute>();
        return new RuleInfo(nrules.Name, nrules.Description ?? string.Empty, nrules.Tags.ToArray(), nrules.Priority ?? 0,
            evidence?.Code ?? string.Empty, evidence?.References ?? [], ruleType);
    }
}
