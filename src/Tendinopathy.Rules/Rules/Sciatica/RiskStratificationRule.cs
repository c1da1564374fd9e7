using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Sciatica;

/// <summary>SCI-02 (PATHWAY.md 4.8, NICE NG59 §1.1): for DX-02 at least Possible, consider risk stratification (e.g. STarT Back) to decide the intensity of support. Education, Routine.</summary>
[Name("SCI-02"), Description("Sciatica: consider risk stratification (e.g. STarT Back) at first contact"), Tag(PathwayStage.Sciatica), Priority(Salience.Treatment)]
[Evidence("G-CONSIDER", "REF-NICE-NG59")]
internal sealed class RiskStratificationRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.Radicular >= Likelihood.Possible);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }
}
