using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway.Contraindications;

namespace Tendinopathy.Rules.Pathway.SymptomRelief;

/// <summary>
/// SYM-03 Topical NSAID (PATHWAY.md 4.5): alternative or first choice when systemic risk is higher, for any of DX-01…DX-06 at
/// least Possible or DX-07; routed by CI-NSAID-TOP, with its cautions (anticoagulation, eGFR below 60: small area, short
/// course) as details.
/// </summary>
[Name("SYM-03"), Description("Topical NSAID"), Tag(PathwayStage.SymptomRelief), Priority(Salience.Treatment)]
[Evidence("COND", "REF-DERRY2015", "REF-WILSON2005")]
internal sealed class TopicalNsaidRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => ReliefDiagnoses.TopicalNsaid(d));

        Then()
            .Do(ctx => Offer(ctx, dx.Case));
    }

    private static void Offer(IContext ctx, CaseFact c) => ctx.Offer(c, Contraindication.TopicalNsaid(c), Details(c));

    internal static IReadOnlyList<string> Details(CaseFact c)
    {
        var details = new List<string>
        {
            "Apply a topical NSAID gel over the painful area as directed by the product information; fewer systemic adverse effects than an oral NSAID.",
        };
        var cautions = Contraindication.TopicalNsaidCautions(c);
        if (cautions.Count > 0)
        {
            details.Add($"Caution ({string.Join("; ", cautions)}): small area, short course.");
        }
        return details;
    }
}
