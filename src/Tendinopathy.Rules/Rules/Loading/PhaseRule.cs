using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Loading;

/// <summary>
/// DER-16 Phase (PATHWAY.md 2.14): the loading phase after this visit — the LOAD-START phase when LOAD-START is in
/// Recommendations; else the target phase of the loading decision; else None. It fires exactly once per case, after
/// LOAD-START (treatment stage) and the PMM decision have settled, and concludes one <see cref="PhaseFact"/>.
/// </summary>
[Name("DER-16"), Description("Loading phase after this visit"), Tag(PathwayStage.Derived), Priority(Salience.Dependent)]
[Evidence("EO", "REF-SPEC")]
[Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class PhaseRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;
        IEnumerable<RecommendedItem> started = null!;
        IEnumerable<LoadingDecisionFact> decisions = null!;

        When()
            .Match(() => dx)
            .Query(() => started, q => q.Match<RecommendedItem>(i => i.Id == "LOAD-START").Collect())
            .Query(() => decisions, q => q.Match<LoadingDecisionFact>().Collect());

        Then()
            .Do(ctx => Conclude(ctx, dx.Case, Phase(dx.Case, dx, started, decisions)));
    }

    internal static LoadingPhase Phase(CaseFact c, WorkingDiagnoses dx, IEnumerable<RecommendedItem> started,
        IEnumerable<LoadingDecisionFact> decisions)
    {
        foreach (var _ in started) return LoadingPlan.StartingPhase(c, dx);
        foreach (var d in decisions) return d.TargetPhase;
        return LoadingPhase.None;
    }

    private static void Conclude(NRules.RuleModel.IContext ctx, CaseFact c, LoadingPhase phase)
    {
        c.Collector.Phase = phase;
        ctx.Conclude(c, new PhaseFact(phase));
    }
}
