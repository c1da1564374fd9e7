using static Tendinopathy.Rules.Tests.Vignettes.VignetteAssert;

namespace Tendinopathy.Rules.Tests.Vignettes;

/// <summary>PATHWAY.md 7, V05: acute proximal hamstring avulsion, 2 tendons, 3.0 cm retraction, MRI done, decision pending.</summary>
public sealed class V05AcuteAvulsionTests
{
    private static PathwayResult R => VignetteCases.Evaluate("v05-acute-avulsion");

    [Fact]
    public void AL01_fires_and_urgency_is_Urgent()
    {
        AlertsExactly(R, "AL-01");
        Assert.Equal(Urgency.Urgent, R.Alerts.Single(a => a.Id == "AL-01").Urgency);
        Assert.Equal(Urgency.Urgent, R.OverallUrgency);
    }

    [Fact]
    public void DX05_is_Confirmed_acute_with_2_tendons_and_3_cm_and_DX01_is_Unlikely()
    {
        Diagnoses(R, ("DX-05", Likelihood.Confirmed), ("DX-01", Likelihood.Unlikely));
        var dx = R.Diagnoses.Single(d => d.Id == "DX-05");
        Assert.Contains(dx.Details, d => d.Field == "Imaging.AvulsedTendonCount" && d.Value == "2");
        Assert.Contains(dx.Details, d => d.Field == "Imaging.RetractionCm" && d.Value == "3.0");
        Assert.Contains(dx.Details, d => d.Field == "Timing" && d.Value == "acute");
    }

    [Fact]
    public void The_avulsion_MRI_is_already_available_and_not_ordered_again()
    {
        Traced(R, "IMG-04", TraceOutcome.AlreadyAvailable);
        NotListed(R, "IMG-04");
    }

    [Fact]
    public void AV03_is_not_applicable_without_a_sciatic_symptom_or_signal_change()
    {
        Traced(R, "AV-03", TraceOutcome.NotApplicable);
    }

    [Fact]
    public void Recommends_the_urgent_surgical_opinion_symptom_relief_and_review_within_1_week()
    {
        Recommends(R, "AV-02", "SYM-01", "SYM-02", "SYM-03", "SYM-04", "FU-05");
    }

    [Fact]
    public void The_surgical_opinion_is_Urgent_with_protection_advice_and_a_shared_decision()
    {
        var av = Recommended(R, "AV-02");
        Assert.Equal(Urgency.Urgent, av.Urgency);
        Mentions(av, "protect");
        Mentions(av, "decision");
    }

    [Fact]
    public void Displays_the_acute_avulsion_do_not_offer_item()
    {
        Displays(R, "DNO-40");
    }

    [Fact]
    public void Must_not_load_stretch_inject_shockwave_or_refer_for_chronic_PHT_surgery()
    {
        RecommendsNoneStartingWith(R, "LOAD-");
        DoesNotRecommend(R, "ESWT-01", "INJ-01", "INJ-02", "LM-04", "SURG-01");
        Assert.Null(R.LoadingDecision);
    }
}
