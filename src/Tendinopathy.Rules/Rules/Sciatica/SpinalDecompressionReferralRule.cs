using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Sciatica;

/// <summary>
/// SCI-09 Spinal decompression referral (PATHWAY.md 4.8, NICE NG59 §1.3): DX-02 Likely, lumbar MRI with concordant
/// nerve-root compression, and at least <c>SpinalReferralFailedWeeks</c> of documented failed non-surgical care (DER-15).
/// Referral, Soon. SURG-04 (options) and SCI-10 (what must not sway the decision) annotate it.
/// </summary>
[Name("SCI-09"), Description("Sciatica with concordant nerve-root compression after failed non-surgical care: consider a spinal decompression opinion"), Tag(PathwayStage.Sciatica)]
[Priority(Salience.Treatment)]
[Evidence("G-CONSIDER", "REF-NICE-NG59")]
internal sealed class SpinalDecompressionReferralRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => SciaticaCriteria.SpinalDecompressionReferral(d.Case, d));

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Soon));
    }
}
