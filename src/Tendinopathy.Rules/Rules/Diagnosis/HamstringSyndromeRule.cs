using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Diagnosis;

/// <summary>
/// DX-04 PHT with sciatic nerve involvement ("hamstring syndrome", PATHWAY.md 3.3): evaluated only when DX-01 is at least
/// Possible and DX-02 is not Likely (otherwise NotEvaluated — with DX-02 Likely both DX-01 and DX-02 are reported as dual
/// pathology).
/// </summary>
[Name("DX-04"), Description("PHT with sciatic nerve involvement (hamstring syndrome)"), Tag(PathwayStage.Diagnosis), Priority(Salience.Diagnosis)]
[Evidence("L4", "REF-PURANEN1988", "REF-FREDERICSON2005", "REF-LEMPAINEN2009")]
internal sealed class HamstringSyndromeRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        DiagnosisFact pht = null!;
        DiagnosisFact radicular = null!;

        When()
            .Match(() => c)
            .Match(() => pht, d => d.Id == "DX-01")
            .Match(() => radicular, d => d.Id == "DX-02");

        Then()
            .Do(ctx => ctx.Conclude(c, Classify(c, pht.Likelihood, radicular.Likelihood)));
    }

    internal static DiagnosisFact Classify(CaseFact c, Likelihood pht, Likelihood radicular)
    {
        if (pht < Likelihood.Possible || radicular == Likelihood.Likely)
        {
            return new DiagnosisFact("DX-04", Likelihood.NotEvaluated, []);
        }
        var k = DiagnosticCriteria.HamstringSyndrome(c);
        var likelihood =
            pht == Likelihood.Likely && k.IsMet(2) && (k.IsMet(0) || k.IsMet(1)) ? Likelihood.Likely
            : k.IsMet(0) || k.IsMet(1) || k.IsMet(2) ? Likelihood.Possible
            : Likelihood.Unlikely;
        return new DiagnosisFact("DX-04", likelihood, k);
    }
}
