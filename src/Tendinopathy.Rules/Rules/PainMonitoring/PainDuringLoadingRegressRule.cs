using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.PainMonitoring;

/// <summary>
/// PMM-02 (PATHWAY.md 4.4): pain during loading of 6/10 or more [CFG] regresses (PAIN_DURING_ABOVE_5), when PMM-01 does
/// not apply (no red flag, no avulsion block, no AL-02): those facts are settled before this rule fires. The row order
/// is in <see cref="PainMonitoringModel.Decide"/>, so exactly one PMM rule fires.
/// </summary>
[Name("PMM-02"), Description("Regress: pain during loading above 5/10"), Tag(PathwayStage.PainMonitoring), Priority(Salience.LoadingDecision)]
[Evidence("EO", "REF-SILBERNAGEL2007", "REF-GOOM2016")]
internal sealed class PainDuringLoadingRegressRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => PainMonitoringModel.Runs(d) && !d.AvulsionBlocksLoading,
                d => !d.AnyRedFlag,
                d => PainMonitoringModel.MonitoredVisit(d.Case) && PainMonitoringModel.Decide(d.Case).RuleId == "PMM-02")
            .Not<AlertFact>(a => a.Id == "AL-02");

        Then()
            .Do(ctx => PainMonitoringModel.Record(ctx, dx.Case, PainMonitoringModel.Decide(dx.Case)));
    }
}
