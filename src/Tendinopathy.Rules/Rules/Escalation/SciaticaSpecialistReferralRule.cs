using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Escalation;

/// <summary>
/// ESC-06 (PATHWAY.md 4.12): DX-02 at least Possible, no RF (an own condition: with a red flag the trace is
/// <c>NotApplicable</c>), and leg pain not tolerable, or SymptomWeeks at least <c>SpecialistReferralWeeks</c> without
/// improvement — see <see cref="NotImproving"/>. Specialist (spinal / MSK interface) referral. Referral, Routine.
/// </summary>
[Name("ESC-06"), Description("Sciatica not tolerable or not improving: specialist referral"), Tag(PathwayStage.Escalation)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-NICE-NG59")]
internal sealed class SciaticaSpecialistReferralRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.Radicular >= Likelihood.Possible,
                d => d.Case.Pain.LegPainTolerable == TriState.No || NotImproving(d.Case),
                d => !d.AnyRedFlag);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }

    /// <summary>
    /// SymptomWeeks at least <c>SpecialistReferralWeeks</c> and either a follow-up weekly trend of Stable or Worsening, or
    /// the most recent documented non-surgical prior treatment (2.8, DER-15 types) ImprovedInsufficient, NoChange or Worse.
    /// </summary>
    internal static bool NotImproving(CaseFact c) =>
        c.SymptomWeeks >= c.Options.SpecialistReferralWeeks &&
        ((c.IsFollowUp && c.FollowUp!.WeeklyTrend is WeeklyTrend.Stable or WeeklyTrend.Worsening) ||
         TreatmentHistory.Failed(TreatmentHistory.MostRecentNonSurgicalResponse(c)));
}
