using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Catalogue;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway.Alerts;

namespace Tendinopathy.Rules.Pathway.Avulsion;

/// <summary>
/// AV-02 (PATHWAY.md 4.10): DX-05 Confirmed, decision Pending, and the size criteria (complete avulsion of 3 tendons, or 2
/// tendons retracted more than <c>AvulsionRetractionCm</c>; on ultrasound or MRI) — protection advice and an urgent surgical
/// opinion for a shared operative-vs-non-operative decision within the early-repair window. Urgent; Soon after
/// <c>AvulsionAcuteWeeks</c>, still referred (chronic repair is possible but more complex). SURG-02 annotates the options.
/// </summary>
[Name("AV-02"), Description("Surgically relevant avulsion: urgent surgical opinion within the early-repair window"), Tag(PathwayStage.Avulsion)]
[Priority(Salience.Treatment)]
[Evidence("L4", "REF-BERTICHE2021", "REF-BJO2022", "REF-SUBBU2015", "REF-VANDERMADE2022", "REF-PIHL2019")]
internal sealed class EarlySurgicalOpinionRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => AvulsionCriteria.EarlySurgicalOpinion(d.Case, d));

        Then()
            .Do(ctx => Refer(ctx, dx.Case));
    }

    private static void Refer(IContext ctx, CaseFact c)
    {
        var urgency = AlertFindings.AvulsionUrgency(c);
        ctx.Recommend(c, urgency, urgency == Urgency.Soon ? ItemCatalogue.AvulsionBeyondRepairWindow : null);
    }
}
