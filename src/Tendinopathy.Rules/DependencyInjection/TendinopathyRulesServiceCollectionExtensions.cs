using Microsoft.Extensions.DependencyInjection;

namespace Tendinopathy.Rules;

/// <summary>Registers the pathway engine with a Microsoft.Extensions.DependencyInjection-compatible container.</summary>
public static class TendinopathyRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers one singleton <see cref="PathwayEngine"/> (compiled once, on first use, and shared by every thread).
    /// Options are validated here: invalid thresholds or an inconsistent rule set throw at registration, not at evaluation.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional configuration of thresholds and rule set.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentException">The thresholds are invalid; the message lists every problem.</exception>
    /// <exception cref="RuleSetCompositionException">The configured rule set is inconsistent.</exception>
    public static IServiceCollection AddTendinopathyRules(this IServiceCollection services, Action<TendinopathyRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new TendinopathyRulesOptions();
        configure?.Invoke(options);

        var thresholds = options.Thresholds ?? throw new ArgumentException("TendinopathyRulesOptions.Thresholds must not be null.", nameof(configure));
        var problems = thresholds.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid Tendinopathy.Rules thresholds: " + string.Join("; ", problems), nameof(configure));
        }

        RuleSet ruleSet;
        if (options.RuleSet is { } given)
        {
            ruleSet = given;
        }
        else if (options.ConfigureRules is { } shape)
        {
            var builder = RuleSet.CreateBuilder();
            shape(builder);
            ruleSet = builder.Build();
        }
        else
        {
            ruleSet = RuleSet.BuiltIn;
        }

        services.AddSingleton(_ => new PathwayEngine(ruleSet, thresholds));
        return services;
    }
}
