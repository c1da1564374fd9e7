using Tendinopathy.Rules.Tests.Alerts;
using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Avulsion;

/// <summary>AV-01…AV-05 (PATHWAY.md 4.10) with the SURG-02 annotation, and vignette V05.</summary>
public sealed class AvulsionTests
{
    private static readonly string[] AvItems = ["AV-01", "AV-02", "AV-03", "AV-04", "AV-05"];

    private static CaseBuilder Complete(int tendons, decimal cm, AvulsionSurgicalDecision decision = AvulsionSurgicalDecision.Pending,
        HamstringModality modality = HamstringModality.Mri) => AlertCases.ConfirmedAvulsion(modality, tendons, cm, decision);

    /// <summary>A confirmed high-grade partial tear on MRI, managed non-operatively.</summary>
    private static CaseBuilder ChronicPartialTear(int weeks, int? nrsNow) => AlertCases.SuspectedAvulsion(weeks)
        .History(h => h with { AvulsionSurgicalDecision = AvulsionSurgicalDecision.NonOperative })
        .Pain(p => p with { NrsNow = nrsNow })
        .Imaging(i => i with
        {
            HamstringModality = HamstringModality.Mri, HamstringFindings = [HamstringFinding.PartialTearHighGrade],
            SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No, QuadratusFemorisOedema = TriState.No,
        });

    private static Recommendation Item(PathwayResult r, string id) => Assert.Single(r.Recommendations, x => x.Id == id);

    [Fact]
    public void AV01_protects_a_suspected_avulsion_urgently_within_4_weeks_and_soon_after()
    {
        var acute = Evaluate(AlertCases.SuspectedAvulsion(4));
        Assert.Equal(Likelihood.Likely, acute.Dx("DX-05"));
        Assert.Equal(Urgency.Urgent, Item(acute, "AV-01").Urgency);
        Assert.Equal(ItemCategory.Referral, Item(acute, "AV-01").Category);

        Assert.Equal(Urgency.Soon, Item(Evaluate(AlertCases.SuspectedAvulsion(5)), "AV-01").Urgency);
    }

    [Fact]
    public void AV01_covers_a_confirmed_avulsion_seen_only_on_ultrasound_that_misses_the_size_criteria()
    {
        var r = Evaluate(Complete(1, 1.0m, modality: HamstringModality.Ultrasound));

        Assert.True(r.Recommends("AV-01"));
        Assert.False(r.Recommends("AV-02"));
        Assert.False(r.Recommends("AV-04"));
    }

    [Theory]
    [InlineData(2, 2.0, false)]
    [InlineData(2, 2.1, true)]
    [InlineData(3, 0.5, true)]
    [InlineData(1, 5.0, false)]
    public void AV02_needs_three_tendons_or_two_retracted_beyond_2_cm(int tendons, double cm, bool fires)
    {
        var r = Evaluate(Complete(tendons, (decimal)cm));

        Assert.Equal(fires, r.Recommends("AV-02"));
        Assert.Equal(!fires, r.Recommends("AV-04")); // MRI recorded: below the size criteria it is the non-operative pathway
        Assert.False(r.Recommends("AV-01"));
    }

    [Fact]
    public void AV02_fires_on_ultrasound_measurements_too()
    {
        var r = Evaluate(Complete(2, 3.0m, modality: HamstringModality.Ultrasound));

        Assert.True(r.Recommends("AV-02"));
        Assert.False(r.Recommends("AV-01"));
    }

    [Fact]
    public void AV02_is_soon_after_the_early_repair_window_and_still_refers()
    {
        var r = Evaluate(Complete(3, 4.0m).SymptomWeeks(5));

        var item = Item(r, "AV-02");
        Assert.Equal(Urgency.Soon, item.Urgency);
        Assert.Contains(item.Details, d => d.Contains("still refer", StringComparison.Ordinal));
    }

    [Fact]
    public void AV02_is_annotated_with_the_SURG02_repair_options()
    {
        var item = Item(Evaluate(Complete(3, 4.0m)), "AV-02");

        Assert.Equal(ItemCategory.SurgicalReferral, item.Category);
        Assert.Contains(item.Details, d => d.StartsWith("SURG-02", StringComparison.Ordinal));
    }

    [Fact]
    public void AV02_survives_an_emergency_red_flag()
    {
        var r = Evaluate(Complete(3, 4.0m).RedFlags(f => f with { SaddleAnaesthesia = TriState.Yes }));

        Assert.True(r.Recommends("AV-02"));
        Assert.Equal(TraceOutcome.Fired, r.TraceOf("AV-02").Outcome);
    }

