using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DoNotOffer;

/// <summary>DNO-15 (PATHWAY.md 4.14, NICE NG59 §1.1): displayed when DX-02 is at least Possible or low back pain is recorded, and no red flag fired (with a red flag, imaging may be exactly what is needed).</summary>
[Name("DNO-15-NO-RF"), Description("Sciatica or low back pain without a red flag: do not routinely offer lumbar imaging in a non-specialist setting (displays DNO-15)"), Tag(PathwayStage.DoNotOffer), Priority(Salience.DoNotOffer)]
[Evidence("G-DNO", "REF-NICE-NG59")]
internal sealed class RoutineLumbarImagingRule : Rule
{
    private static readonly string[] Items = ["DNO-15"];

    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.Radicular >= Likelihood.Possible || d.Case.History.LowBackPain == TriState.Yes,
                d => !d.AnyRedFlag);

        Then()
            .Do(ctx => ctx.DoNotOffer(dx.Case, Items));
    }
}
