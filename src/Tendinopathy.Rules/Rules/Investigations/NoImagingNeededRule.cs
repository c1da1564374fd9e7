using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Investigations;

/// <summary>
/// IMG-05 No imaging needed to start treatment (PATHWAY.md 3.4): informational (<c>IsOrder = false</c>) at a first visit with
/// DX-01 Likely, no RF (its own condition), DX-05 Unlikely, no hamstring imaging and IMG-10 not recommended. It reads IMG-10,
/// so it runs one stage later.
/// </summary>
[Name("IMG-05"), Description("No imaging needed to start treatment (informational)"), Tag(PathwayStage.Investigations)]
[Priority(Salience.SecondOrder)]
[Evidence("EO", "REF-BEATTY2017")]
internal sealed class NoImagingNeededRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.Pht == Likelihood.Likely && d.Avulsion == Likelihood.Unlikely,
                d => d.Case.IsStartVisit && d.Case.Imaging.HamstringModality == HamstringModality.None,
                d => !d.AnyRedFlag)
            .Not<RecommendedItem>(r => r.Id == "IMG-10");

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Routine, null, null, null, null));
    }
}
