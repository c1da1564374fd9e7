using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Alerts;

/// <summary>
/// AL-02 Fluoroquinolone with tendon pain (PATHWAY.md 3.2): a current fluoroquinolone (DER-02) with DX-01, DX-04 or DX-05
/// at least Possible. Urgent; emits ACT-FQ-REVIEW and switches on the RISK-01(e) suspension of LOAD-START, LOAD-CONTINUE
/// and ESWT-01 (it fires before every treatment rule, by salience).
/// </summary>
[Name("AL-02"), Description("Fluoroquinolone with tendon pain"), Tag(PathwayStage.Alerts), Priority(Salience.Alert)]
[Evidence("REG", "REF-MHRA2019", "REF-MHRA2024")]
internal sealed class FluoroquinoloneTendonPainAlertRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => AlertFindings.TendonDiagnosis(d), d => d.Case.FqCurrent);

        Then()
            .Do(ctx => Raise(ctx, dx.Case, dx));
    }

    private static void Raise(IContext ctx, CaseFact c, WorkingDiagnoses dx)
    {
        c.Collector.SuspendForFluoroquinolone();
        ctx.SafetyAlert(c, Urgency.Urgent, AlertFindings.FluoroquinoloneWithTendonPainFacts(c, dx), "ACT-FQ-REVIEW");
    }
}
