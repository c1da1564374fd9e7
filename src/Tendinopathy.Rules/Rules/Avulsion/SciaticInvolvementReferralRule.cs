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
        CaseFact c = null!;
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => c, x => AvulsionCriteria.SciaticInvolvement(x))
            .Match(() => dx, d => AvulsionCriteria.ConfirmedAwaitingDecision(c, d));

        Then()
            .Do(ctx => ctx.Recommend(c, Urgency.Urgent, AvulsionCriteria.SciaticInvolvementDetail(c)));
    }
}
