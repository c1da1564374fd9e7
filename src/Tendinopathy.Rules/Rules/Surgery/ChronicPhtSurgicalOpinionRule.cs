using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Catalogue;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Surgery;

/// <summary>
/// SURG-01 Chronic PHT surgical opinion (PATHWAY.md 4.13): DX-01 at least Possible; FailedConservativeWeeks (DER-06) at
/// least <c>SurgicalOpinionConsiderWeeks</c> (strength Consider) or <c>SurgicalOpinionRecommendWeeks</c> (Recommend); a
/// hamstring MRI showing tendon pathology (otherwise IMG-10 orders imaging first and SURG-01 does not fire); no RF (an own
/// condition); DX-05 not Confirmed acute. The options the surgeon may weigh are detail lines, each with the fact that
/// makes it apply. SurgicalReferral, Routine.
/// </summary>
[Name("SURG-01"), Description("Chronic PHT after failed conservative care: refer for a surgical opinion"), Tag(PathwayStage.Surgery)]
[Priority(Salience.Treatment)]
[Evidence("L4", "REF-LEMPAINEN2009", "REF-KAYANI2020", "REF-PURANEN1988", "REF-BEATTY2017")]
internal sealed class ChronicPhtSurgicalOpinionRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => d.Pht >= Likelihood.Possible && !AcuteConfirmedAvulsion(d.Case, d),
                d => d.Case.FailedConservativeWeeks >= d.Case.Options.SurgicalOpinionConsiderWeeks && MriShowsTendonPathology(d.Case),
                d => !d.AnyRedFlag);

        Then()
            .Do(ctx => Refer(ctx, dx.Case, dx));
    }

    /// <summary>
    /// A hamstring MRI is recorded with a tendon finding: Tendinosis, PeritendinousOedema, PartialTearLowGrade,
    /// PartialTearHighGrade or CompleteAvulsion. Ischial bone oedema alone is not tendon pathology.
    /// </summary>
    internal static bool MriShowsTendonPathology(CaseFact c) =>
        c.Imaging.HamstringModality == HamstringModality.Mri &&
        (c.HasFinding(HamstringFinding.Tendinosis) || c.HasFinding(HamstringFinding.PeritendinousOedema) ||
         c.HasFinding(HamstringFinding.PartialTearLowGrade) || c.HasFinding(HamstringFinding.PartialTearHighGrade) ||
         c.HasFinding(HamstringFinding.CompleteAvulsion));

    private static bool AcuteConfirmedAvulsion(CaseFact c, WorkingDiagnoses dx) =>
        dx.Avulsion == Likelihood.Confirmed && c.SymptomWeeks <= c.Options.AvulsionAcuteWeeks;

    private static void Refer(IContext ctx, CaseFact c, WorkingDiagnoses dx)
    {
        var strength = c.FailedConservativeWeeks >= c.Options.SurgicalOpinionRecommendWeeks ? "Recommend" : "Consider";
        var options = new List<string> { ItemCatalogue.SurgicalOptionTenotomy + " [applies: always]" };
        if (c.HasFinding(HamstringFinding.PartialTearLowGrade))
        {
            options.Add(ItemCatalogue.SurgicalOptionDebridement + " [applies: Imaging.HamstringFindings contains PartialTearLowGrade]");
        }
        if (dx.HamstringSyndrome >= Likelihood.Possible)
        {
            options.Add(ItemCatalogue.SurgicalOptionNeurolysis + " [applies: DX-04 = " + dx.HamstringSyndrome + "]");
        }
        ctx.RecommendWithDetails(c, Urgency.Routine, options, strength);
    }
}
