using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>MISS-01 (PATHWAY.md 3.5, 3.1): any of RFI-01…RFI-05 is Unknown; the prompt names each. The plan is provisional and the screen is never reported as clear (ResultBuilder sets RedFlagScreenComplete and NoRedFlags).</summary>
[Name("MISS-01"), Description("Red-flag screen incomplete (RFI-01…RFI-05 unknown)"), Tag(PathwayStage.MissingInformation), Priority(Salience.Missing)]
[Evidence("EO", "REF-SPEC")]
internal sealed class RedFlagScreenIncompleteRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => MissingFields.RedFlagScreen(x).Length > 0);

        Then()
            .Do(ctx => ctx.Prompt(c, MissingFields.RedFlagScreen(c)));
    }
}
