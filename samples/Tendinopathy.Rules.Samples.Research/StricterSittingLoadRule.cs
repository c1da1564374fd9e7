using NRules.Fluent.Dsl;
using Tendinopathy.Rules;
using Tendinopathy.Rules.Authoring;

namespace Tendinopathy.Rules.Samples.Research;

/// <summary>
/// A local variant of LM-02 ("limit sustained and compressive sitting") for a study that wants the sitting advice only
/// when the tendon diagnosis is firmer: DX-01, DX-04 or DX-06 at least <see cref="Likelihood.Likely"/> (the built-in rule
/// fires from <see cref="Likelihood.Possible"/>). It replaces the built-in rule with
/// <see cref="RuleSetBuilder.Replace"/>, so it carries the same ID and keeps the built-in texts; the break interval
/// still comes from the [CFG] thresholds.
/// </summary>
[Name("LM-02"), Description("Limit sustained and compressive sitting (local variant: tendon diagnosis at least likely)")]
[Tag(PathwayStage.LoadManagement), Priority(Salience.Treatment)]
[Evidence("EO", "REF-GOOM2016", "REF-BEATTY2017")]
public sealed class StricterSittingLoadRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => c, x => x.HasAggravator(Aggravator.Sitting) || x.HasAggravator(Aggravator.SittingHardSurface))
            .Match(() => dx, d => d.Pht >= Likelihood.Likely || d.HamstringSyndrome >= Likelihood.Likely || d.Ischiofemoral >= Likelihood.Likely);

        Then()
            .Do(ctx => ctx.Recommend(c, Urgency.Routine,
                $"Break up sitting at least every {c.Options.SittingBreakMinMinutes}–{c.Options.SittingBreakMaxMinutes} minutes."));
    }
}
