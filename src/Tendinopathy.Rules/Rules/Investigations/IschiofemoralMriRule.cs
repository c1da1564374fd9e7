using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Investigations;

/// <summary>
/// IMG-08 (PATHWAY.md 3.4): MRI of the pelvis/hip to measure the ischiofemoral and quadratus femoris spaces and look for
/// quadratus femoris oedema, when DX-06 is at least Possible and no hamstring MRI is recorded. Routine.
/// </summary>
[Name("IMG-08"), Description("MRI pelvis/hip for ischiofemoral impingement"), Tag(PathwayStage.Investigations)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-PARK2020")]
internal sealed class IschiofemoralMriRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.Ischiofemoral >= Likelihood.Possible,
                d => d.Case.Imaging.HamstringModality != HamstringModality.Mri);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Routine, null, null, null, null));
    }
}
