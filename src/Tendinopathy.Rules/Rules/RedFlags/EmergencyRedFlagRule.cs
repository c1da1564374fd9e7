using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.RedFlags;

/// <summary>DER-11 EmergencyRedFlag (PATHWAY.md 2.14): asserted once for every red flag that fired at Emergency urgency.</summary>
[Name("DER-11"), Description("Emergency-level red flag fired"), Tag(PathwayStage.Derived), Priority(Salience.RedFlagDerived)]
[Evidence("EO", "REF-SPEC")]
internal sealed class EmergencyRedFlagRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        RedFlagFact flag = null!;

        When()
            .Match(() => c)
            .Match(() => flag, f => f.IsEmergency);

        Then()
            .Do(ctx => ctx.Conclude(c, new EmergencyRedFlag(flag.Id)));
    }
}
