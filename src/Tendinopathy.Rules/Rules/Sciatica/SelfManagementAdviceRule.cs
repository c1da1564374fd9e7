using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Sciatica;

/// <summary>SCI-01 (PATHWAY.md 4.8, NICE NG59 §1.2): for DX-02 at least Possible, tailored advice and information for self-management, encouraging normal activities as far as possible. Education, Routine.</summary>
[Name("SCI-01"), Description("Sciatica: tailored self-management advice and continuing normal activities"), Tag(PathwayStage.Sciatica), Priority(Salience.Treatment)]
[Evidence("G-OFFER", "REF-NICE-NG59")]
internal sealed class SelfManagementAdviceRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.Radicular >= Likelihood.Possible);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }
}
