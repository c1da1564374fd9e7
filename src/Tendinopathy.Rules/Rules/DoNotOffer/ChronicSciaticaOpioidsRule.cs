using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DoNotOffer;

/// <summary>DNO-05 (PATHWAY.md 4.14, SAFE-13): displayed when DER-10 SciaticContext holds and symptoms are chronic (DER-01).</summary>
[Name("DNO-05-CHRONIC"), Description("Chronic sciatic context: do not offer opioids for chronic sciatica (displays DNO-05)"), Tag(PathwayStage.DoNotOffer), Priority(Salience.DoNotOffer)]
[Evidence("G-DNO", "REF-NICE-NG59")]
internal sealed class ChronicSciaticaOpioidsRule : Rule
{
    private static readonly string[] Items = ["DNO-05"];

    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.SciaticContext && d.Case.ChronicSymptoms);

        Then()
            .Do(ctx => ctx.DoNotOffer(dx.Case, Items));
    }
}
