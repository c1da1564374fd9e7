using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.RedFlags;

public sealed class SuspectedMalignancyTests
{
    private static CaseBuilder CancerWithWeightLoss() => CaseBuilder.Baseline()
        .RedFlags(f => f with { CancerHistory = TriState.Yes, UnexplainedWeightLoss = TriState.Yes });

    [Fact]
    public void RF04_is_urgent_with_urgent_specialist_referral_without_a_deficit()
    {
        var r = Evaluate(CancerWithWeightLoss());

        var alert = RedFlagAssert.Alert(r, "RF-04", Urgency.Urgent);
        Assert.Contains("ACT-URGENT-SPECIALIST", alert.Actions);
        Assert.Contains("IMG-02", alert.Actions);
        RedFlagAssert.Item(r, "ACT-URGENT-SPECIALIST", Urgency.Urgent, "RF-04");
        RedFlagAssert.Item(r, "IMG-02", Urgency.Urgent, "RF-04");
        Assert.False(r.Recommends("ACT-EMERGENCY-SPINAL"));
        Assert.Equal(Urgency.Urgent, r.OverallUrgency);
    }

    [Fact]
    public void RF04_references_are_carried_by_its_action_item()
    {
        var r = Evaluate(CancerWithWeightLoss());

        var act = RedFlagAssert.Item(r, "ACT-URGENT-SPECIALIST", Urgency.Urgent, "RF-04");
        Assert.Contains(act.References, x => x.Id == "REF-CKS-SCIATICA");
        Assert.Equal(ItemCategory.Referral, act.Category);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void RF04_becomes_emergency_with_emergency_spinal_referral_instead_when_power_is_MRC_4_or_less(int mrc)
    {
        var r = Evaluate(CancerWithWeightLoss().Neuro(n => n with { WorstMyotomeMrc = mrc }));

        var alert = RedFlagAssert.Alert(r, "RF-04", Urgency.Emergency);
        Assert.Contains("ACT-EMERGENCY-SPINAL", alert.Actions);
        Assert.DoesNotContain("ACT-URGENT-SPECIALIST", alert.Actions);
        Assert.Contains(alert.TriggeringFacts, f => f.Field == "Neuro.WorstMyotomeMrc");
        RedFlagAssert.Item(r, "ACT-EMERGENCY-SPINAL", Urgency.Emergency);
        RedFlagAssert.Item(r, "IMG-02", Urgency.Emergency, "RF-04");
        Assert.False(r.Recommends("ACT-URGENT-SPECIALIST"));
    }

    [Fact]
    public void RF04_stays_urgent_at_MRC_5()
    {
        var r = Evaluate(CancerWithWeightLoss().Neuro(n => n with { WorstMyotomeMrc = 5 }));

        RedFlagAssert.Alert(r, "RF-04", Urgency.Urgent);
    }

    [Fact]
    public void RF04_becomes_emergency_with_a_reflex_change()
    {
        var r = Evaluate(CancerWithWeightLoss().Neuro(n => n with { ReflexChange = TriState.Yes }));

        RedFlagAssert.Alert(r, "RF-04", Urgency.Emergency);
    }

    [Fact]
    public void RF04_becomes_emergency_with_objective_sensory_loss()
    {
        var r = Evaluate(CancerWithWeightLoss().Neuro(n => n with { SensoryLossObjective = TriState.Yes }));

        RedFlagAssert.Alert(r, "RF-04", Urgency.Emergency);
    }

    [Fact]
    public void RF04_fires_for_cancer_history_with_non_mechanical_pain()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { CancerHistory = TriState.Yes, NonMechanicalPain = TriState.Yes }));

        RedFlagAssert.Alert(r, "RF-04", Urgency.Urgent);
    }

    [Fact]
    public void RF04_fires_for_weight_loss_with_non_mechanical_pain()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { UnexplainedWeightLoss = TriState.Yes, NonMechanicalPain = TriState.Yes }));

        RedFlagAssert.Alert(r, "RF-04", Urgency.Urgent);
    }

    [Fact]
    public void RF04_fires_for_a_first_episode_over_50_with_weight_loss()
    {
        var r = Evaluate(CaseBuilder.Baseline().Age(60)
            .RedFlags(f => f with { FirstEpisodeAgedOver50 = TriState.Yes, UnexplainedWeightLoss = TriState.Yes }));

        var alert = RedFlagAssert.Alert(r, "RF-04", Urgency.Urgent);
        Assert.True(RedFlagAssert.HasFact(alert, "RedFlags.FirstEpisodeAgedOver50"));
    }

    [Fact]
    public void RF04_fires_on_a_suspicious_lesion_on_lumbar_MRI_with_every_RFI_no()
    {
        var r = Evaluate(CaseBuilder.Baseline().Lumbar(m => m with { SuspiciousLesion = TriState.Yes }));

        RedFlagAssert.Alert(r, "RF-04", Urgency.Urgent);
        Assert.DoesNotContain("RF-03", r.AlertIds());
        Assert.False(r.NoRedFlags);
    }

    [Fact]
    public void RF04_is_silent_for_a_first_episode_over_50_alone()
    {
        // V08: RFI-12 alone never fires.
        var r = Evaluate(CaseBuilder.Baseline().Age(70).RedFlags(f => f with { FirstEpisodeAgedOver50 = TriState.Yes }));

        RedFlagAssert.NoRedFlag(r);
    }

    [Fact]
    public void RF04_is_silent_for_cancer_history_alone()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { CancerHistory = TriState.Yes }));

        RedFlagAssert.NoRedFlag(r);
    }

    [Fact]
    public void RF04_is_silent_when_weight_loss_is_unknown()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { CancerHistory = TriState.Yes, UnexplainedWeightLoss = TriState.Unknown }));

        RedFlagAssert.NoRedFlag(r);
    }

    [Fact]
    public void RF03_and_RF04_share_one_IMG02_entry_at_the_higher_urgency()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with
        {
            FeverOrSystemicallyUnwell = TriState.Yes, SpinalInfectionRisk = TriState.Yes,
            CancerHistory = TriState.Yes, UnexplainedWeightLoss = TriState.Yes,
        }));

        RedFlagAssert.Alert(r, "RF-03", Urgency.Emergency);
        RedFlagAssert.Alert(r, "RF-04", Urgency.Urgent);
        RedFlagAssert.Item(r, "IMG-02", Urgency.Emergency, "RF-03", "RF-04");
        Assert.Equal(["RF-03", "RF-04"], r.TraceOf("IMG-02").Emitters);
    }
}
