using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DoNotOffer;

/// <summary>DNO-16 (PATHWAY.md 4.14, NICE NG59 §1.3): displayed when neurogenic claudication is recorded (Yes) or a lumbar MRI shows central canal stenosis. SCI-08 never fires with either (Forbidden set, SAFE-04).</summary>
[Name("DNO-16-STENOSIS"), Description("Neurogenic claudication or central canal stenosis: do not offer epidural injections (displays DNO-16)"), Tag(PathwayStage.DoNotOffer), Priority(Salience.DoNotOffer)]
[Evidence("G-DNO", "REF-NICE-NG59")]
internal sealed class StenosisEpiduralRule : Rule
{
    private static readonly string[] Items = ["DNO-16"];

    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => x.History.NeurogenicClaudication == TriState.Yes ||
                                 (x.LumbarMriDone && x.Lumbar.CentralCanalStenosis == TriState.Yes));

        Then()
            .Do(ctx => ctx.DoNotOffer(c, Items));
    }
}
