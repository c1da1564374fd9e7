using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>MISS-02 (PATHWAY.md 3.5): ischial pain (C-PHT-1), DX-05 below Likely, and palpation or every provocation test (EX-PO, EX-BKS, EX-MBKS, EX-SLB) not performed; DX-01 then reaches Likely only through imaging (C-PHT-6).</summary>
[Name("MISS-02"), Description("PHT provocation tests not performed"), Tag(PathwayStage.MissingInformation), Priority(Salience.Missing)]
[Evidence("EO", "REF-SPEC")]
internal sealed class PhtTestsMissingRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.Avulsion < Likelihood.Likely,
                d => d.Case.HasLocation(PainLocation.LowerGlutealIschial) && MissingFields.PhtTests(d.Case).Length > 0);

        Then()
            .Do(ctx => ctx.Prompt(dx.Case, MissingFields.PhtTests(dx.Case)));
    }
}
