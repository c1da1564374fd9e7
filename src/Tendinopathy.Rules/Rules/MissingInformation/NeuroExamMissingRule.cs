using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>MISS-04 (PATHWAY.md 3.5): leg pain radiates below the knee but no neurological examination is recorded, so RF-02 cannot be excluded.</summary>
[Name("MISS-04"), Description("Neurological examination not recorded with radiating leg pain"), Tag(PathwayStage.MissingInformation), Priority(Salience.Missing)]
[Evidence("EO", "REF-SPEC")]
internal sealed class NeuroExamMissingRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => x.Neuro.RadiatingBelowKnee == TriState.Yes && !x.Neuro.ExamRecorded);

        Then()
            .Do(ctx => ctx.Prompt(c, "Neuro.ExamRecorded"));
    }
}
