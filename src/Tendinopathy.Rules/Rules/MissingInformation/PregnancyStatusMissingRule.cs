using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>MISS-07 (PATHWAY.md 3.5): pregnancy status is Unknown while DER-17 PregnancyRelevant holds; SYM-02, SYM-03 and ESWT-01 go to ConsideredNotRecommended with MISSING_PREGNANCY_STATUS.</summary>
[Name("MISS-07"), Description("Pregnancy status unknown"), Tag(PathwayStage.MissingInformation), Priority(Salience.Missing)]
[Evidence("EO", "REF-SPEC")]
internal sealed class PregnancyStatusMissingRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => MissingFields.PregnancyUnknown(x));

        Then()
            .Do(ctx => ctx.Prompt(c, "Patient.Pregnant"));
    }
}
