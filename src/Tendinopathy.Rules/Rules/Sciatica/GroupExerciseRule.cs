using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Sciatica;

/// <summary>SCI-03 (PATHWAY.md 4.8, NICE NG59 §1.2): for DX-02 at least Possible, consider a group exercise programme. Exercise, Routine.</summary>
[Name("SCI-03"), Description("Sciatica: consider a group exercise programme"), Tag(PathwayStage.Sciatica), Priority(Salience.Treatment)]
[Evidence("G-CONSIDER", "REF-NICE-NG59")]
internal sealed class GroupExerciseRule : Rule
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
