using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Sciatica.SciaticaCases;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Escalation;

/// <summary>ESC-02, ESC-04…ESC-07 (PATHWAY.md 4.12), the order-independent "most recent entry" (2.8) and SAFE-17.</summary>
public sealed class EscalationTests
{
    private static CaseBuilder Pht() => CaseBuilder.TypicalPht().SymptomWeeks(20);

    private static CaseBuilder WithTreatments(CaseBuilder b, params PriorTreatment[] treatments) =>
        b.With(c => c with { PriorTreatments = treatments });

    [Theory]
    [InlineData(6, TreatmentResponse.ImprovedInsufficient, true)]
    [InlineData(5, TreatmentResponse.ImprovedInsufficient, false)]
    [InlineData(8, TreatmentResponse.NoChange, true)]
    [InlineData(8, TreatmentResponse.Worse, true)]
    [InlineData(8, TreatmentResponse.ImprovedSufficient, false)]
    [InlineData(8, TreatmentResponse.Unknown, false)]
    public void ESC02_fires_after_6_weeks_of_loading_whose_most_recent_response_failed(int weeks, TreatmentResponse response, bool fires)
    {
        var r = Evaluate(Pht().FailedLoading(weeks, response));

        Assert.Equal(fires, r.Recommends("ESC-02"));
        if (fires) Assert.Equal(ItemCategory.FollowUp, Assert.Single(r.Recommendations, x => x.Id == "ESC-02").Category);
    }

    [Theory]
    [InlineData(45, true)]
    [InlineData(48, false)]
    public void ESC02_fires_when_VISA_H_improved_by_less_than_the_meaningful_change(int visaH, bool fires)
    {
        var r = Evaluate(Pht().FailedLoading(8, TreatmentResponse.ImprovedSufficient).Scores(s => s with { VisaH = visaH, VisaHBaseline = 38 }));

        Assert.Equal(fires, r.Recommends("ESC-02"));
    }

    [Theory]
    [InlineData(WeeklyTrend.Stable, true)]
    [InlineData(WeeklyTrend.Worsening, true)]
    [InlineData(WeeklyTrend.Improving, false)]
    public void ESC02_reads_the_follow_up_loading_weeks_and_weekly_trend(WeeklyTrend trend, bool fires)
    {
        var r = Evaluate(Pht().FollowUp(f => f with { CurrentPhase = LoadingPhase.P2, WeeksOfStructuredLoading = 6, WeeklyTrend = trend }));

        Assert.Equal(fires, r.Recommends("ESC-02"));
    }

    [Fact]
    public void ESC02_reads_the_entry_with_the_smallest_WeeksAgoEnded()
    {
        var r = Evaluate(WithTreatments(Pht(),
            Treatment(TreatmentType.StructuredLoading, 6, TreatmentResponse.NoChange, weeksAgoEnded: 10),
            Treatment(TreatmentType.StructuredLoading, 4, TreatmentResponse.ImprovedSufficient, weeksAgoEnded: 1)));

        Assert.False(r.Recommends("ESC-02"));
    }

