using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Avulsion;

/// <summary>
/// AV-05 (PATHWAY.md 4.10): a confirmed partial or incomplete avulsion managed non-operatively with pain persisting
/// (SymptomWeeks at least <c>AvulsionPersistingPainWeeks</c>, NRS now at least <c>AvulsionPersistingPainNrs</c>; Unknown is
/// not met) — surgical opinion on repair of the chronic incomplete avulsion. SurgicalReferral, Routine. SURG-02 annotates the options.
/// </summary>
[Name("AV-05"), Description("Chronic incomplete avulsion with persisting pain after non-operative care: surgical opinion"), Tag(PathwayStage.Avulsion)]
[Priority(Salience.Treatment)]
[Evidence("L4", "REF-KAYANI2020")]
internal sealed class ChronicIncompleteAvulsionOpinionRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => AvulsionCriteria.ChronicIncompleteAvulsionOpinion(d.Case, d));

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }
}
