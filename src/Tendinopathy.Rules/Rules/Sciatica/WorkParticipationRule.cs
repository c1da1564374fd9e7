using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Sciatica;

/// <summary>SCI-06 (PATHWAY.md 4.8, NICE NG59 §1.2): for DX-02 at least Possible, promote and facilitate staying in or returning to work and normal activities. Education, Routine.</summary>
[Name("SCI-06"), Description("Sciatica: promote and facilitate staying in or returning to work and normal activities"), Tag(PathwayStage.Sciatica), Priority(Salience.Treatment)]
[Evidence("G-OFFER", "REF-NICE-NG59")]
internal sealed class WorkParticipationRule : Rule
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
