using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Sciatica;

/// <summary>
/// SCI-05 (PATHWAY.md 4.8, NICE NG59 §1.2): for DX-02 at least Possible with chronic symptoms (DER-01) or a STarT Back
/// risk group of High, consider a cognitive-behavioural approach only within a package that includes exercise. Exercise, Routine.
/// </summary>
[Name("SCI-05"), Description("Sciatica: consider a psychologically informed package that includes exercise"), Tag(PathwayStage.Sciatica)]
[Priority(Salience.Treatment)]
[Evidence("G-CONSIDER", "REF-NICE-NG59")]
internal sealed class PsychologicallyInformedExerciseRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.Radicular >= Likelihood.Possible,
                d => d.Case.ChronicSymptoms || d.Case.Input.Scores.StartBackRisk == StartBackRisk.High);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }
}
