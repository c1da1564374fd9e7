using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>MISS-12 (PATHWAY.md 3.5): DX-02 at least Possible and no Oswestry Disability Index recorded; SCI-08 severity then relies on leg pain NRS only.</summary>
[Name("MISS-12"), Description("ODI not recorded for possible radicular pain"), Tag(PathwayStage.MissingInformation), Priority(Salience.Missing)]
[Evidence("EO", "REF-SPEC")]
internal sealed class OdiMissingRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.Radicular >= Likelihood.Possible, d => d.Case.Input.Scores.Odi == null);

        Then()
            .Do(ctx => ctx.Prompt(dx.Case, "Scores.Odi"));
    }
}
