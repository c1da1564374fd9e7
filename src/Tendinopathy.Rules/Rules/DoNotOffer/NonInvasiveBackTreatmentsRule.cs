using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DoNotOffer;

/// <summary>DNO-06…DNO-14 (PATHWAY.md 4.14, NICE NG59 §1.2): displayed when DX-02 is at least Possible or low back pain is recorded (History.LowBackPain = Yes).</summary>
[Name("DNO-06-14"), Description("Sciatica or low back pain: do not offer belts or corsets, foot orthotics, rocker-sole shoes, traction, acupuncture, therapeutic ultrasound, PENS, TENS or interferential therapy (displays DNO-06, DNO-07, DNO-08, DNO-09, DNO-10, DNO-11, DNO-12, DNO-13, DNO-14)"), Tag(PathwayStage.DoNotOffer), Priority(Salience.DoNotOffer)]
[Evidence("G-DNO", "REF-NICE-NG59")]
internal sealed class NonInvasiveBackTreatmentsRule : Rule
{
    private static readonly string[] Items = ["DNO-06", "DNO-07", "DNO-08", "DNO-09", "DNO-10", "DNO-11", "DNO-12", "DNO-13", "DNO-14"];

    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.Radicular >= Likelihood.Possible || d.Case.History.LowBackPain == TriState.Yes);

        Then()
            .Do(ctx => ctx.DoNotOffer(dx.Case, Items));
    }
}
