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
        CaseFact c = null!;
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => c, x => MissingFields.NeuralLegSymptoms(x) && MissingFields.NeuralTensionTests(x).Length > 0)
            .Match(() => dx, d => d.Avulsion < Likelihood.Likely);

        Then()
            .Do(ctx => ctx.Prompt(c, MissingFields.NeuralTensionTests(c)));
    }
}
