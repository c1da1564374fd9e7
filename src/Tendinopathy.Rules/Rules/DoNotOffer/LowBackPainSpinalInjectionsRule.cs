using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DoNotOffer;

/// <summary>DNO-17 (PATHWAY.md 4.14, NICE NG59 §1.3): displayed when low back pain is recorded and DX-02 is below Possible (Unlikely).</summary>
[Name("DNO-17-LBP-ONLY"), Description("Low back pain without sciatica: do not offer spinal injections (displays DNO-17)"), Tag(PathwayStage.DoNotOffer), Priority(Salience.DoNotOffer)]
[Evidence("G-DNO", "REF-NICE-NG59")]
internal sealed class LowBackPainSpinalInjectionsRule : Rule
{
    private static readonly string[] Items = ["DNO-17"];

    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.Radicular < Likelihood.Possible && d.Case.History.LowBackPain == TriState.Yes);

        Then()
            .Do(ctx => ctx.DoNotOffer(dx.Case, Items));
    }
}
