using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.RedFlags;

public sealed class SuspectedCaudaEquinaTests
{
    [Fact]
    public void RF01_fires_when_post_void_residual_is_200_mL()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { PostVoidResidualMl = 200 }));

        RedFlagAssert.Alert(r, "RF-01", Urgency.Emergency);
    }

    [Fact]
    public void RF01_is_silent_when_post_void_residual_is_199_mL()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { PostVoidResidualMl = 199 }));

        RedFlagAssert.NoRedFlag(r);
        Assert.True(r.NoRedFlags);
    }

    [Fact]
    public void RF01_from_a_250_mL_residual_makes_NoRedFlags_false_with_every_RFI_no()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { PostVoidResidualMl = 250 }));

        Assert.Contains("RF-01", r.AlertIds());
        Assert.True(r.RedFlagScreenComplete);
        Assert.False(r.NoRedFlags);
    }

    [Fact]
    public void RF01_fires_on_cauda_equina_compression_on_a_lumbar_MRI_that_was_done()
    {
        var r = Evaluate(CaseBuilder.Baseline().Lumbar(m => m with { CaudaEquinaCompression = TriState.Yes }));

        var alert = RedFlagAssert.Alert(r, "RF-01", Urgency.Emergency);
        Assert.Contains(alert.TriggeringFacts, f => f.Field == "Imaging.LumbarMri.CaudaEquinaCompression");
        RedFlagAssert.Item(r, "ACT-EMERGENCY-SPINAL", Urgency.Emergency, "RF-01");
    }
}
