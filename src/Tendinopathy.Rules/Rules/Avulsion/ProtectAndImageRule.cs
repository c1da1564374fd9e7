using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway.Alerts;

namespace Tendinopathy.Rules.Pathway.Avulsion;

/// <summary>
/// AV-01 (PATHWAY.md 4.10): DER-14 AvulsionBlocksLoading and AV-02 does not fire (a suspected avulsion, or a confirmed one
/// awaiting the MRI the surgical decision needs) — protect the injury, MRI (IMG-04), no loading until imaging or surgical
/// review. Referral, Urgent; Soon after <c>AvulsionAcuteWeeks</c>. Allowed under every red flag (3.1).
/// </summary>
[Name("AV-01"), Description("Suspected or MRI-pending avulsion: protect the injury and image before any loading"), Tag(PathwayStage.Avulsion)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-BERTICHE2021")]
internal sealed class ProtectAndImageRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => AvulsionCriteria.ProtectAndImage(d.Case, d));

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, AlertFindings.AvulsionUrgency(dx.Case)));
    }
}
