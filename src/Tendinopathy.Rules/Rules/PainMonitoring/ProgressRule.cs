using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.PainMonitoring;

/// <summary>
/// PMM-05 (PATHWAY.md 4.4): pain during ≤ 3/10 [CFG], next morning not above baseline, trend Improving or Stable, exit
/// criteria Yes, not P5 and no RISK-01(c) block progresses one phase (CRITERIA_MET), when no earlier row applies and
/// PMM-01 does not apply (no red flag, no avulsion block, no AL-02): those facts are settled before this rule fires.
/// The row order is in <see cref="PainMonitoringModel.Decide"/>, so exactly one PMM rule fires.
/// </summary>
[Name("PMM-05"), Description("Progress to the next phase"), Tag(PathwayStage.PainMonitoring), Priority(Salience.LoadingDecision)]
[Evidence("EO", "REF-SILBERNAGEL2007", "REF-GOOM2016")]
internal sealed class ProgressRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => PainMonitoringModel.Runs(d) && !d.AvulsionBlocksLoading,
                d => !d.AnyRedFlag,
                d => PainMonitoringModel.MonitoredVisit(d.Case) && PainMonitoringModel.Decide(d.Case).RuleId == "PMM-05")
            .Not<AlertFact>(a => a.Id == "AL-02");

        Then()
            .Do(ctx => PainMonitoringModel.Record(ctx, dx.Case, PainMonitoringModel.Decide(dx.Case)));
    }
}
