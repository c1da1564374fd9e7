using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Diagnosis;

/// <summary>DER-DX: the working-diagnosis summary (DER-10, DER-14) that treatment rules join instead of seven DX- facts.</summary>
public sealed class WorkingDiagnosesSummaryTests
{
    [Fact]
    public void DERDX_summarises_the_working_diagnoses_once_per_case()
    {
        var r = Evaluation.Evaluate(CaseBuilder.TypicalPht());
        Assert.Single(r.Explanation, f => f.RuleId == "DER-DX");
    }

    [Fact]
    public void DERDX_is_what_treatment_rules_join_without_it_no_diagnosis_based_item_is_emitted()
    {
        var variant = RuleSet.CreateBuilder().Exclude("DER-DX").WithName("no-summary", "test").Build();
        var r = new PathwayEngine(variant, PathwayOptions.Default).Evaluate(CaseBuilder.TypicalPht().Aggravators(Aggravator.Sitting));
        Assert.Contains(r.Diagnoses, d => d.Id == "DX-01" && d.Likelihood >= Likelihood.Possible);
        Assert.False(r.Recommends("LM-02"));
        Assert.True(Evaluation.Evaluate(CaseBuilder.TypicalPht().Aggravators(Aggravator.Sitting)).Recommends("LM-02"));
    }
}
