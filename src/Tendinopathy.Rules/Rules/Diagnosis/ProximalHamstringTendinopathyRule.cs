using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Diagnosis;

/// <summary>
/// DX-01 Proximal hamstring tendinopathy (PATHWAY.md 3.3), after DX-05: Unlikely when an avulsion explains the findings or the
/// exclusion C-PHT-X is met; Likely on location, aggravators, palpation, provocation and onset (or imaging with palpation or
/// provocation); Possible on location and aggravators with one supporting sign — or with palpation and provocation both
/// unknown (then MISS-02 prompts for them).
/// </summary>
[Name("DX-01"), Description("Proximal hamstring tendinopathy (PHT)"), Tag(PathwayStage.Diagnosis), Priority(Salience.Diagnosis)]
[Evidence("EO", "REF-GOOM2016", "REF-CACCHIO2012", "REF-BEATTY2017", "REF-LEMPAINEN2015")]
internal sealed class ProximalHamstringTendinopathyRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        DiagnosisFact avulsion = null!;

        When()
            .Match(() => c)
            .Match(() => avulsion, d => d.Id == "DX-05");

        Then()
            .Do(ctx => ctx.Conclude(c, Classify(c, avulsion.Likelihood)));
    }

    internal static DiagnosisFact Classify(CaseFact c, Likelihood avulsion)
    {
        // Indexes: 0 C-PHT-1, 1 C-PHT-2, 2 C-PHT-3, 3 C-PHT-4, 4 C-PHT-5, 5 C-PHT-6, 6 C-PHT-X.
        var k = DiagnosticCriteria.Pht(c, avulsion);
        var testsUnknown = k[2].Status == CriterionStatus.Unknown && k[3].Status == CriterionStatus.Unknown;
        var likelihood =
            avulsion >= Likelihood.Likely || k.IsMet(6) ? Likelihood.Unlikely
            : k.AllMet(0, 1, 2, 3, 4) || (k.AllMet(0, 1, 5) && (k.IsMet(2) || k.IsMet(3))) ? Likelihood.Likely
            : k.AllMet(0, 1) && (k.IsMet(2) || k.IsMet(3) || k.IsMet(5) || testsUnknown) ? Likelihood.Possible
            : Likelihood.Unlikely;
        return new DiagnosisFact("DX-01", likelihood, k);
    }
}
