using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Sciatica;

/// <summary>
/// SCI-08 Epidural (PATHWAY.md 4.8, NICE NG59 §1.3): consider referral for an epidural of local anaesthetic and steroid in
/// acute and severe sciatica — DX-02 Likely, SymptomWeeks below <c>EpiduralAcuteWeeks</c>, leg pain NRS or ODI severe, a
/// known <c>NeurogenicClaudication = No</c> and central canal stenosis not recorded as Yes (see
/// <see cref="SciaticaCriteria.AcuteSevereRadicularPain"/>). "No RF" is one of its own conditions, so with a red flag the
/// trace is <c>NotApplicable</c>. Referral, Soon (4.1 item 7).
/// </summary>
[Name("SCI-08"), Description("Acute severe sciatica: consider referral for an epidural injection"), Tag(PathwayStage.Sciatica)]
[Priority(Salience.Treatment)]
[Evidence("G-CONSIDER", "REF-NICE-NG59")]
internal sealed class EpiduralReferralRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => SciaticaCriteria.EpiduralReferralConditions(d.Case, d), d => !d.AnyRedFlag);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Soon));
    }
}
