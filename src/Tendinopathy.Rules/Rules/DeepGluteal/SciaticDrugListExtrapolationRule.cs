using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DeepGluteal;

/// <summary>
/// DGS-04 (PATHWAY.md 4.9, §8 item 4): for DX-03 or DX-04 at least Possible, the NICE NG59 sciatica drug do-not-offer list
/// (DNO-01…DNO-04, and DNO-05 with chronic symptoms as its own context requires) applies by explicit extrapolation to
/// non-radicular sciatic neuropathic pain (EO). SciaticContext already displays these items; this rule records the
/// extrapolation as a second emitter. It has no category (not a list entry, not a trace rule).
/// </summary>
[Name("DGS-04"), Description("Extrapolate the sciatica drug do-not-offer list (DNO-01…DNO-05) to sciatic entrapment"), Tag(PathwayStage.DeepGluteal)]
[Priority(Salience.DoNotOffer)]
[Evidence("EO", "REF-NICE-NG59")]
internal sealed class SciaticDrugListExtrapolationRule : Rule
{
    private static readonly string[] Acute = ["DNO-01", "DNO-02", "DNO-03", "DNO-04"];
    private static readonly string[] Chronic = ["DNO-01", "DNO-02", "DNO-03", "DNO-04", "DNO-05"];

    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.DeepGluteal >= Likelihood.Possible || d.HamstringSyndrome >= Likelihood.Possible);

        Then()
            .Do(ctx => ctx.DoNotOffer(dx.Case, dx.Case.ChronicSymptoms ? Chronic : Acute));
    }
}
