using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Diagnosis;

/// <summary>
/// DX-02 Lumbar radicular pain / sciatica (PATHWAY.md 3.3): Likely with radiation below the knee plus (neural tension and a
/// neurological sign), a concordant MRI, or a positive crossed SLR — unless the lumbar MRI is not concordant (C-LRP-N caps
/// it at Possible).
/// </summary>
[Name("DX-02"), Description("Lumbar radicular pain / sciatica"), Tag(PathwayStage.Diagnosis), Priority(Salience.Diagnosis)]
[Evidence("G", "REF-NICE-NG59", "REF-VANDERWINDT2010", "REF-MAJLESI2008", "REF-IVERSEN2013")]
internal sealed class LumbarRadicularPainRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c);

        Then()
            .Do(ctx => ctx.Conclude(c, Classify(c)));
    }

    internal static DiagnosisFact Classify(CaseFact c)
    {
        // Indexes: 0 C-LRP-1, 1 C-LRP-2, 2 C-LRP-3, 3 C-LRP-4, 4 C-LRP-5, 5 C-LRP-6, 6 C-LRP-N.
        var k = DiagnosticCriteria.Radicular(c);
        var likelyCriteria = k.AllMet(0, 1, 2) || k.AllMet(0, 3) || k.AllMet(0, 4);
        var notConcordant = k.IsMet(6);
        var likelihood =
            likelyCriteria && !notConcordant ? Likelihood.Likely
            : (k.IsMet(0) && (k.IsMet(1) || k.IsMet(2) || k.IsMet(5))) || k.AllMet(1, 2) || likelyCriteria ? Likelihood.Possible
            : Likelihood.Unlikely;
        return new DiagnosisFact("DX-02", likelihood, k);
    }
}
