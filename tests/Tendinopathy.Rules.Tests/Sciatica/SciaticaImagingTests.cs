using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Sciatica.SciaticaCases;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Sciatica;

/// <summary>IMG-06 and IMG-07 (PATHWAY.md 3.4): specialist lumbar imaging and pelvic MRI of the sciatic nerve.</summary>
public sealed class SciaticaImagingTests
{
    [Fact]
    public void IMG06_refers_for_specialist_lumbar_imaging_soon_when_SCI08s_conditions_hold()
    {
        var r = Evaluate(AcuteSevereSciatica());

        var item = SciaticaTests.Item(r, "IMG-06");
        Assert.Equal(Urgency.Soon, item.Urgency);
        Assert.Equal(ItemCategory.Investigation, item.Category);
        Assert.True(r.Recommends("SCI-08"));
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(5, false)]
    public void IMG06_refers_likely_radicular_pain_after_6_weeks_of_failed_non_surgical_care(int failedWeeks, bool fires)
    {
        var r = Evaluate(AcuteSevereSciatica().SymptomWeeks(20)
            .PriorTreatment(Treatment(TreatmentType.NsaidOral, failedWeeks, TreatmentResponse.NoChange)));

        Assert.False(r.Recommends("SCI-08"));
        Assert.Equal(fires, r.Recommends("IMG-06"));
    }

    [Fact]
    public void IMG06_does_not_fire_for_possible_radicular_pain_through_the_failed_care_branch()
    {
        var r = Evaluate(PossibleSciatica(20).PriorTreatment(Treatment(TreatmentType.GeneralPhysiotherapy, 10, TreatmentResponse.Worse)));

        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("IMG-06").Outcome);
    }

    [Fact]
    public void IMG06_does_not_fire_once_a_lumbar_MRI_is_done()
    {
        var r = Evaluate(AcuteSevereSciatica().Lumbar(l => l with { CentralCanalStenosis = TriState.No }));

        Assert.True(r.Recommends("SCI-08"));
        Assert.False(r.Recommends("IMG-06"));
    }

    [Fact]
    public void IMG07_orders_a_routine_pelvic_MRI_for_possible_deep_gluteal_syndrome()
    {
        var r = Evaluate(V10());

        var item = SciaticaTests.Item(r, "IMG-07");
        Assert.Equal(Urgency.Routine, item.Urgency);
        Assert.Equal(ItemCategory.Investigation, item.Category);
    }

    [Theory]
    [InlineData(PelvicMriSciaticNerve.NoEntrapment)]
    [InlineData(PelvicMriSciaticNerve.EntrapmentOrSignalChange)]
    public void IMG07_is_already_available_when_a_pelvic_MRI_of_the_sciatic_nerve_is_recorded(PelvicMriSciaticNerve finding)
    {
        var r = Evaluate(V10().Imaging(i => i with { PelvicMriSciaticNerve = finding }));

        Assert.False(r.Recommends("IMG-07"));
        Assert.Equal(TraceOutcome.AlreadyAvailable, r.TraceOf("IMG-07").Outcome);
    }

    [Fact]
    public void IMG07_does_not_fire_for_hamstring_syndrome_without_a_surgical_opinion()
    {
        var r = Evaluate(DeepGluteal.DeepGlutealTests.V02());

        Assert.Equal(Likelihood.Likely, r.Dx("DX-04"));
        Assert.False(r.Recommends("SURG-01"));
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("IMG-07").Outcome);
    }

    [Fact]
    public void IMG07_orders_a_soon_pelvic_MRI_for_hamstring_syndrome_when_SURG01_is_recommended()
    {
        var r = Evaluate(DeepGluteal.DeepGlutealTests.V02().With(c => c with { PriorTreatments = [] }).FailedLoading(12));

        Assert.True(r.Recommends("SURG-01"));
        Assert.Equal(Urgency.Soon, SciaticaTests.Item(r, "IMG-07").Urgency);
    }
}
