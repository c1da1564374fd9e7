namespace Tendinopathy.Rules;

/// <summary>Options for <see cref="TendinopathyRulesServiceCollectionExtensions.AddTendinopathyRules"/>.</summary>
public sealed class TendinopathyRulesOptions
{
    /// <summary>The [CFG] thresholds; the PATHWAY.md defaults unless changed.</summary>
    public PathwayOptions Thresholds { get; set; } = PathwayOptions.Default;

    /// <summary>The rule set to run; the built-in one unless set (or shaped by <see cref="ConfigureRules"/>).</summary>
    public RuleSet? RuleSet { get; set; }

    /// <summary>Optional changes to the built-in rule set (ignored when <see cref="RuleSet"/> is set).</summary>
    public Action<RuleSetBuilder>? ConfigureRules { get; set; }
}
