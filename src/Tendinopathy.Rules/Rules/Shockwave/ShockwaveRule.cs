using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway.Contraindications;
using Tendinopathy.Rules.Pathway.Injections;

namespace Tendinopathy.Rules.Pathway.Shockwave;

/// <summary>
/// ESWT-01 Radial shockwave (PATHWAY.md 4.7): an adjunct to continued loading for DX-01 at least Possible with chronic
/// symptoms and an insufficient response to loading (as INJ-01 defines it), with the Cacchio protocol; routed by CI-ESWT
/// (absolute) and CI-ESWT-RELATIVE. Red-flag and AL-02 (RISK-01(e)) suppression is applied by the collector.
/// </summary>
[Name("ESWT-01"), Description("Radial extracorporeal shockwave therapy"), Tag(PathwayStage.Shockwave), Priority(Salience.Treatment)]
[Evidence("COND", "REF-CACCHIO2011", "REF-NASSER2021")]
internal sealed class ShockwaveRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.Pht >= Likelihood.Possible,
                d => d.Case.ChronicSymptoms && LoadingResponse.Insufficient(d.Case));

        Then()
            .Do(ctx => Offer(ctx, dx.Case, dx));
    }

    private static void Offer(IContext ctx, CaseFact c, WorkingDiagnoses dx) =>
        ctx.Offer(c, Contraindication.Shockwave(c, dx.Avulsion), Details(c, dx));

    internal static IReadOnlyList<string> Details(CaseFact c, WorkingDiagnoses dx)
    {
        var separation = c.Options.InjectionShockwaveSeparationWeeks.ToString(CultureInfo.InvariantCulture);
        var details = new List<string>
        {
            "Protocol as trialled (Cacchio 2011): radial ESWT, 2,500 impulses per session, energy flux density 0.18 mJ/mm², no local anaesthetic, one session a week for 4 weeks; review at 3 months.",
            "An adjunct to the loading programme, which continues.",
            $"Not within {separation} weeks of a corticosteroid injection (INJ-01): the two are alternatives or sequential options.",
        };
        if (dx.HamstringSyndrome >= Likelihood.Possible)
        {
            details.Add("Sciatic nerve involvement (DX-04): avoid focusing over the sciatic nerve course.");
        }
        return details;
    }
}
