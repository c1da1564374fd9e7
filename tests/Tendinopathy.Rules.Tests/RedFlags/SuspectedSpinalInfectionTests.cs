using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.RedFlags;

public sealed class SuspectedSpinalInfectionTests
{
    [Fact]
    public void RF03_is_emergency_when_fever_comes_with_infection_risk()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with
        {
            FeverOrSystemicallyUnwell = TriState.Yes, SpinalInfectionRisk = TriState.Yes,
        }));

        var alert = RedFlagAssert.Alert(r, "RF-03", Urgency.Emergency);
        Assert.Equal(["ACT-SAMEDAY-HOSPITAL", "IMG-02"], alert.Actions);
        Assert.True(RedFlagAssert.HasFact(alert, "RedFlags.FeverOrSystemicallyUnwell"));
        Assert.True(RedFlagAssert.HasFact(alert, "RedFlags.SpinalInfectionRisk"));
        RedFlagAssert.Item(r, "ACT-SAMEDAY-HOSPITAL", Urgency.Emergency, "RF-03");
        RedFlagAssert.Item(r, "IMG-02", Urgency.Emergency, "RF-03");
        Assert.Equal(Urgency.Emergency, r.OverallUrgency);
    }

    [Fact]
    public void RF03_is_emergency_when_fever_comes_with_non_mechanical_pain()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with
        {
            FeverOrSystemicallyUnwell = TriState.Yes, NonMechanicalPain = TriState.Yes,
        }));

        RedFlagAssert.Alert(r, "RF-03", Urgency.Emergency);
    }

    [Fact]
    public void RF03_is_emergency_when_fever_comes_with_a_suspicious_lesion_on_lumbar_MRI()
    {
        var r = Evaluate(CaseBuilder.Baseline()
            .RedFlags(f => f with { FeverOrSystemicallyUnwell = TriState.Yes })
            .Lumbar(m => m with { SuspiciousLesion = TriState.Yes }));

        var alert = RedFlagAssert.Alert(r, "RF-03", Urgency.Emergency);
        Assert.True(RedFlagAssert.HasFact(alert, "Imaging.LumbarMri.SuspiciousLesion"));
    }

    [Fact]
    public void RF03_is_urgent_for_infection_risk_with_non_mechanical_pain_without_fever_or_deficit()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with
        {
            SpinalInfectionRisk = TriState.Yes, NonMechanicalPain = TriState.Yes,
        }));

        RedFlagAssert.Alert(r, "RF-03", Urgency.Urgent);
        RedFlagAssert.Item(r, "ACT-SAMEDAY-HOSPITAL", Urgency.Urgent, "RF-03");
        RedFlagAssert.Item(r, "IMG-02", Urgency.Urgent, "RF-03");
        Assert.Equal(Urgency.Urgent, r.OverallUrgency);
    }

    [Theory]
    [InlineData("reflex")]
    [InlineData("sensory")]
    [InlineData("mrc4")]
    public void RF03_c_becomes_emergency_with_a_neurological_deficit(string deficit)
    {
        var r = Evaluate(CaseBuilder.Baseline()
            .RedFlags(f => f with { SpinalInfectionRisk = TriState.Yes, NonMechanicalPain = TriState.Yes })
            .Neuro(n => deficit switch
            {
                "reflex" => n with { ReflexChange = TriState.Yes },
                "sensory" => n with { SensoryLossObjective = TriState.Yes },
                _ => n with { WorstMyotomeMrc = 4 },
            }));

        var alert = RedFlagAssert.Alert(r, "RF-03", Urgency.Emergency);
        Assert.True(RedFlagAssert.HasFact(alert, "Neuro."));
        RedFlagAssert.Item(r, "ACT-SAMEDAY-HOSPITAL", Urgency.Emergency, "RF-03");
        RedFlagAssert.Item(r, "IMG-02", Urgency.Emergency, "RF-03");
    }

    [Fact]
    public void RF03_c_stays_urgent_at_MRC_5()
    {
        var r = Evaluate(CaseBuilder.Baseline()
            .RedFlags(f => f with { SpinalInfectionRisk = TriState.Yes, NonMechanicalPain = TriState.Yes })
            .Neuro(n => n with { WorstMyotomeMrc = 5 }));

        RedFlagAssert.Alert(r, "RF-03", Urgency.Urgent);
    }

    [Fact]
    public void RF03_is_silent_for_infection_risk_alone()
    {
        // V07: long-term prednisolone and a recent infection, no fever and mechanical pain.
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { SpinalInfectionRisk = TriState.Yes }));

        RedFlagAssert.NoRedFlag(r);
        Assert.False(r.Recommends("IMG-02"));
    }

    [Fact]
    public void RF03_is_silent_for_fever_alone()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { FeverOrSystemicallyUnwell = TriState.Yes }));

        RedFlagAssert.NoRedFlag(r);
    }

    [Fact]
    public void RF03_is_silent_for_fever_with_a_lumbar_MRI_showing_no_suspicious_lesion()
    {
        var r = Evaluate(CaseBuilder.Baseline()
            .RedFlags(f => f with { FeverOrSystemicallyUnwell = TriState.Yes })
            .Lumbar(m => m with { SuspiciousLesion = TriState.No }));

        RedFlagAssert.NoRedFlag(r);
    }
}
