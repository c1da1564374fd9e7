using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>MISS-09 (PATHWAY.md 3.5): chronic symptoms (DER-01) and no prior-treatment entry recorded, so ESC-04, ESC-05, ESWT-01 and SURG-01 cannot be evaluated.</summary>
[Name("MISS-09"), Description("Chronic symptoms without recorded prior treatment"), Tag(PathwayStage.MissingInformation), Priority(Salience.Missing)]
[Evidence("EO", "REF-SPEC")]
internal sealed class PriorTreatmentsMissingRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => x.ChronicSymptoms && x.Input.PriorTreatments.Count == 0);

        Then()
            .Do(ctx => ctx.Prompt(c, "PriorTreatments"));
    }
}
