using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Diagnosis;

/// <summary>
/// DX-03 Deep gluteal syndrome (PATHWAY.md 3.3): evaluated only when DX-01 is Unlikely (otherwise DX-04 covers sciatic
/// involvement at the hamstring origin). Possible with location, sitting intolerance, a piriformis test or imaging, and
/// DX-02 not Likely; Likely with all five criteria.
/// </summary>
[Name("DX-03"), Description("Deep gluteal syndrome (sciatic entrapment in the deep gluteal space)"), Tag(PathwayStage.Diagnosis), Priority(Salience.Diagnosis)]
[Evidence("EO", "REF-MARTIN2014", "REF-MARTINHD2015", "REF-PARK2020")]
internal sealed class DeepGlutealSyndromeRule : Rule
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
        if (pht != Likelihood.Unlikely)
        {
            return new DiagnosisFact("DX-03", Likelihood.NotEvaluated, []);
        }
        // Indexes: 0 C-DGS-1, 1 C-DGS-2, 2 C-DGS-3, 3 C-DGS-4, 4 C-DGS-5.
        var k = DiagnosticCriteria.DeepGluteal(c, radicular);
        var likelihood =
            k.AllMet(0, 1, 2, 3, 4) ? Likelihood.Likely
            : k.AllMet(0, 1, 4) && (k.IsMet(2) || k.IsMet(3)) ? Likelihood.Possible
            : Likelihood.Unlikely;
        return new DiagnosisFact("DX-03", likelihood, k);
    }
}
