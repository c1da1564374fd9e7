using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Investigations;

/// <summary>
/// IMG-10 Hamstring-origin imaging (PATHWAY.md 3.4): DX-01 Possible (uncertain diagnosis); or DX-01 at least Possible with
/// <c>FailedConservativeWeeks</c> ≥ <c>SurgicalOpinionConsiderWeeks</c>; or INJ-01 or ESWT-01 recommended without hamstring
/// imaging. MRI preferred, ultrasound acceptable. A recorded hamstring MRI is the same study: trace AlreadyAvailable.
/// It reads INJ-01 / ESWT-01 in Recommendations, so it runs after the treatment stage.
/// </summary>
[Name("IMG-10"), Description("Hamstring-origin imaging (MRI preferred, ultrasound acceptable)"), Tag(PathwayStage.Investigations)]
[Priority(Salience.Dependent)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Evidence("L4", "REF-ZISSEN2010", "REF-BEATTY2017")]
internal sealed class HamstringImagingRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;
        IEnumerable<RecommendedItem> treatments = null!;

        When()
            .Match(() => dx, d => d.Pht >= Likelihood.Possible)
            .Query(() => treatments, q => q.Match<RecommendedItem>(r => r.Id == "INJ-01" || r.Id == "ESWT-01").Collect())
            .Having(() => Indicated(dx.Case, dx, treatments));

        Then()
            .Do(ctx => Order(ctx, dx.Case));
    }

    internal static bool Indicated(CaseFact c, WorkingDiagnoses dx, IEnumerable<RecommendedItem> treatments)
    {
        if (dx.Pht == Likelihood.Possible) return true;
        if (dx.Pht >= Likelihood.Possible && c.FailedConservativeWeeks >= c.Options.SurgicalOpinionConsiderWeeks) return true;
        if (c.HamstringImaged) return false;
        foreach (var _ in treatments) return true;
        return false;
    }

    private static void Order(IContext ctx, CaseFact c)
    {
        if (c.Imaging.HamstringModality == HamstringModality.Mri) ctx.AlreadyAvailable(c);
        else ctx.Recommend(c);
    }
}
