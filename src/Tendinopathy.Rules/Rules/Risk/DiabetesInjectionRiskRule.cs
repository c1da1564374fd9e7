using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Risk;

/// <summary>
/// RISK-04 Diabetes (PATHWAY.md 4.11): an annotation on INJ-01 warning of a transient rise in blood glucose (the CI-CSI
/// Diabetes caution). An annotation is shown only when INJ-01 is listed; it is not an item of its own (0.1).
/// </summary>
[Name("RISK-04"), Description("Diabetes: blood-glucose warning on a corticosteroid injection"), Tag(PathwayStage.Risk), Priority(Salience.Treatment)]
[Evidence("EO", "REF-SPEC")]
internal sealed class DiabetesInjectionRiskRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => x.Comorbidities.Diabetes != null);

        Then()
            .Do(ctx => Annotate(ctx, c));
    }

    private static void Annotate(IContext ctx, CaseFact c) =>
        ctx.Annotate(c, "INJ-01", "RISK-04 (Diabetes = " + c.Comorbidities.Diabetes + "): " + c.Collector.Model.Item("RISK-04").ClinicianText);
}
