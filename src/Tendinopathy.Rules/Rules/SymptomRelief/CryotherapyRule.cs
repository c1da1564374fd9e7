using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway.Contraindications;

namespace Tendinopathy.Rules.Pathway.SymptomRelief;

/// <summary>
/// SYM-01 Cryotherapy (PATHWAY.md 4.5): optional short-term relief for DX-01, DX-04, DX-05 or DX-06 at least Possible, or
/// DX-07; routed by CI-CRYO (and an unreviewed comorbidity list, 4.1 item 8).
/// </summary>
[Name("SYM-01"), Description("Cryotherapy for short-term pain relief"), Tag(PathwayStage.SymptomRelief), Priority(Salience.Treatment)]
[Evidence("COND", "REF-WILSON2005", "REF-BLEAKLEY2006")]
internal sealed class CryotherapyRule : Rule
{
    internal const string Protocol =
        "Melting ice or iced water in a wet towel, about 10 minutes; may be repeated intermittently (10 min on, 10 min off, 10 min on), several times a day. Always a damp barrier: never ice directly on the skin. Expect a modest effect over a deep tendon.";

    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => ReliefDiagnoses.Cryotherapy(d));

        Then()
            .Do(ctx => Offer(ctx, dx.Case));
    }

    private static void Offer(IContext ctx, CaseFact c) => ctx.Offer(c, Contraindication.Cryotherapy(c), detail: Protocol);
}
