using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Loading;

/// <summary>
/// LOAD-START (PATHWAY.md 4.3): at a first visit (or a follow-up with no programme active), DX-01 or DX-04 at least Possible
/// or a confirmed avulsion on the AV-04 pathway, and loading not blocked by an avulsion (DER-14) — start the staged programme
/// in P1 or P2 (<see cref="LoadingPlan.StartingPhase"/>). Red flags and RISK-01(e) are not own conditions: the suppression
/// policy removes the item (trace SuppressedBy).
/// </summary>
[Name("LOAD-START"), Description("Start the staged loading programme"), Tag(PathwayStage.Loading), Priority(Salience.Treatment)]
[Evidence("EO", "REF-GOOM2016", "REF-RIO2015", "REF-BEYER2015", "REF-KAUX2011")]
internal sealed class StartLoadingRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => LoadingPlan.Eligible(d), d => d.Case.IsStartVisit);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Routine, LoadingPlan.StartDetail(dx.Case, dx), null, null, null));
    }
}
