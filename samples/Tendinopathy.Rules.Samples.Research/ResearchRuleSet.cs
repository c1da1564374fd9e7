using Tendinopathy.Rules;
using Tendinopathy.Rules.Authoring;

namespace Tendinopathy.Rules.Samples.Research;

/// <summary>
/// The research variant of the built-in rule set: adds RES-01 (offloading sitting cushion) with its texts and evidence,
/// replaces LM-02 by a stricter local version and leaves out shockwave (a service that does not offer it).
/// Build it once and share the engine: <c>new PathwayEngine(ResearchRuleSet.Create(), PathwayOptions.Default)</c>.
/// </summary>
public static class ResearchRuleSet
{
    /// <summary>The tag of this study's own rules.</summary>
    public const string Tag = "Research";

    /// <summary>Name of the variant, shown on every result with its content hash.</summary>
    public const string Name = "Tendinopathy.Rules research: sitting cushion";

    /// <summary>Version of the variant (the specification version it derives from, plus a local suffix).</summary>
    public const string Version = "1.1.0-research.1";

    /// <summary>The evidence RES-01 cites that is not in the built-in catalogue.</summary>
    public const string CushionProtocolReference = "REF-RES-CUSHION";

    /// <summary>
    /// The reference behind RES-01. An example: a study would cite its own approved protocol here. The clinical rationale
    /// (compression of the tendon against the ischial tuberosity provokes PHT) is the one LM-02 cites (REF-GOOM2016).
    /// </summary>
    public static EvidenceReference CushionProtocol { get; } = new(
        CushionProtocolReference,
        "Sample research protocol (example only, 2026). Offloading sitting cushion for proximal hamstring tendinopathy aggravated by sitting.",
        "Local protocol; expert opinion, not an outcome study. EO.");

    /// <summary>Builds the variant; composition errors (unknown IDs, missing evidence or texts) throw here, never at evaluation.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetCompositionException">The composition is inconsistent.</exception>
    public static RuleSet Create() =>
        RuleSet.CreateBuilder()
            .WithName(Name, Version)
            .AddEvidence(CushionProtocol)
            .AddItem(SittingCushionRule.Text)
            .Add(typeof(SittingCushionRule))
            .Replace("LM-02", typeof(StricterSittingLoadRule))
            .ExcludeTagged(PathwayStage.Shockwave)
            .Build();
}
