using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DoNotOffer;

/// <summary>DNO-18…DNO-22 (PATHWAY.md 4.14, NICE NG59 §1.2, §1.3): displayed when low back pain is recorded (History.LowBackPain = Yes).</summary>
[Name("DNO-18-22"), Description("Low back pain: do not offer disc replacement or fusion outside a trial, paracetamol alone, opioids (chronic; routine for acute), antidepressants or anticonvulsants (displays DNO-18, DNO-19, DNO-20, DNO-21, DNO-22)"), Tag(PathwayStage.DoNotOffer), Priority(Salience.DoNotOffer)]
[Evidence("G-DNO", "REF-NICE-NG59")]
internal sealed class LowBackPainListRule : Rule
{
    private static readonly string[] Items = ["DNO-18", "DNO-19", "DNO-20", "DNO-21", "DNO-22"];

    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => x.History.LowBackPain == TriState.Yes);

        Then()
            .Do(ctx => ctx.DoNotOffer(c, Items));
    }
}
