using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway.Sciatica;

namespace Tendinopathy.Rules.Pathway.Investigations;

/// <summary>
/// IMG-06 (PATHWAY.md 3.4, NICE NG59): refer to a specialist setting where lumbar MRI may be considered because the result
/// would change management — DX-02 at least Possible, lumbar MRI not done, and either SCI-08's conditions hold (the same
/// predicate as SCI-08) or DX-02 is Likely after at least <c>SpinalReferralFailedWeeks</c> of documented failed non-surgical
/// care. "No RF" is an own condition. Investigation, Soon.
/// </summary>
[Name("IMG-06"), Description("Specialist setting for lumbar MRI when it would change management (epidural or decompression)"), Tag(PathwayStage.Investigations)]
[Priority(Salience.Treatment)]
[Evidence("G-CONSIDER", "REF-NICE-NG59")]
internal sealed class SpecialistLumbarImagingRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => SciaticaCriteria.SpecialistLumbarImaging(d.Case, d), d => !d.AnyRedFlag);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Soon));
    }
}
