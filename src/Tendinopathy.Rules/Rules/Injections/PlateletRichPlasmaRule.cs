using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway.Contraindications;

namespace Tendinopathy.Rules.Pathway.Injections;

/// <summary>
/// INJ-02 Platelet-rich plasma (PATHWAY.md 4.6): for DX-01 at least Possible with chronic symptoms it is always considered and
/// not recommended, with <c>INSUFFICIENT_EVIDENCE</c> (4.1 item 8), unless a red flag suppressed it.
/// </summary>
[Name("INJ-02"), Description("Platelet-rich plasma injection (insufficient evidence)"), Tag(PathwayStage.Injections), Priority(Salience.Treatment)]
[Evidence("INSUF", "REF-DAVENPORT2015", "REF-LEVY2019", "REF-FADER2014", "REF-NASSER2021")]
internal sealed class PlateletRichPlasmaRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.Pht >= Likelihood.Possible, d => d.Case.ChronicSymptoms);

        Then()
            .Do(ctx => Consider(ctx, dx.Case));
    }

    private static void Consider(IContext ctx, CaseFact c) =>
        ctx.Offer(c, new ReasonList().Add(Contraindication.InsufficientEvidence).Build());
}
