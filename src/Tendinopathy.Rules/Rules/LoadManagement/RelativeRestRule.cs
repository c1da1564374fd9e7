using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.LoadManagement;

/// <summary>
/// LM-01 (PATHWAY.md 4.2): relative rest with DX-01, DX-04 or DX-06 at least Possible — keep activities that leave the
/// next-morning load test no worse than baseline, reduce rather than stop running. When RISK-01(e) applies (AL-02 fired:
/// tendon pain during a current fluoroquinolone) it adds relative rest of the painful tendon until the antibiotic is stopped,
/// then reassessment. AL-02 fires at a higher salience, so the collected alert is settled when this rule fires.
/// </summary>
[Name("LM-01"), Description("Relative rest guided by the next-morning load test"), Tag(PathwayStage.LoadManagement), Priority(Salience.Treatment)]
[Evidence("EO", "REF-SILBERNAGEL2007", "REF-WILSON2005")]
[Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class RelativeRestRule : Rule
{
    internal const string FluoroquinoloneDetail =
        "RISK-01(e): tendon pain while taking a fluoroquinolone (AL-02) — relative rest of the painful tendon, with no loading programme, " +
        "until the fluoroquinolone has been stopped; then reassess the tendon before loading starts or resumes.";

    public override void Define()
    {
        WorkingDiagnoses dx = null!;
        IEnumerable<AlertFact> fluoroquinoloneAlert = null!;

        When()
            .Match(() => dx, d => LoadManagementContext.TendonOrInterface(d))
            .Query(() => fluoroquinoloneAlert, q => q.Match<AlertFact>(a => a.Id == "AL-02").Collect());

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Routine, Detail(fluoroquinoloneAlert), null, null, null));
    }

    private static string? Detail(IEnumerable<AlertFact> fluoroquinoloneAlert)
    {
        foreach (var _ in fluoroquinoloneAlert) return FluoroquinoloneDetail;
        return null;
    }
}
