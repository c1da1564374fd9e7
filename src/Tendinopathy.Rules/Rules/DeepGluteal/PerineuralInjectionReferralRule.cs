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
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.DeepGluteal >= Likelihood.Possible,
                d => d.Case.SymptomWeeks >= d.Case.Options.SpecialistReferralWeeks);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }
}
