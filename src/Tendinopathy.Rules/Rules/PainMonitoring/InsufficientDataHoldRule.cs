using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.PainMonitoring;

/// <summary>
/// PMM-07 (PATHWAY.md 4.4): with any of pain during loading, next-morning load test or its baseline unknown, hold
/// (INSUFFICIENT_DATA; MISS-10 prompts), when no Regress row applies and PMM-01 does not apply (no red flag, no
/// avulsion block, no AL-02): those facts are settled before this rule fires. The row order is in <see
/// cref="PainMonitoringModel.Decide"/>, so exactly one PMM rule fires.
/// </summary>
[Name("PMM-07"), Description("Hold: pain-monitoring data incomplete"), Tag(PathwayStage.PainMonitoring), Priority(Salience.LoadingDecision)]
[Evidence("EO", "REF-SILBERNAGEL2007", "REF-GOOM2016")]
internal sealed class InsufficientDataHoldRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => PainMonitoringModel.Runs(d) && !d.AvulsionBlocksLoading,
                d => !d.AnyRedFlag,
                d => PainMonitoringModel.MonitoredVisit(d.Case) && PainMonitoringModel.Decide(d.Case).RuleId == "PMM-07")
            .Not<AlertFact>(a => a.Id == "AL-02");

        Then()
            .Do(ctx => PainMonitoringModel.Record(ctx, dx.Case, PainMonitoringModel.Decide(dx.Case)));
    }
}
