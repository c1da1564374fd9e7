using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>MISS-05 (PATHWAY.md 3.5): the medication list was not reviewed; medicines, injection and ESWT go to ConsideredNotRecommended with MISSING_MEDICATION_REVIEW (4.1 item 8).</summary>
[Name("MISS-05"), Description("Medication list not reviewed"), Tag(PathwayStage.MissingInformation), Priority(Salience.Missing)]
[Evidence("EO", "REF-SPEC")]
internal sealed class MedicationReviewMissingRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => !x.MedicationsReviewed);

        Then()
            .Do(ctx => ctx.Prompt(c, "Medications.Reviewed"));
    }
}
