using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Diagnosis;

/// <summary>
/// DX-07 Undifferentiated lower-gluteal pain (PATHWAY.md 3.3), evaluated last: Possible when no DX-01…DX-06 reaches
/// Possible and no red flag fired, otherwise Unlikely. It lists no criteria. It waits for DX-04 and DX-06 (the ends of the
/// DX chain), so it sees all six diagnoses.
/// </summary>
[Name("DX-07"), Description("Undifferentiated lower-gluteal pain"), Tag(PathwayStage.Diagnosis), Priority(Salience.Diagnosis)]
[Evidence("EO", "REF-SPEC")]
[Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class UndifferentiatedPainRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        DiagnosisFact ischiofemoral = null!;
        DiagnosisFact hamstringSyndrome = null!;
        IEnumerable<DiagnosisFact> others = null!;
        IEnumerable<RedFlagFact> redFlags = null!;

        When()
            .Match(() => c)
            .Match(() => ischiofemoral, d => d.Id == "DX-06")
            .Match(() => hamstringSyndrome, d => d.Id == "DX-04")
            .Query(() => others, q => q.Match<DiagnosisFact>(d => d.Id != "DX-07").Collect())
            .Query(() => redFlags, q => q.Match<RedFlagFact>().Collect());

        Then()
            .Do(ctx => ctx.Conclude(c, Classify(others, redFlags)));
    }

    internal static DiagnosisFact Classify(IEnumerable<DiagnosisFact> diagnoses, IEnumerable<RedFlagFact> redFlags)
    {
        var anyPossible = false;
        foreach (var d in diagnoses) anyPossible |= d.Id != "DX-07" && d.AtLeastPossible;
        var fires = !anyPossible && !redFlags.Any();
        return new DiagnosisFact("DX-07", fires ? Likelihood.Possible : Likelihood.Unlikely, []);
    }
}
