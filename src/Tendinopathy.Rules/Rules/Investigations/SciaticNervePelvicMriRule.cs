using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Investigations;

/// <summary>
/// IMG-07 (PATHWAY.md 3.4): pelvic MRI including the sciatic nerve course (MR neurography where available) when DX-03 is at
/// least Possible, or DX-04 is at least Possible and the surgical opinion SURG-01 is in Recommendations. Routine; Soon when
/// SURG-01 is recommended. It reads "SURG-01 ∈ Recommendations", so it runs at the dependent stage. A recorded pelvic MRI of
/// the sciatic nerve is the same study: trace <c>AlreadyAvailable</c>.
/// </summary>
[Name("IMG-07"), Description("Pelvic MRI including the sciatic nerve course"), Tag(PathwayStage.Investigations)]
[Priority(Salience.Dependent)]
[Evidence("EO", "REF-PARK2020")]
internal sealed class SciaticNervePelvicMriRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;
        IEnumerable<RecommendedItem> surgery = null!;

        When()
            .Match(() => dx, d => d.DeepGluteal >= Likelihood.Possible || d.HamstringSyndrome >= Likelihood.Possible)
            .Query(() => surgery, q => q.Match<RecommendedItem>(r => r.Id == "SURG-01").Collect())
            .Having(() => Indicated(dx, surgery));

        Then()
            .Do(ctx => Order(ctx, dx.Case, surgery));
    }

    private static bool Indicated(WorkingDiagnoses dx, IEnumerable<RecommendedItem> surgery) =>
        dx.DeepGluteal >= Likelihood.Possible || (dx.HamstringSyndrome >= Likelihood.Possible && SurgeryRecommended(surgery));

    private static bool SurgeryRecommended(IEnumerable<RecommendedItem> surgery)
    {
        foreach (var _ in surgery) return true;
        return false;
    }

    private static void Order(IContext ctx, CaseFact c, IEnumerable<RecommendedItem> surgery)
    {
        if (c.Imaging.PelvicMriSciaticNerve != PelvicMriSciaticNerve.NotDone) ctx.AlreadyAvailable(c);
        else ctx.Recommend(c, SurgeryRecommended(surgery) ? Urgency.Soon : Urgency.Routine);
    }
}
