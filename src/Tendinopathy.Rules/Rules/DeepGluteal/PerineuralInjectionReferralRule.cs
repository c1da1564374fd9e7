using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DeepGluteal;

/// <summary>
/// DGS-02 (PATHWAY.md 4.9): DX-03 at least Possible and SymptomWeeks at least <c>SpecialistReferralWeeks</c> — consider
/// referral to a specialist for an image-guided perineural injection (diagnostic and therapeutic); the specialist applies the
/// injection contraindications. Referral, Routine; suppressed by any red flag (3.1).
/// </summary>
[Name("DGS-02"), Description("Deep gluteal syndrome: consider specialist referral for an image-guided perineural injection"), Tag(PathwayStage.DeepGluteal)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-PARK2020")]
internal sealed class PerineuralInjectionReferralRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => c, x => x.SymptomWeeks >= x.Options.SpecialistReferralWeeks)
            .Match(() => dx, d => d.DeepGluteal >= Likelihood.Possible);

        Then()
            .Do(ctx => ctx.Recommend(c));
    }
}
