using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DoNotOffer;

/// <summary>DNO-34 (PATHWAY.md 4.14): displayed when DX-01 is at least Possible and FailedConservativeWeeks (DER-06) is below <c>SurgicalOpinionConsiderWeeks</c>; SURG-01 cannot then fire (SAFE-04, SAFE-05).</summary>
[Name("DNO-34-EARLY-SURGERY"), Description("PHT before 12 weeks of documented failed conservative care: no surgical referral (displays DNO-34)"), Tag(PathwayStage.DoNotOffer), Priority(Salience.DoNotOffer)]
[Evidence("EO", "REF-SEED", "REF-WILSON2005")]
internal sealed class EarlySurgicalReferralRule : Rule
{
    private static readonly string[] Items = ["DNO-34"];

    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.Pht >= Likelihood.Possible && d.Case.FailedConservativeWeeks < d.Case.Options.SurgicalOpinionConsiderWeeks);

        Then()
            .Do(ctx => ctx.DoNotOffer(dx.Case, Items));
    }
}
