using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Investigations;

/// <summary>
/// IMG-03 (PATHWAY.md 3.4): urgent pelvic radiograph, then MRI if the radiograph is normal and a stress fracture is still
/// suspected, when RF-05 fired.
/// </summary>
[Name("IMG-03"), Description("Urgent pelvic radiograph (MRI if normal and stress fracture still suspected)"), Tag(PathwayStage.Investigations)]
[Priority(Salience.RedFlagDerived)]
[Evidence("EO", "REF-SPEC")]
internal sealed class SuspectedFractureImagingRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        RedFlagFact flag = null!;

        When()
            .Match(() => c)
            .Match(() => flag, f => f.Id == "RF-05");

        Then()
            .Do(ctx => ctx.Recommend(c, Urgency.Urgent, null, null, "IMG-03", flag.Id));
    }
}
