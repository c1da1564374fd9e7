using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway.Contraindications;

namespace Tendinopathy.Rules.Pathway.SymptomRelief;

/// <summary>
/// SYM-02 Oral NSAID (PATHWAY.md 4.5): a short course for pain relief when any of DX-01…DX-06 is at least Possible; routed by
/// CI-NSAID-ORAL (a current NSAID is itself a contraindication) and CAU-NSAID-MULTIPLE. The dose instruction always says
/// "lowest effective dose for the shortest time" with a review at ≤ <c>NsaidReviewDays</c>, and adds gastroprotection for
/// CAU-NSAID-GI and the drug restriction for CAU-NSAID-CV (SAFE-12).
/// </summary>
[Name("SYM-02"), Description("Oral NSAID, short course"), Tag(PathwayStage.SymptomRelief), Priority(Salience.Treatment)]
[Evidence("COND", "REF-WILSON2005", "REF-NICE-NG59", "REF-SEED")]
internal sealed class OralNsaidRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => ReliefDiagnoses.AnyWorkingDiagnosis(d));

        Then()
            .Do(ctx => Offer(ctx, dx.Case));
    }

    private static void Offer(IContext ctx, CaseFact c) => ctx.Offer(c, Contraindication.OralNsaid(c), Details(c));

    internal static IReadOnlyList<string> Details(CaseFact c)
    {
        var days = c.Options.NsaidReviewDays.ToString(CultureInfo.InvariantCulture);
        var details = new List<string>
        {
            $"Short course for pain relief only: lowest effective dose for the shortest time; review at ≤ {days} days (ESC-01). Maximum one NSAID at a time. No effect on long-term tendon outcome.",
        };
        foreach (var g in Contraindication.OralNsaidCautions(c))
        {
            details.Add(g.Code switch
            {
                Contraindication.NsaidGiCaution =>
                    $"{g.Code} ({g.FactsText}): co-prescribe gastroprotection (e.g. a proton-pump inhibitor) for the whole course.",
                Contraindication.NsaidCvCaution =>
                    $"{g.Code} ({g.FactsText}): not diclofenac or a COX-2 inhibitor (contraindicated in established ischaemic heart, peripheral arterial or cerebrovascular disease); naproxen, or ibuprofen ≤ 1,200 mg/day, only.",
                Contraindication.NsaidRenalCaution =>
                    $"{g.Code} ({g.FactsText}): an NSAID with an ACE inhibitor/ARB and a diuretic risks acute kidney injury; check renal function and avoid if possible.",
                _ => $"{g.Code} ({g.FactsText}): before 20 weeks of pregnancy, only if the benefit outweighs the risk.",
            });
        }
        return details;
    }
}
