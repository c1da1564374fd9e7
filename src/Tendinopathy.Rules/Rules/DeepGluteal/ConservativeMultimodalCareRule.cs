using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.DeepGluteal;

/// <summary>
/// DGS-01 (PATHWAY.md 4.9): for DX-03 or DX-04 at least Possible, conservative multimodal care first — avoid provoking
/// positions, graded strengthening, nerve-mobility exercise as tolerated, analgesia per SYM-. Exercise, Routine.
/// </summary>
[Name("DGS-01"), Description("Sciatic nerve entrapment: conservative multimodal care first"), Tag(PathwayStage.DeepGluteal)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-PARK2020")]
internal sealed class ConservativeMultimodalCareRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.DeepGluteal >= Likelihood.Possible || d.HamstringSyndrome >= Likelihood.Possible);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }
}
