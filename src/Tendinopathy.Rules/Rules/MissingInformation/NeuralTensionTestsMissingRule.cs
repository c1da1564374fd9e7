using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>MISS-03 (PATHWAY.md 3.5): neural leg symptoms, DX-05 below Likely, and neither EX-SLR nor EX-SLUMP performed, so C-LRP-2 cannot be assessed.</summary>
[Name("MISS-03"), Description("Straight-leg raise and slump not performed with neural leg symptoms"), Tag(PathwayStage.MissingInformation), Priority(Salience.Missing)]
[Evidence("EO", "REF-SPEC")]
internal sealed class NeuralTensionTestsMissingRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.Avulsion < Likelihood.Likely,
                d => MissingFields.NeuralLegSymptoms(d.Case) && MissingFields.NeuralTensionTests(d.Case).Length > 0);

        Then()
            .Do(ctx => ctx.Prompt(dx.Case, MissingFields.NeuralTensionTests(dx.Case)));
    }
}
