using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Diagnosis;

/// <summary>
/// Collects DX-01…DX-07 into one <see cref="WorkingDiagnoses"/> fact and derives DER-10 SciaticContext (any of DX-02,
/// DX-03, DX-04 at least Possible) and DER-14 AvulsionBlocksLoading (PATHWAY.md 2.14), plus the AV-02 size criteria and the
/// AV-04 non-operative pathway that several treatment rules share.
/// </summary>
[Name("DER-DX"), Description("Working-diagnosis summary with DER-10 SciaticContext and DER-14 AvulsionBlocksLoading"), Tag(PathwayStage.Derived)]
[Priority(Salience.DiagnosisSummary)]
[Evidence("EO", "REF-SPEC")]
[Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class WorkingDiagnosesRule : Rule
{
    public override void Define()
    {
        CaseFact c = null!;
        DiagnosisFact undifferentiated = null!;
        IEnumerable<DiagnosisFact> all = null!;

        When()
            .Match(() => c)
            .Match(() => undifferentiated, d => d.Id == "DX-07")
            .Query(() => all, q => q.Match<DiagnosisFact>().Collect());

        Then()
            .Do(ctx => ctx.Conclude(c, Summarise(c, all)));
    }

    internal static WorkingDiagnoses Summarise(CaseFact c, IEnumerable<DiagnosisFact> all)
    {
        Likelihood Of(string id)
        {
            foreach (var d in all) if (d.Id == id) return d.Likelihood;
            return Likelihood.NotEvaluated;
        }

        var avulsion = Of("DX-05");
        var radicular = Of("DX-02");
        var deepGluteal = Of("DX-03");
        var hamstringSyndrome = Of("DX-04");
        var decision = c.History.AvulsionSurgicalDecision;
        var count = c.Imaging.AvulsedTendonCount;
        // AV-02 size criteria: complete avulsion of 3 tendons, or 2 tendons retracted more than 2.0 cm [CFG].
        var size = c.HasFinding(HamstringFinding.CompleteAvulsion) &&
                   (count == 3 || (count == 2 && c.Imaging.RetractionCm > c.Options.AvulsionRetractionCm));
        // DER-14.
        var blocks = avulsion is Likelihood.Possible or Likelihood.Likely ||
                     (avulsion == Likelihood.Confirmed && decision == AvulsionSurgicalDecision.Pending &&
                      (size || c.Imaging.HamstringModality == HamstringModality.Ultrasound));
        // AV-04 own conditions (4.10).
        var nonOperative = avulsion == Likelihood.Confirmed && decision != AvulsionSurgicalDecision.Operative && !blocks &&
                           (!size || decision == AvulsionSurgicalDecision.NonOperative);

        return new WorkingDiagnoses(c, c.Collector.AnyRedFlag)
        {
            Pht = Of("DX-01"),
            Radicular = radicular,
            DeepGluteal = deepGluteal,
            HamstringSyndrome = hamstringSyndrome,
            Avulsion = avulsion,
            Ischiofemoral = Of("DX-06"),
            Undifferentiated = Of("DX-07"),
            SciaticContext = radicular >= Likelihood.Possible || deepGluteal >= Likelihood.Possible || hamstringSyndrome >= Likelihood.Possible,
            AvulsionBlocksLoading = blocks,
            AvulsionSizeCriteria = size,
            AvulsionNonOperativePathway = nonOperative,
        };
    }
}
