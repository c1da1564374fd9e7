using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.PainMonitoring;

/// <summary>
/// PMM-01 (PATHWAY.md 4.4): when PMM runs and any red flag fired, <c>AvulsionBlocksLoading</c> holds or RISK-01(e) applies
/// (AL-02 fired) — Suspend at the current phase, with the first reason that applies. Red flags (salience 100) and alerts (80)
/// are settled before this rule (70) fires.
/// </summary>
[Name("PMM-01"), Description("Suspend loading: red flag, avulsion or fluoroquinolone with tendon pain"), Tag(PathwayStage.PainMonitoring)]
[Priority(Salience.LoadingDecision)]
[Evidence("EO", "REF-SILBERNAGEL2007", "REF-GOOM2016")]
[Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class SuspendLoadingRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;
        IEnumerable<RedFlagFact> redFlags = null!;
        IEnumerable<AlertFact> fluoroquinoloneAlert = null!;

        When()
            .Match(() => dx, d => PainMonitoringModel.Runs(d), d => PainMonitoringModel.MonitoredVisit(d.Case))
            .Query(() => redFlags, q => q.Match<RedFlagFact>().Collect())
            .Query(() => fluoroquinoloneAlert, q => q.Match<AlertFact>(a => a.Id == "AL-02").Collect())
            .Having(() => PainMonitoringModel.SuspensionReason(redFlags, dx, fluoroquinoloneAlert) != null);

        Then()
            .Do(ctx => PainMonitoringModel.Record(ctx, dx.Case,
                PainMonitoringModel.Suspend(dx.Case, PainMonitoringModel.SuspensionReason(redFlags, dx, fluoroquinoloneAlert)!)));
    }
}
