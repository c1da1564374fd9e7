using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Avulsion;

/// <summary>
/// AV-03 (PATHWAY.md 4.10): DX-05 Confirmed, decision Pending, and a sciatic symptom or sign — add sciatic-nerve involvement
/// to the surgical referral, at least Urgent. Allowed under every red flag (3.1).
/// </summary>
[Name("AV-03"), Description("Avulsion with sciatic involvement: add it to the urgent surgical referral"), Tag(PathwayStage.Avulsion)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-BERTICHE2021")]
internal sealed class SciaticInvolvementReferralRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => AvulsionCriteria.ConfirmedAwaitingDecision(d.Case, d),
                d => AvulsionCriteria.SciaticInvolvement(d.Case));

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Urgent, AvulsionCriteria.SciaticInvolvementDetail(dx.Case)));
    }
}
