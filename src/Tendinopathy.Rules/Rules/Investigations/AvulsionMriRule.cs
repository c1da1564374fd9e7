using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway.Alerts;

namespace Tendinopathy.Rules.Pathway.Investigations;

/// <summary>
/// IMG-04 (PATHWAY.md 3.4): MRI with a proximal-hamstring protocol when DX-05 is Possible or Likely, or Confirmed with the
/// surgical decision pending on a recorded ultrasound or MRI. Urgent, Soon after the acute window (SymptomWeeks above
/// <c>AvulsionAcuteWeeks</c>). A recorded hamstring MRI is the same study: trace <c>AlreadyAvailable</c>, no order.
/// </summary>
[Name("IMG-04"), Description("MRI pelvis/hip with proximal-hamstring protocol for suspected or unmeasured avulsion"), Tag(PathwayStage.Investigations)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-BERTICHE2021", "REF-PIHL2019")]
internal sealed class AvulsionMriRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => Indicated(d.Case, d));

        Then()
            .Do(ctx => Order(ctx, dx.Case));
    }

    private static bool Indicated(CaseFact c, WorkingDiagnoses dx) =>
        dx.Avulsion is Likelihood.Possible or Likelihood.Likely ||
        (dx.Avulsion == Likelihood.Confirmed && c.History.AvulsionSurgicalDecision == AvulsionSurgicalDecision.Pending &&
         c.Imaging.HamstringModality is HamstringModality.Ultrasound or HamstringModality.Mri);

    private static void Order(IContext ctx, CaseFact c)
    {
        if (c.Imaging.HamstringModality == HamstringModality.Mri) ctx.AlreadyAvailable(c);
        else ctx.Recommend(c, AlertFindings.AvulsionUrgency(c));
    }
}
