using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.PainMonitoring;

/// <summary>
/// PMM-04 (PATHWAY.md 4.4): a worsening weekly trend regresses (WORSENING_WEEK_ON_WEEK), when PMM-02 and PMM-03 do not
/// apply and PMM-01 does not apply (no red flag, no avulsion block, no AL-02): those facts are settled before this rule
/// fires. The row order is in <see cref="PainMonitoringModel.Decide"/>, so exactly one PMM rule fires.
/// </summary>
[Name("PMM-04"), Description("Regress: worsening week on week"), Tag(PathwayStage.PainMonitoring), Priority(Salience.LoadingDecision)]
[Evidence("EO", "REF-SILBERNAGEL2007", "REF-GOOM2016")]
internal sealed class WorseningTrendRegressRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => PainMonitoringModel.Runs(d) && !d.AvulsionBlocksLoading,
                d => !d.AnyRedFlag,
                d => PainMonitoringModel.MonitoredVisit(d.Case) && PainMonitoringModel.Decide(d.Case).RuleId == "PMM-04")
            .Not<AlertFact>(a => a.Id == "AL-02");

        Then()
            .Do(ctx => PainMonitoringModel.Record(ctx, dx.Case, PainMonitoringModel.Decide(dx.Case)));
    }
}