    [Fact]
    public void AV03_adds_sciatic_involvement_urgently_while_the_decision_is_pending()
    {
        var r = Evaluate(Complete(2, 1.0m).Neuro(n => n with { PosteriorThighParaesthesiaOrBurning = TriState.Yes }).SymptomWeeks(6));

        var item = Item(r, "AV-03");
        Assert.Equal(Urgency.Urgent, item.Urgency);
        Assert.Contains(item.Details, d => d.Contains("PosteriorThighParaesthesiaOrBurning", StringComparison.Ordinal));
    }

    [Fact]
    public void AV03_does_not_fire_once_a_decision_is_recorded()
    {
        var r = Evaluate(Complete(2, 1.0m, AvulsionSurgicalDecision.NonOperative)
            .Imaging(i => i with { SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.Yes }));

        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("AV-03").Outcome);
    }

    [Fact]
    public void AV04_puts_a_non_operative_decision_after_AV02_criteria_on_the_rehabilitation_pathway()
    {
        var r = Evaluate(Complete(3, 4.0m, AvulsionSurgicalDecision.NonOperative));

        Assert.False(r.Recommends("AV-02"));
        var item = Item(r, "AV-04");
        Assert.Equal(Urgency.Routine, item.Urgency);
        Assert.Equal(ItemCategory.Exercise, item.Category);
    }

    [Theory]
    [InlineData(ActivityLevel.Competitive, Urgency.Soon)]
    [InlineData(ActivityLevel.Professional, Urgency.Soon)]
    [InlineData(ActivityLevel.Recreational, Urgency.Routine)]
    [InlineData(ActivityLevel.Unknown, Urgency.Routine)]
    public void AV04_asks_for_a_soon_surgical_opinion_for_competitive_or_professional_athletes(ActivityLevel level, Urgency urgency)
    {
        var r = Evaluate(Complete(1, 1.0m).Patient(p => p with { ActivityLevel = level }));

        var item = Item(r, "AV-04");
        Assert.Equal(urgency, item.Urgency);
        Assert.Equal(urgency == Urgency.Soon, item.Details.Any(d => d.Contains("surgical opinion", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_operative_decision_stops_every_AV_item()
    {
        var r = Evaluate(Complete(3, 4.0m, AvulsionSurgicalDecision.Operative)
            .Neuro(n => n with { PosteriorThighParaesthesiaOrBurning = TriState.Yes }).SymptomWeeks(30).Pain(p => p with { NrsNow = 6 }));

        foreach (var id in AvItems) Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf(id).Outcome);
    }

    [Theory]
    [InlineData(26, 3, true)]
    [InlineData(25, 3, false)]
    [InlineData(26, 2, false)]
    [InlineData(26, null, false)]
    public void AV05_refers_a_chronic_incomplete_avulsion_with_persisting_pain_after_26_weeks(int weeks, int? nrs, bool fires)
    {
        var r = Evaluate(ChronicPartialTear(weeks, nrs));

        Assert.Equal(Likelihood.Confirmed, r.Dx("DX-05"));
        Assert.Equal(fires, r.Recommends("AV-05"));
        if (fires)
        {
            var item = Item(r, "AV-05");
            Assert.Equal(ItemCategory.SurgicalReferral, item.Category);
            Assert.Contains(item.Details, d => d.StartsWith("SURG-02", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void AV05_does_not_fire_for_a_complete_three_tendon_avulsion()
    {
        var r = Evaluate(Complete(3, 4.0m, AvulsionSurgicalDecision.NonOperative).SymptomWeeks(30).Pain(p => p with { NrsNow = 6 }));

        Assert.False(r.Recommends("AV-05"));
    }

    [Fact]
    public void V05_acute_two_tendon_avulsion_gets_an_urgent_surgical_opinion_and_DNO40()
    {
        var r = Evaluate(Complete(2, 3.0m)
            .Age(47)
            .Patient(p => p with { ActivityLevel = ActivityLevel.Recreational, Sports = [Sport.WaterSkiing] })
            .History(h => h with { PosteriorThighBruising = TriState.Yes, InabilityToSitOrWalkNormally = TriState.Yes })
            .Pain(p => p with { NrsNow = 6 })
            .Tests((ExamTest.AvulsionGap, TestResult.Positive), (ExamTest.Palpation, TestResult.Positive)));

        Assert.Equal(Likelihood.Confirmed, r.Dx("DX-05"));
        var av02 = Item(r, "AV-02");
        Assert.Equal(Urgency.Urgent, av02.Urgency);
        Assert.Contains("shared", av02.ClinicianText, StringComparison.Ordinal);
        Assert.Contains("protect", av02.ClinicianText, StringComparison.Ordinal);
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("AV-03").Outcome);
        Assert.False(r.Recommends("AV-01"));
        Assert.False(r.Recommends("SURG-01"));
        Assert.True(r.Displays("DNO-40"));
        Assert.Equal(Urgency.Urgent, r.OverallUrgency);
    }
}
