using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.RedFlags;

public sealed class SevereMotorDeficitTests
{
    [Fact]
    public void RF02_fires_when_weakness_is_progressive()
    {
        var r = Evaluate(CaseBuilder.Baseline().Neuro(n => n with { WeaknessProgressive = TriState.Yes }));

        var alert = RedFlagAssert.Alert(r, "RF-02", Urgency.Emergency);
        Assert.Contains(alert.TriggeringFacts, f => f.Field == "Neuro.WeaknessProgressive" && f.Value == "Yes");
        Assert.Equal(["ACT-SAMEDAY-SPINAL", "IMG-01"], alert.Actions);
        Assert.Equal(Urgency.Emergency, r.OverallUrgency);
        RedFlagAssert.Item(r, "ACT-SAMEDAY-SPINAL", Urgency.Emergency, "RF-02");
        RedFlagAssert.Item(r, "IMG-01", Urgency.Emergency, "RF-02");
    }

    [Fact]
    public void RF02_fires_when_a_myotome_is_graded_MRC_3()
    {
        var r = Evaluate(CaseBuilder.Baseline().Neuro(n => n with { WorstMyotomeMrc = 3 }));

        var alert = RedFlagAssert.Alert(r, "RF-02", Urgency.Emergency);
        Assert.Contains(alert.TriggeringFacts, f => f.Field == "Neuro.WorstMyotomeMrc" && f.Value == "3");
    }

    [Fact]
    public void RF02_is_silent_at_MRC_4_without_progression()
    {
        var r = Evaluate(CaseBuilder.Baseline().Neuro(n => n with { WorstMyotomeMrc = 4 }));

        Assert.DoesNotContain("RF-02", r.AlertIds());
        Assert.False(r.Recommends("ACT-SAMEDAY-SPINAL"));
        Assert.False(r.Recommends("IMG-01"));
    }

    [Fact]
    public void RF02_is_silent_when_weakness_progression_is_unknown_and_power_is_normal()
    {
        var r = Evaluate(CaseBuilder.Baseline().Neuro(n => n with { WeaknessProgressive = TriState.Unknown }));

        RedFlagAssert.NoRedFlag(r);
        Assert.Equal(Urgency.Routine, r.OverallUrgency);
    }

    [Fact]
    public void RF02_from_MRC_3_alone_makes_NoRedFlags_false_with_every_RFI_no()
    {
        var r = Evaluate(CaseBuilder.Baseline().Neuro(n => n with { WorstMyotomeMrc = 3 }));

        Assert.True(r.RedFlagScreenComplete);
        Assert.False(r.NoRedFlags);
    }

    [Fact]
    public void RF02_and_RF01_share_one_IMG01_entry_listing_both_emitters()
    {
        var r = Evaluate(CaseBuilder.Baseline()
            .RedFlags(f => f with { SaddleAnaesthesia = TriState.Yes })
            .Neuro(n => n with { WorstMyotomeMrc = 2 }));

        RedFlagAssert.Item(r, "IMG-01", Urgency.Emergency, "RF-01", "RF-02");
        Assert.Equal(["RF-01", "RF-02"], r.TraceOf("IMG-01").Emitters);
    }
}