    [Fact]
    public void ESC02_resolves_ties_by_the_worst_response_whatever_the_list_order()
    {
        var sufficient = Treatment(TreatmentType.StructuredLoading, 4, TreatmentResponse.ImprovedSufficient);
        var failed = Treatment(TreatmentType.StructuredLoading, 4, TreatmentResponse.NoChange);

        Assert.True(Evaluate(WithTreatments(Pht(), sufficient, failed)).Recommends("ESC-02"));
        Assert.True(Evaluate(WithTreatments(Pht(), failed, sufficient)).Recommends("ESC-02"));
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public void ESC04_fires_from_12_weeks_of_failed_conservative_care(int weeks, bool fires)
    {
        var r = Evaluate(Pht().FailedLoading(weeks));

        Assert.Equal(fires, r.Recommends("ESC-04"));
    }

    [Fact]
    public void ESC04_does_not_count_poorly_adhered_loading()
    {
        Assert.False(Evaluate(Pht().FailedLoading(20, adherence: Adherence.Poor)).Recommends("ESC-04"));
    }

    [Theory]
    [InlineData(25, false)]
    [InlineData(26, true)]
    public void ESC05_recommends_a_surgical_opinion_from_26_weeks_of_failed_conservative_care(int weeks, bool fires)
    {
        var r = Evaluate(Pht().FailedLoading(weeks));

        Assert.Equal(fires, r.Recommends("ESC-05"));
        if (fires)
        {
            var item = Assert.Single(r.Recommendations, x => x.Id == "ESC-05");
            Assert.Equal(ItemCategory.SurgicalReferral, item.Category);
            Assert.Equal("Recommend", item.Strength);
        }
    }

    [Fact]
    public void Escalations_are_monotone_in_failed_conservative_weeks()
    {
        static HashSet<string> Escalations(int weeks) => Evaluate(Pht()
                .Imaging(i => i with
                {
                    HamstringModality = HamstringModality.Mri, HamstringFindings = [HamstringFinding.Tendinosis],
                    SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No, QuadratusFemorisOedema = TriState.No,
                })
                .FailedLoading(weeks))
            .RecommendationIds().Where(id => id.StartsWith("ESC-", StringComparison.Ordinal) || id.StartsWith("SURG-", StringComparison.Ordinal))
            .ToHashSet();

        var previous = Escalations(0);
        for (var w = 1; w <= 40; w++)
        {
            var current = Escalations(w);
            Assert.True(previous.IsSubsetOf(current), $"{w - 1} → {w}: lost {string.Join(",", previous.Except(current))}");
            previous = current;
        }
        Assert.Superset(new HashSet<string> { "ESC-02", "ESC-04", "ESC-05", "SURG-01" }, previous);
    }

    [Fact]
    public void ESC06_refers_sciatica_whose_leg_pain_is_not_tolerable_at_any_duration()
    {
        var r = Evaluate(PossibleSciatica(1).Pain(p => p with { LegPainTolerable = TriState.No }));

        var item = Assert.Single(r.Recommendations, x => x.Id == "ESC-06");
        Assert.Equal(ItemCategory.Referral, item.Category);
        Assert.False(Evaluate(PossibleSciatica(1).Pain(p => p with { LegPainTolerable = TriState.Yes })).Recommends("ESC-06"));
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(5, false)]
    public void ESC06_refers_sciatica_not_improving_after_6_weeks_of_documented_care(int weeks, bool fires)
    {
        var r = Evaluate(PossibleSciatica(weeks).PriorTreatment(Treatment(TreatmentType.GeneralPhysiotherapy, 4, TreatmentResponse.NoChange)));

        Assert.Equal(fires, r.Recommends("ESC-06"));
    }

    [Fact]
    public void ESC06_resolves_ties_by_the_worst_response_whatever_the_list_order()
    {
        var improved = Treatment(TreatmentType.EducationLoadManagement, 4, TreatmentResponse.Resolved, weeksAgoEnded: 2);
        var worse = Treatment(TreatmentType.NsaidOral, 2, TreatmentResponse.Worse, weeksAgoEnded: 2);
        var older = Treatment(TreatmentType.GeneralPhysiotherapy, 6, TreatmentResponse.ImprovedSufficient, weeksAgoEnded: 8);

        Assert.True(Evaluate(WithTreatments(PossibleSciatica(10), improved, worse, older)).Recommends("ESC-06"));
        Assert.True(Evaluate(WithTreatments(PossibleSciatica(10), older, worse, improved)).Recommends("ESC-06"));
    }

    [Fact]
    public void ESC06_reads_only_the_most_recent_documented_non_surgical_treatment()
    {
        var recentGood = Treatment(TreatmentType.GeneralPhysiotherapy, 4, TreatmentResponse.ImprovedSufficient, weeksAgoEnded: 1);
        var olderFailed = Treatment(TreatmentType.GeneralPhysiotherapy, 6, TreatmentResponse.NoChange, weeksAgoEnded: 8);
        var undocumentedFailed = Treatment(TreatmentType.NsaidOral, 2, TreatmentResponse.Worse, documented: false);
        var injection = Treatment(TreatmentType.EpiduralInjection, 0, TreatmentResponse.NoChange);

        Assert.False(Evaluate(WithTreatments(PossibleSciatica(10), recentGood, olderFailed, undocumentedFailed, injection)).Recommends("ESC-06"));
        Assert.True(Evaluate(WithTreatments(PossibleSciatica(10), olderFailed, undocumentedFailed)).Recommends("ESC-06"));
    }

    [Theory]
    [InlineData(WeeklyTrend.Stable, true)]
    [InlineData(WeeklyTrend.Worsening, true)]
    [InlineData(WeeklyTrend.Improving, false)]
    public void ESC06_refers_sciatica_whose_follow_up_trend_is_not_improving(WeeklyTrend trend, bool fires)
    {
        var r = Evaluate(PossibleSciatica(8).FollowUp(f => f with { CurrentPhase = LoadingPhase.None, WeeklyTrend = trend }));

        Assert.Equal(fires, r.Recommends("ESC-06"));
    }

    [Fact]
    public void ESC06_is_not_applicable_with_a_red_flag_because_no_RF_is_its_own_condition()
    {
        var r = Evaluate(PossibleSciatica(1).Pain(p => p with { LegPainTolerable = TriState.No }).WithUrgentRedFlag());

        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("ESC-06").Outcome);
    }

    [Theory]
    [InlineData(12, true)]
    [InlineData(11, false)]
    public void ESC07_refers_deep_gluteal_syndrome_for_a_decompression_opinion_after_12_weeks_of_failed_care(int weeks, bool fires)
    {
        var r = Evaluate(DeepGluteal.DeepGlutealTests.PossibleDeepGlutealSyndrome(20)
            .PriorTreatment(Treatment(TreatmentType.GeneralPhysiotherapy, weeks, TreatmentResponse.NoChange)));

        Assert.Equal(fires, r.Recommends("ESC-07"));
        if (fires)
        {
            var item = Assert.Single(r.Recommendations, x => x.Id == "ESC-07");
            Assert.Equal(ItemCategory.SurgicalReferral, item.Category);
            Assert.Contains(item.Details, d => d.StartsWith("SURG-03", StringComparison.Ordinal));
        }
    }
}
