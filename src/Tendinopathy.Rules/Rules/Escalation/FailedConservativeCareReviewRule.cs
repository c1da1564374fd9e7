using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Escalation;

/// <summary>
/// ESC-04 (PATHWAY.md 4.12): DX-01 at least Possible and FailedConservativeWeeks (DER-06) at least
/// <c>SurgicalOpinionConsiderWeeks</c> — consider ESWT and MRI if not done; a surgical opinion may be considered (strength set
/// by SURG-01). Monotone in FailedConservativeWeeks (SAFE-17). FollowUp, Routine.
/// </summary>
[Name("ESC-04"), Description("12 weeks of failed conservative care: consider ESWT, MRI and a surgical opinion"), Tag(PathwayStage.Escalation)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-SEED", "REF-WILSON2005", "REF-CACCHIO2011")]
internal sealed class FailedConservativeCareReviewRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.Pht >= Likelihood.Possible,
                d => d.Case.FailedConservativeWeeks >= d.Case.Options.SurgicalOpinionConsiderWeeks);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }
}
