using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway.Contraindications;

namespace Tendinopathy.Rules.Pathway.Injections;

/// <summary>
/// INJ-01 Image-guided peritendinous corticosteroid injection (PATHWAY.md 4.6): "Consider" for short-term relief to enable
/// loading, when DX-01 or DX-04 is at least Possible and the response to loading is insufficient; routed by CI-CSI. Its
/// text always says image-guided, peritendinous, not intratendinous (SAFE-22, DNO-30) and not within 6 weeks of ESWT.
/// </summary>
[Name("INJ-01"), Description("Image-guided peritendinous corticosteroid injection"), Tag(PathwayStage.Injections), Priority(Salience.Treatment)]
[Evidence("COND", "REF-ZISSEN2010", "REF-NICHOLSON2014", "REF-WILSON2005", "REF-SEED", "REF-FREDERICSON2005")]
internal sealed class CorticosteroidInjectionRule : Rule
{
    public const string Strength = "Consider";

    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.PhtOrHamstringSyndromePossible,
                d => LoadingResponse.Insufficient(d.Case));

        Then()
            .Do(ctx => Offer(ctx, dx.Case, dx));
    }

    private static void Offer(IContext ctx, CaseFact c, WorkingDiagnoses dx) =>
        ctx.Offer(c, Contraindication.CorticosteroidInjection(c, dx.Avulsion), Details(c), Strength);

    internal static IReadOnlyList<string> Details(CaseFact c)
    {
        var separation = c.Options.InjectionShockwaveSeparationWeeks.ToString(CultureInfo.InvariantCulture);
        var details = new List<string>
        {
            "Image-guided, peritendinous, not intratendinous: ultrasound- or fluoroscopy-guided, around the tendon origin / ischial bursa, never into the tendon substance.",
            "Continue the loading programme; reduce provocative load for about 2 weeks after the injection.",
            $"Not within {separation} weeks of ESWT (ESWT-01): the two are alternatives or sequential options.",
        };
        foreach (var f in Contraindication.CorticosteroidInjectionCautions(c))
        {
            details.Add(f.Field switch
            {
                "Anticoagulated" => "Caution (Anticoagulated = Yes): specialist decision on the bleeding risk before injecting.",
                "Pregnant" => "Caution (Pregnant = Yes): weigh the benefit against the risk with the patient and her obstetric team.",
                _ => $"Caution ({f}): additive corticosteroid exposure and tendon risk.",
            });
        }
        return details;
    }
}
