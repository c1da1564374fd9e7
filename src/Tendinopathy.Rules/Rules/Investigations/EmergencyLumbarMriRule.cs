using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Investigations;

/// <summary>IMG-01 (PATHWAY.md 3.4): emergency MRI of the lumbosacral spine when RF-01 or RF-02 fired; one entry, every emitter traced.</summary>
[Name("IMG-01"), Description("Emergency MRI lumbosacral spine for suspected cauda equina or severe motor deficit"), Tag(PathwayStage.Investigations)]
[Priority(Salience.RedFlagDerived)]
[Evidence("EO", "REF-BMJBP-CES")]
internal sealed class EmergencyLumbarMriRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        RedFlagFact flag = null!;

        When()
            .Match(() => c)
            .Match(() => flag, f => f.Id == "RF-01" || f.Id == "RF-02");

        Then()
            .Do(ctx => ctx.Recommend(c, Urgency.Emergency, null, null, "IMG-01", flag.Id));
    }
}
