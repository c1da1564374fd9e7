using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Alerts;

/// <summary>
/// AL-04 High-risk tendon combination (PATHWAY.md 3.2): a recent fluoroquinolone (DER-03) with a current systemic
/// corticosteroid, age 60 or over, eGFR below 60 (DER-05) or a solid-organ transplant. Urgent with ACT-FQ-REVIEW while the
/// fluoroquinolone is current (one entry with AL-02's); otherwise Routine tendon-risk advice. Both carry the explicit
/// high-risk statement.
/// </summary>
[Name("AL-04"), Description("High-risk tendon combination with a fluoroquinolone"), Tag(PathwayStage.Alerts), Priority(Salience.Alert)]
[Evidence("EO", "REF-MORALES2019", "REF-MHRA2019")]
internal sealed class HighRiskTendonCombinationAlertRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => AlertFindings.HighRiskTendonCombination(x));

        Then()
            .Do(ctx => Raise(ctx, c));
    }

    private static void Raise(IContext ctx, CaseFact c)
    {
        var facts = AlertFindings.HighRiskTendonCombinationFacts(c);
        if (c.FqCurrent) ctx.SafetyAlert(c, Urgency.Urgent, facts, "ACT-FQ-REVIEW");
        else ctx.SafetyAlert(c, Urgency.Routine, facts);
    }
}
