using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Catalogue;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Avulsion;

/// <summary>
/// AV-04 (PATHWAY.md 4.10): a confirmed avulsion on the non-operative pathway (decision not Operative, DER-14 false, and the
/// AV-02 size criteria not met or a NonOperative decision; <see cref="WorkingDiagnoses.AvulsionNonOperativePathway"/>) —
/// non-operative rehabilitation starting in P1 once pain allows. Exercise; Routine, Soon with a surgical opinion for a
/// competitive or professional athlete (4.1 item 7).
/// </summary>
[Name("AV-04"), Description("Confirmed avulsion on the non-operative pathway: rehabilitation, surgical opinion for high-demand athletes"), Tag(PathwayStage.Avulsion)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-BERTICHE2021")]
internal sealed class NonOperativeRehabilitationRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.AvulsionNonOperativePathway);

        Then()
            .Do(ctx => Rehabilitate(ctx, dx.Case));
    }

    private static void Rehabilitate(IContext ctx, CaseFact c)
    {
        if (AvulsionCriteria.HighDemand(c)) ctx.Recommend(c, Urgency.Soon, ItemCatalogue.AvulsionHighDemandOpinion);
        else ctx.Recommend(c);
    }
}
