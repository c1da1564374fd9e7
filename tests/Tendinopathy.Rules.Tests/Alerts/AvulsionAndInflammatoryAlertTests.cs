using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Alerts;

public sealed class AvulsionAndInflammatoryAlertTests
{
    [Fact]
    public void AL01_is_urgent_for_a_suspected_avulsion_in_week_4()
    {
        var r = Evaluate(AlertCases.SuspectedAvulsion(weeks: 4));

        Assert.Equal(Likelihood.Likely, r.Dx("DX-05"));
        var alert = AlertCases.Alert(r, "AL-01", Urgency.Urgent);
        Assert.Contains("IMG-04", alert.Actions);
        Assert.True(Urgency.Urgent <= r.OverallUrgency);
    }

    [Fact]
    public void AL01_is_soon_for_a_suspected_avulsion_in_week_5()
    {
        var r = Evaluate(AlertCases.SuspectedAvulsion(weeks: 5));

        AlertCases.Alert(r, "AL-01", Urgency.Soon);
    }

    [Fact]
    public void AL01_fires_for_a_confirmed_avulsion_meeting_the_size_criteria()
    {
        // V05: 2 tendons, 3.0 cm retraction on MRI, decision pending.
        var r = Evaluate(AlertCases.ConfirmedAvulsion(HamstringModality.Mri, 2, 3.0m));

        Assert.Equal(Likelihood.Confirmed, r.Dx("DX-05"));
        AlertCases.Alert(r, "AL-01", Urgency.Urgent);
    }

    [Fact]
    public void AL01_fires_for_a_small_confirmed_avulsion_seen_only_on_ultrasound()
    {
        var r = Evaluate(AlertCases.ConfirmedAvulsion(HamstringModality.Ultrasound, 1, 1.0m));

        AlertCases.Alert(r, "AL-01", Urgency.Urgent);
    }

    [Fact]
    public void AL01_is_silent_for_a_small_confirmed_avulsion_measured_on_MRI()
    {
        var r = Evaluate(AlertCases.ConfirmedAvulsion(HamstringModality.Mri, 1, 1.0m));

        Assert.DoesNotContain("AL-01", r.AlertIds());
    }

    [Fact]
    public void AL01_is_silent_for_typical_PHT()
    {
        var r = Evaluate(CaseBuilder.TypicalPht());

        Assert.DoesNotContain("AL-01", r.AlertIds());
    }

    [Fact]
    public void AL05_fires_routine_for_inflammatory_back_pain_features()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { InflammatoryBackPainFeatures = TriState.Yes }));

        var alert = AlertCases.Alert(r, "AL-05", Urgency.Routine);
        Assert.Contains(alert.References, x => x.Id == "REF-NICE-NG59");
        Assert.Equal(Urgency.Routine, r.OverallUrgency);
        Assert.True(r.NoRedFlags); // RFI-13 is not a red flag
    }

    [Fact]
    public void AL05_is_silent_when_inflammatory_features_are_unknown()
    {
        var r = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { InflammatoryBackPainFeatures = TriState.Unknown }));

        Assert.DoesNotContain("AL-05", r.AlertIds());
    }
}
