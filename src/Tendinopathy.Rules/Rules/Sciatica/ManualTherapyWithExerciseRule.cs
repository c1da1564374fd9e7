using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Sciatica;

/// <summary>SCI-04 (PATHWAY.md 4.8, NICE NG59 §1.2): for DX-02 at least Possible, consider manual therapy only as part of a package that includes exercise. Exercise, Routine.</summary>
[Name("SCI-04"), Description("Sciatica: consider manual therapy only within a package that includes exercise"), Tag(PathwayStage.Sciatica), Priority(Salience.Treatment)]
[Evidence("G-CONSIDER", "REF-NICE-NG59")]
internal sealed class ManualTherapyWithExerciseRule : Rule
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
