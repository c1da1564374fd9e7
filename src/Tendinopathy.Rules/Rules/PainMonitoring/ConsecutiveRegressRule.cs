using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.PainMonitoring;

/// <summary>
/// PMM-08 (PATHWAY.md 4.4): two consecutive Regress decisions — the most recent <c>PreviousDecisions</c> entry is Regress
/// (only that entry is read; an empty list or a most recent Suspend does not count) and this visit's decision is Regress —
/// recommends ESC-03 (clinician review, reconsider the diagnosis). Reads the settled loading decision.
/// </summary>
[Name("PMM-08"), Description("Two consecutive Regress decisions: escalate for clinician review"), Tag(PathwayStage.PainMonitoring)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-SPEC")]
internal sealed class ConsecutiveRegressRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        LoadingDecisionFact decision = null!;

        When()
            .Match(() => c, x => MostRecentWasRegress(x))
            .Match(() => decision, d => d.Decision == LoadingDecisionKind.Regress);

        Then()
            .Do(ctx => ctx.Recommend(c, Urgency.Routine, null, null, "ESC-03", null));
    }

    internal static bool MostRecentWasRegress(CaseFact c) =>
        c.FollowUp is { PreviousDecisions: { Count: > 0 } previous } && previous[previous.Count - 1] == LoadingDecisionKind.Regress;
}
