using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.PainMonitoring;

/// <summary>
/// PMM-06 (PATHWAY.md 4.4): otherwise hold, with the reason PROGRESSION_BLOCKED_FQ, FINAL_PHASE, TREND_UNKNOWN,
/// EXIT_CRITERIA_NOT_MET or WITHIN_ACCEPTABLE_RANGE, when PMM-01 does not apply (no red flag, no avulsion block, no
/// AL-02): those facts are settled before this rule fires. The row order is in <see
/// cref="PainMonitoringModel.Decide"/>, so exactly one PMM rule fires.
/// </summary>
[Name("PMM-06"), Description("Hold in the current phase"), Tag(PathwayStage.PainMonitoring), Priority(Salience.LoadingDecision)]
[Evidence("EO", "REF-SILBERNAGEL2007", "REF-GOOM2016")]
internal sealed class HoldRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => PainMonitoringModel.Runs(d) && !d.AvulsionBlocksLoading,
                d => !d.AnyRedFlag,
                d => PainMonitoringModel.MonitoredVisit(d.Case) && PainMonitoringModel.Decide(d.Case).RuleId == "PMM-06")
            .Not<AlertFact>(a => a.Id == "AL-02");

        Then()
            .Do(ctx => PainMonitoringModel.Record(ctx, dx.Case, PainMonitoringModel.Decide(dx.Case)));
    }
}
