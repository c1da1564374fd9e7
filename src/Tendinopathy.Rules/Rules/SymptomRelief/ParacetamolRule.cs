using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway.Contraindications;

namespace Tendinopathy.Rules.Pathway.SymptomRelief;

/// <summary>
/// SYM-04 Paracetamol (PATHWAY.md 4.5): a simple analgesic for DX-01, DX-04, DX-05 or DX-06 at least Possible with a known
/// <c>LowBackPain = No</c> (Unknown is not met: MISS-15 prompts); routed by CI-PARACETAMOL. Its firing never depends on NSAID
/// status (SAFE-07).
/// </summary>
[Name("SYM-04"), Description("Paracetamol"), Tag(PathwayStage.SymptomRelief), Priority(Salience.Treatment)]
[Evidence("EO", "REF-SPEC")]
internal sealed class ParacetamolRule : Rule
{
    internal const string Dose = "Paracetamol at the licensed dose, as the product information states (including its dose limits for low body weight and hepatic risk factors); check for other paracetamol-containing products.";

    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => ReliefDiagnoses.TendonAvulsionOrImpingement(d),
                d => d.Case.History.LowBackPain == TriState.No);

        Then()
            .Do(ctx => Offer(ctx, dx.Case));
    }

    private static void Offer(IContext ctx, CaseFact c) => ctx.Offer(c, Contraindication.Paracetamol(c), detail: Dose);
}
