using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Diagnosis;

/// <summary>DX-06 Ischiofemoral impingement (PATHWAY.md 3.3): Possible on location and provocation; Likely with imaging support.</summary>
[Name("DX-06"), Description("Ischiofemoral impingement (IFI)"), Tag(PathwayStage.Diagnosis), Priority(Salience.Diagnosis)]
[Evidence("L3", "REF-GOMEZHOYOS2016", "REF-PARK2020")]
internal sealed class IschiofemoralImpingementRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        DiagnosisFact deepGluteal = null!;

        When()
            .Match(() => c)
            .Match(() => deepGluteal, d => d.Id == "DX-03");

        Then()
            .Do(ctx => ctx.Conclude(c, Classify(c)));
    }

    internal static DiagnosisFact Classify(CaseFact c)
    {
        var k = DiagnosticCriteria.Ischiofemoral(c);
        var likelihood =
            k.AllMet(0, 1, 2) ? Likelihood.Likely
            : k.AllMet(0, 1) ? Likelihood.Possible
            : Likelihood.Unlikely;
        return new DiagnosisFact("DX-06", likelihood, k);
    }
}
