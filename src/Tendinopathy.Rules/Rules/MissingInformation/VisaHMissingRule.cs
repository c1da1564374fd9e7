using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>MISS-11 (PATHWAY.md 3.5): DX-01 at least Possible and no VISA-H recorded (monitoring quality only).</summary>
[Name("MISS-11"), Description("VISA-H not recorded for possible PHT"), Tag(PathwayStage.MissingInformation), Priority(Salience.Missing)]
[Evidence("EO", "REF-SPEC")]
internal sealed class VisaHMissingRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.Pht >= Likelihood.Possible, d => d.Case.Input.Scores.VisaH == null);

        Then()
            .Do(ctx => ctx.Prompt(dx.Case, "Scores.VisaH"));
    }
}
