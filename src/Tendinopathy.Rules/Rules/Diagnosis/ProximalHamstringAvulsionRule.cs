using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Diagnosis;

/// <summary>
/// DX-05 Proximal hamstring avulsion (PATHWAY.md 3.3), evaluated first: Confirmed on imaging (C-AV-4); Likely (suspected)
/// with acute onset and a clinical sign, Possible with acute onset and a typical mechanism — both only without a hamstring
/// MRI, because an MRI without a tear rules avulsion out.
/// </summary>
[Name("DX-05"), Description("Proximal hamstring avulsion (partial or complete)"), Tag(PathwayStage.Diagnosis), Priority(Salience.Diagnosis)]
[Evidence("L4", "REF-BERTICHE2021", "REF-BJO2022")]
internal sealed class ProximalHamstringAvulsionRule : Rule
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
        var k = DiagnosticCriteria.Avulsion(c);
        var noMri = c.Imaging.HamstringModality != HamstringModality.Mri;
        var likelihood =
            k.IsMet(3) ? Likelihood.Confirmed
            : k.AllMet(0, 2) && noMri ? Likelihood.Likely
            : k.AllMet(0, 1) && noMri ? Likelihood.Possible
            : Likelihood.Unlikely;

        IReadOnlyList<FactValue>? details = null;
        if (likelihood == Likelihood.Confirmed)
        {
            var list = new List<FactValue>
            {
                new("Imaging.HamstringFindings", c.HasFinding(HamstringFinding.CompleteAvulsion) ? "CompleteAvulsion" : "PartialTearHighGrade"),
                new("Timing", c.SymptomWeeks <= c.Options.AvulsionAcuteWeeks ? "acute" : "chronic"),
            };
            if (c.Imaging.AvulsedTendonCount is { } n) list.Add(new FactValue("Imaging.AvulsedTendonCount", n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (c.Imaging.RetractionCm is { } cm) list.Add(new FactValue("Imaging.RetractionCm", cm.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));
            details = list;
        }
        return new DiagnosisFact("DX-05", likelihood, k, details);
    }
}
