using Tendinopathy.Rules.Tests.Loading;
using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.LoadManagement;

/// <summary>LM-00…LM-07 (PATHWAY.md 4.2), including the phase-dependent LM-03/LM-04 and the RISK-01(e) detail of LM-01.</summary>
public sealed class LoadManagementTests
{
    private static Recommendation Item(PathwayResult r, string id) => Assert.Single(r.Recommendations, x => x.Id == id);

    [Fact]
    public void V01_recommends_LM00_to_LM06_but_not_LM07()
    {
        var r = Evaluate(LoadingCases.V01());
        foreach (var id in new[] { "LM-00", "LM-01", "LM-02", "LM-03", "LM-04", "LM-05", "LM-06" }) Assert.True(r.Recommends(id), id);
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("LM-07").Outcome);
    }

    [Fact]
    public void LM_items_have_the_specified_categories()
    {
        var r = Evaluate(LoadingCases.V01());
        Assert.Equal(ItemCategory.Education, Item(r, "LM-00").Category);
        foreach (var id in new[] { "LM-01", "LM-02", "LM-03", "LM-04", "LM-05", "LM-06" })
        {
            Assert.Equal(ItemCategory.LoadManagement, Item(r, id).Category);
            Assert.Equal("EO", Item(r, id).EvidenceCode);
            Assert.NotEmpty(Item(r, id).References);
        }
    }

    [Theory]
    [InlineData("LM-00")]
    [InlineData("LM-01")]
    [InlineData("LM-02")]
    [InlineData("LM-03")]
    [InlineData("LM-04")]
    [InlineData("LM-05")]
    [InlineData("LM-06")]
    [InlineData("LM-07")]
    public void LM_rules_are_not_applicable_to_radicular_pain_alone(string id)
    {
        var r = Evaluate(Diagnosis.DiagnosisTests.V03());
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf(id).Outcome);
    }

    [Fact]
    public void Ischiofemoral_impingement_gets_LM00_LM01_LM02_LM06_LM07_but_not_the_PHT_only_items()
    {
        var r = Evaluate(LoadingCases.IschiofemoralOnly().Aggravators(Aggravator.LongStrideWalking, Aggravator.Sitting));
        Assert.Equal(Likelihood.Possible, r.Dx("DX-06"));
        Assert.True(r.Dx("DX-01") < Likelihood.Possible);
        foreach (var id in new[] { "LM-00", "LM-01", "LM-02", "LM-06", "LM-07" }) Assert.True(r.Recommends(id), id);
        foreach (var id in new[] { "LM-03", "LM-04", "LM-05" }) Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf(id).Outcome);
        Assert.False(r.Displays("DNO-32"));
    }

    [Fact]
    public void LM01_has_no_fluoroquinolone_detail_without_AL02()
    {
        Assert.Empty(Item(Evaluate(LoadingCases.V01()), "LM-01").Details);
    }

    [Fact]
    public void LM01_advises_relative_rest_until_the_fluoroquinolone_is_stopped_when_AL02_fired()
    {
        var r = Evaluate(LoadingCases.V07());
        Assert.Contains("AL-02", r.AlertIds());
        var detail = Assert.Single(Item(r, "LM-01").Details);
        Assert.Contains("until the fluoroquinolone has been stopped", detail);
        Assert.Contains("reassess", detail);
    }

    [Fact]
    public void LM01_has_no_fluoroquinolone_detail_for_a_recently_stopped_fluoroquinolone()
    {
        var r = Evaluate(LoadingCases.V01().Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 20));
        Assert.DoesNotContain("AL-02", r.AlertIds());
        Assert.Empty(Item(r, "LM-01").Details);
    }

    [Fact]
    public void LM02_fires_when_sitting_aggravates_with_the_break_interval()
    {
        var r = Evaluate(LoadingCases.V01());
        Assert.Equal(["Break up sitting at least every 20–30 minutes."], Item(r, "LM-02").Details);
    }

    [Fact]
    public void LM02_does_not_fire_when_sitting_does_not_aggravate()
    {
        var r = Evaluate(LoadingCases.V01().Aggravators(Aggravator.Running, Aggravator.HillRunning));
        Assert.True(r.Dx("DX-01") >= Likelihood.Possible);
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("LM-02").Outcome);
    }

    [Fact]
    public void LM05_fires_when_acceleration_or_sprinting_aggravates()
    {
        var r = Evaluate(LoadingCases.V01().Aggravators(Aggravator.SittingHardSurface, Aggravator.AccelerationSprinting));
        Assert.True(r.Recommends("LM-05"));
    }

    [Fact]
    public void LM05_does_not_fire_when_running_does_not_aggravate()
    {
        var r = Evaluate(LoadingCases.V01().Aggravators(Aggravator.SittingHardSurface, Aggravator.BendingForwardStraightKnees));
        Assert.True(r.Dx("DX-01") >= Likelihood.Possible);
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("LM-05").Outcome);
    }

    [Theory]
    [InlineData(LoadingPhase.P1)]
    [InlineData(LoadingPhase.P2)]
    public void LM03_LM04_and_DNO32_apply_in_early_phases(LoadingPhase current)
    {
        var r = Evaluate(LoadingCases.V09(5, 2).Phase(current));
        Assert.Equal(current, r.Phase);
        Assert.True(r.Recommends("LM-03"));
        Assert.True(r.Recommends("LM-04"));
        Assert.True(r.Displays("DNO-32"));
    }

    [Theory]
    [InlineData(LoadingPhase.P3)]
    [InlineData(LoadingPhase.P4)]
    [InlineData(LoadingPhase.P5)]
    public void LM03_LM04_and_DNO32_are_absent_from_P3(LoadingPhase current)
    {
        var r = Evaluate(LoadingCases.V09(5, 2).Phase(current));
        Assert.Equal(current, r.Phase);
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("LM-03").Outcome);
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("LM-04").Outcome);
        Assert.False(r.Displays("DNO-32"));
    }

    [Fact]
    public void LM03_LM04_and_DNO32_apply_after_progressing_into_P2_but_not_into_P3()
    {
        var toP2 = Evaluate(LoadingCases.ReadyToProgress().Phase(LoadingPhase.P1));
        Assert.Equal(LoadingPhase.P2, toP2.Phase);
        Assert.True(toP2.Recommends("LM-03"));
        var toP3 = Evaluate(LoadingCases.ReadyToProgress());
        Assert.Equal(LoadingPhase.P3, toP3.Phase);
        Assert.False(toP3.Recommends("LM-03"));
        Assert.False(toP3.Recommends("LM-04"));
        Assert.False(toP3.Displays("DNO-32"));
    }

    [Fact]
    public void LM03_LM04_and_DNO32_apply_when_regressing_from_P3_to_P2()
    {
        var r = Evaluate(LoadingCases.V09(6, 2).Phase(LoadingPhase.P3).FollowUp(f => f with { AtLowestLevelOfPhase = TriState.Yes }));
        Assert.Equal(LoadingPhase.P2, r.Phase);
        Assert.True(r.Recommends("LM-03"));
        Assert.True(r.Recommends("LM-04"));
        Assert.True(r.Displays("DNO-32"));
    }

    [Fact]
    public void LM03_LM04_and_DNO32_apply_with_Phase_None_when_loading_is_suspended_by_AL02()
    {
        var r = Evaluate(LoadingCases.V07());
        Assert.Equal(LoadingPhase.None, r.Phase);
        Assert.True(r.Recommends("LM-03"));
        Assert.True(r.Recommends("LM-04"));
        Assert.True(r.Displays("DNO-32"));
    }

    [Fact]
    public void V11_urgent_red_flag_keeps_LM00_to_LM04_and_suppresses_LM06()
    {
        var r = Evaluate(LoadingCases.V11());
        foreach (var id in new[] { "LM-00", "LM-01", "LM-02", "LM-03", "LM-04" }) Assert.True(r.Recommends(id), id);
        Assert.Equal(TraceOutcome.SuppressedBy, r.TraceOf("LM-06").Outcome);
        Assert.Equal(["RF-04"], r.TraceOf("LM-06").SuppressedBy);
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("LM-05").Outcome);
        Assert.True(r.Displays("DNO-32"));
    }

    [Fact]
    public void Emergency_red_flag_suppresses_every_LM_item()
    {
        var r = Evaluate(LoadingCases.V01().WithEmergencyRedFlag());
        foreach (var id in new[] { "LM-00", "LM-01", "LM-02", "LM-03", "LM-04", "LM-05", "LM-06" })
        {
            Assert.Equal(TraceOutcome.SuppressedBy, r.TraceOf(id).Outcome);
        }
    }

    [Fact]
    public void DNO32_is_not_displayed_without_PHT_or_hamstring_syndrome()
    {
        Assert.False(Evaluate(Diagnosis.DiagnosisTests.V03()).Displays("DNO-32"));
    }
}
