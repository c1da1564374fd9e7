using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>MISS-06 (PATHWAY.md 3.5): comorbidities were not reviewed; SYM-01…SYM-04, INJ-01 and ESWT-01 go to ConsideredNotRecommended with MISSING_COMORBIDITY_REVIEW (4.1 item 8).</summary>
[Name("MISS-06"), Description("Comorbidities not reviewed"), Tag(PathwayStage.MissingInformation), Priority(Salience.Missing)]
[Evidence("EO", "REF-SPEC")]
internal sealed class ComorbidityReviewMissingRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => !x.ComorbiditiesReviewed);

        Then()
            .Do(ctx => ctx.Prompt(c, "Comorbidities.Reviewed"));
    }
}
