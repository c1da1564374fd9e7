using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DoNotOffer;

/// <summary>DNO-40 (PATHWAY.md 4.14, SAFE-08): displayed when DX-05 is at least Possible.</summary>
[Name("DNO-40-AVULSION"), Description("Suspected or confirmed avulsion: no hamstring stretching, ESWT, corticosteroid injection or PRP (displays DNO-40)"), Tag(PathwayStage.DoNotOffer), Priority(Salience.DoNotOffer)]
[Evidence("EO", "REF-SPEC")]
internal sealed class AvulsionTreatmentsRule : Rule
{
    private static readonly string[] Items = ["DNO-40"];

    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.Avulsion >= Likelihood.Possible);

        Then()
            .Do(ctx => ctx.DoNotOffer(dx.Case, Items));
    }
}
