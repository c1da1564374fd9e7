using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>MISS-08 (PATHWAY.md 3.5): acute onset with a typical (or unknown) mechanism, no hamstring MRI, DX-05 below Confirmed, and a C-AV-3 sign (pop, bruising, inability to sit or walk normally, palpable gap) not recorded, so DX-05 cannot be excluded.</summary>
[Name("MISS-08"), Description("Avulsion signs not recorded after an acute injury"), Tag(PathwayStage.MissingInformation), Priority(Salience.Missing)]
[Evidence("EO", "REF-SPEC")]
internal sealed class AvulsionSignsMissingRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.Avulsion < Likelihood.Confirmed,
                d => MissingFields.AvulsionContext(d.Case) && MissingFields.AvulsionSigns(d.Case).Length > 0);

        Then()
            .Do(ctx => ctx.Prompt(dx.Case, MissingFields.AvulsionSigns(dx.Case)));
    }
}
