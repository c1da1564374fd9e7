using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway.PainMonitoring;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>
/// MISS-10 (PATHWAY.md 3.5): PMM ran, PMM-01 does not apply (the decision is not a Suspend from PMM-01) and any of pain
/// during loading, next-morning load test or its baseline is unknown; names each unknown field.
/// </summary>
[Name("MISS-10"), Description("Pain-monitoring inputs not recorded"), Tag(PathwayStage.MissingInformation), Priority(Salience.Missing)]
[Evidence("EO", "REF-SPEC")]
internal sealed class PainMonitoringInputsMissingRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => PainMonitoringModel.UnknownPainInputs(x).Length > 0)
            .Exists<LoadingDecisionFact>(d => d.RuleId != "PMM-01");

        Then()
            .Do(ctx => ctx.Prompt(c, PainMonitoringModel.UnknownPainInputs(c)));
    }
}
