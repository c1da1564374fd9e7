using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Loading;

/// <summary>
/// LOAD-CONTINUE (PATHWAY.md 4.3): at a follow-up with a programme in P1–P5, DX-01 or DX-04 at least Possible or the AV-04
/// pathway, and loading not blocked by an avulsion — continue at the target phase of the pain-monitoring decision (4.4), with
/// that phase's content (reduced load after Regress). Under these conditions PMM always runs, so the decision exists; it is
/// settled before this rule fires (higher salience). Suppression is left to the policy.
/// </summary>
[Name("LOAD-CONTINUE"), Description("Continue the staged loading programme at the decided phase"), Tag(PathwayStage.Loading)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-GOOM2016", "REF-SILBERNAGEL2007")]
internal sealed class ContinueLoadingRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;
        LoadingDecisionFact decision = null!;

        When()
            .Match(() => dx, d => LoadingPlan.Eligible(d), d => LoadingPlan.ProgrammeActive(d.Case))
            .Match(() => decision);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Routine, LoadingPlan.ContinueDetail(dx.Case, decision), null, null, null));
    }
}
