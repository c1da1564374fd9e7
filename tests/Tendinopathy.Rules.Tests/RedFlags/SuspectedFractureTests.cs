using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.RedFlags;

public sealed class SuspectedFractureTests
{
    [Fact]
    public void RF05_fires_urgent_with_urgent_specialist_referral_and_pelvic_radiograph_after_significant_trauma()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { SignificantTrauma = TriState.Yes }));

        var alert = RedFlagAssert.Alert(r, "RF-05", Urgency.Urgent);
        Assert.Equal(["ACT-URGENT-SPECIALIST", "IMG-03"], alert.Actions);
        RedFlagAssert.Item(r, "ACT-URGENT-SPECIALIST", Urgency.Urgent, "RF-05");
        RedFlagAssert.Item(r, "IMG-03", Urgency.Urgent, "RF-05");
        Assert.Equal(Urgency.Urgent, r.OverallUrgency);
        Assert.False(r.NoRedFlags);
    }

    [Fact]
    public void RF05_is_silent_when_trauma_is_unknown()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { SignificantTrauma = TriState.Unknown }));

        RedFlagAssert.NoRedFlag(r);
        Assert.False(r.Recommends("IMG-03"));
        Assert.False(r.NoRedFlags); // RFI-11 unknown: "no red flags" may not be printed
        Assert.True(r.RedFlagScreenComplete); // only RFI-01…RFI-05 make the screen incomplete
    }
}
