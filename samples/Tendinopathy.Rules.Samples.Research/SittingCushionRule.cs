using NRules.Fluent.Dsl;
using Tendinopathy.Rules;
using Tendinopathy.Rules.Authoring;

namespace Tendinopathy.Rules.Samples.Research;

/// <summary>
/// RES-01 (research rule): when sitting, or sitting on a hard surface, aggravates and proximal hamstring tendinopathy
/// (DX-01) or PHT with sciatic nerve involvement (DX-04) is at least possible, offer a sitting cushion that offloads the
/// ischial tuberosity (a cut-out or wedge cushion, or a folded towel under the thighs) as part of load management.
/// </summary>
/// <remarks>
/// The rule only states its own conditions. It never tests for red flags: the engine's suppression policy removes a
/// LoadManagement item under an Emergency or Urgent red flag (PATHWAY.md 3.1) and traces it as SuppressedBy.
/// </remarks>
[Name(Id), Description("Offer a sitting cushion that offloads the ischial tuberosity when sitting aggravates PHT")]
[Tag(ResearchRuleSet.Tag), Priority(Salience.Treatment)]
[Evidence("EO", ResearchRuleSet.CushionProtocolReference, "REF-GOOM2016")]
public sealed class SittingCushionRule : Rule
{
    /// <summary>The rule and item ID.</summary>
    public const string Id = "RES-01";

    /// <summary>The texts of RES-01, registered with <see cref="RuleSetBuilder.AddItem"/>.</summary>
    public static ItemText Text { get; } = new()
    {
        Id = Id,
        Title = "Offloading sitting cushion",
        ClinicianText = "Offer a cushion that offloads the ischial tuberosity when sitting (cut-out or wedge cushion, or a folded " +
                        "towel under the thighs so the sitting bone is not loaded); use it alongside limiting sustained sitting (LM-02).",
        PatientText = "Sitting presses on the sore tendon at your sitting bone. A cushion with a cut-out, or a folded towel under " +
                      "your thighs, takes the pressure off that spot while you sit.",
        Category = ItemCategory.LoadManagement,
    };

    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => c, x => x.HasAggravator(Aggravator.Sitting) || x.HasAggravator(Aggravator.SittingHardSurface))
            .Match(() => dx, d => d.PhtOrHamstringSyndromePossible);

        Then()
            .Do(ctx => ctx.Recommend(c, Urgency.Routine, "Review whether the cushion improves sitting tolerance at the next visit."));
    }
}
