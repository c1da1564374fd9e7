using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DoNotOffer;

/// <summary>DNO-01…DNO-04 (PATHWAY.md 4.14, SAFE-13): displayed whenever DER-10 SciaticContext holds (DX-02, DX-03 or DX-04 at least Possible).</summary>
[Name("DNO-01-04"), Description("Sciatic context: do not offer gabapentinoids, other antiepileptics, oral corticosteroids or benzodiazepines for sciatica (displays DNO-01, DNO-02, DNO-03, DNO-04)"), Tag(PathwayStage.DoNotOffer), Priority(Salience.DoNotOffer)]
[Evidence("G-DNO", "REF-NICE-NG59")]
internal sealed class SciaticaDrugsRule : Rule
{
    private static readonly string[] Items = ["DNO-01", "DNO-02", "DNO-03", "DNO-04"];

    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.SciaticContext);

        Then()
            .Do(ctx => ctx.DoNotOffer(dx.Case, Items));
    }
}
