using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Sciatica;

/// <summary>
/// SCI-12 (PATHWAY.md 4.8; extrapolated to DX-03/DX-04): in a sciatic context (DER-10), the cauda equina safety-net advice.
/// Its catalogue entry has <c>SafetyNet = true</c>, so it survives every red-flag suppression (3.1). Education, Routine.
/// </summary>
[Name("SCI-12"), Description("Safety-net advice: seek emergency care for cauda equina symptoms"), Tag(PathwayStage.Sciatica)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-BMJBP-CES")]
internal sealed class SciaticaSafetyNetRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.SciaticContext);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }
}
