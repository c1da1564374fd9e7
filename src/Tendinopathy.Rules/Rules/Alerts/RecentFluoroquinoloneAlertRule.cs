using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Alerts;

/// <summary>
/// AL-03 Fluoroquinolone exposure (PATHWAY.md 3.2): a fluoroquinolone current or stopped within the risk window (DER-03)
/// when AL-02 does not fire. Routine; tendon-risk advice (the RISK-01 restrictions follow from RISK-01). "NOT AL-02" is
/// AL-02's own condition negated, so the rule needs no ordering against AL-02.
/// </summary>
[Name("AL-03"), Description("Recent fluoroquinolone exposure"), Tag(PathwayStage.Alerts), Priority(Salience.Alert)]
[Evidence("EO", "REF-MORALES2019", "REF-ALVES2019")]
internal sealed class RecentFluoroquinoloneAlertRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => !AlertFindings.FluoroquinoloneWithTendonPain(d.Case, d), d => d.Case.FqRecent);

        Then()
            .Do(ctx => ctx.SafetyAlert(dx.Case, Urgency.Routine, new[] { AlertFindings.Fluoroquinolone(dx.Case) }));
    }
}
