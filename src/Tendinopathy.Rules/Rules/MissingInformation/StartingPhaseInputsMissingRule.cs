using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway.Loading;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>
/// MISS-13 (PATHWAY.md 3.5): LOAD-START is in Recommendations and any of load test, sitting tolerance, rest/night pain or
/// NRS now is unknown — the starting phase defaulted to P1; the prompt names each unknown field. Never fires when LOAD-START
/// is not recommended (suppressed or not applicable).
/// </summary>
[Name("MISS-13"), Description("Starting-phase inputs for staged loading not recorded"), Tag(PathwayStage.MissingInformation)]
[Priority(Salience.Missing)]
[Evidence("EO", "REF-SPEC")]
internal sealed class StartingPhaseInputsMissingRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => LoadingPlan.UnknownStartInputs(x).Length > 0)
            .Exists<RecommendedItem>(i => i.Id == "LOAD-START");

        Then()
            .Do(ctx => ctx.Prompt(c, LoadingPlan.UnknownStartInputs(c)));
    }
}
