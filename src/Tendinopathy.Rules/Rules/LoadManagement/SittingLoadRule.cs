using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.LoadManagement;

/// <summary>
/// LM-02 (PATHWAY.md 4.2): DX-01, DX-04 or DX-06 at least Possible and sitting (or sitting on a hard surface) aggravates —
/// limit sustained sitting, offload the sitting bone, break sitting every 20–30 min [CFG].
/// </summary>
[Name("LM-02"), Description("Limit sustained and compressive sitting"), Tag(PathwayStage.LoadManagement), Priority(Salience.Treatment)]
[Evidence("EO", "REF-GOOM2016", "REF-BEATTY2017")]
internal sealed class SittingLoadRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => LoadManagementContext.TendonOrInterface(d),
                d => d.Case.HasAggravator(Aggravator.Sitting) || d.Case.HasAggravator(Aggravator.SittingHardSurface));

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Routine, Detail(dx.Case), null, null, null));
    }

    internal static string Detail(CaseFact c) =>
        $"Break up sitting at least every {c.Options.SittingBreakMinMinutes}–{c.Options.SittingBreakMaxMinutes} minutes.";
}
