using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.FollowUp;

/// <summary>The follow-up plan: when to reassess (FU-) and what would trigger escalation (RF-, PMM-, ESC-, AV- criteria).</summary>
public sealed class FollowUpPlanTests
{
    private static string[] Triggers(PathwayResult r) => r.FollowUp.EscalationTriggers.Select(t => t.RuleId).ToArray();

    [Fact]
    public void V01_plan_reviews_early_and_names_the_loading_regress_and_failed_care_escalations()
    {
        var r = Evaluate(CaseBuilder.Sample("v01-pure-pht"));
        Assert.Equal(new[] { "FU-01" }, r.FollowUp.ReviewItems);
        Assert.Equal(new[] { "PMM-02", "ESC-04" }, Triggers(r));
        Assert.Contains("12 weeks", r.FollowUp.EscalationTriggers.Single(t => t.RuleId == "ESC-04").ClinicianText);
    }

    [Fact]
    public void V03_sciatica_plan_safety_nets_cauda_equina_and_weakness_and_names_specialist_referral()
    {
        var r = Evaluate(CaseBuilder.Sample("v03-lumbar-radiculopathy"));
        Assert.Contains("FU-03", r.FollowUp.ReviewItems);
        Assert.Equal(new[] { "RF-01", "RF-02", "ESC-06" }, Triggers(r));
        Assert.All(r.FollowUp.EscalationTriggers, t => Assert.False(string.IsNullOrWhiteSpace(t.PatientText)));
    }

    [Fact]
    public void V06_plan_lists_the_escalations_already_recommended_and_no_further_failed_care_gate()
    {
        var r = Evaluate(CaseBuilder.Sample("v06-chronic-pht"));
        Assert.Contains("ESC-05", r.FollowUp.EscalationItems);
        Assert.Contains("SURG-01", r.FollowUp.EscalationItems);
        Assert.DoesNotContain("ESC-04", Triggers(r));
        Assert.DoesNotContain("ESC-05", Triggers(r));
    }

    [Fact]
    public void V05_avulsion_plan_names_the_early_repair_window()
    {
        var r = Evaluate(CaseBuilder.Sample("v05-acute-avulsion"));
        Assert.Contains("FU-05", r.FollowUp.ReviewItems);
        Assert.Contains("AV-02", Triggers(r));
    }

    [Fact]
    public void An_emergency_red_flag_plan_has_no_elective_escalation_gates()
    {
        var r = Evaluate(CaseBuilder.Sample("v04-cauda-equina"));
        Assert.Empty(r.FollowUp.ReviewItems);
        Assert.DoesNotContain("ESC-04", Triggers(r));
        Assert.DoesNotContain("ESC-06", Triggers(r));
        Assert.Contains("RF-01", Triggers(r));
    }
}
