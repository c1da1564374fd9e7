using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Investigations;

/// <summary>
/// IMG-02 (PATHWAY.md 3.4): urgent MRI of the spine or pelvis with blood tests as the receiving specialist directs, when
/// RF-03 or RF-04 fired, at the urgency of the flag (the maximum when both fired; every emitter traced). Never
/// deduplicated against earlier imaging (the input carries no imaging date).
/// </summary>
[Name("IMG-02"), Description("Urgent MRI spine/pelvis and blood tests for suspected infection or malignancy"), Tag(PathwayStage.Investigations)]
[Priority(Salience.RedFlagDerived)]
[Evidence("EO", "REF-CKS-SCIATICA")]
internal sealed class UrgentSpinePelvisMriRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        RedFlagFact flag = null!;

        When()
            .Match(() => c)
            .Match(() => flag, f => f.Id == "RF-03" || f.Id == "RF-04");

        Then()
            .Do(ctx => ctx.Recommend(c, flag.Urgency, null, null, "IMG-02", flag.Id));
    }
}
