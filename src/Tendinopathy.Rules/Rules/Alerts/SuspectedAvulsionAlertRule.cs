using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Alerts;

/// <summary>
/// AL-01 Suspected, surgically relevant or MRI-pending proximal hamstring avulsion (PATHWAY.md 3.2): DER-14
/// AvulsionBlocksLoading. Urgent, Soon after the acute window (SymptomWeeks above <c>AvulsionAcuteWeeks</c>, default 4).
/// IMG-04 and the AV- items follow from their own rules.
/// </summary>
[Name("AL-01"), Description("Suspected, surgically relevant or MRI-pending proximal hamstring avulsion"), Tag(PathwayStage.Alerts)]
[Priority(Salience.Alert)]
[Evidence("L4", "REF-BERTICHE2021", "REF-BJO2022")]
internal sealed class SuspectedAvulsionAlertRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.AvulsionBlocksLoading);

        Then()
            .Do(ctx => ctx.SafetyAlert(dx.Case, AlertFindings.AvulsionUrgency(dx.Case), AlertFindings.AvulsionFacts(dx.Case, dx), "IMG-04"));
    }
}
