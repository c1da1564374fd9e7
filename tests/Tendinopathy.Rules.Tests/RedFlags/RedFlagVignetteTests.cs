using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.RedFlags;

/// <summary>The parts of vignettes V04, V05, V07 and V11 (PATHWAY.md 7) that red flags, alerts, IMG- and MISS- rules decide.</summary>
public sealed class RedFlagVignetteTests
{
    private static PatientCase V04() => CaseBuilder.Sample("v04-cauda-equina").Build();

    private static PatientCase V11() => CaseBuilder.Baseline().Age(68)
        .History(h => h with { SymptomWeeks = 6, LowBackPain = TriState.Yes })
        .Locations(PainLocation.LowerGlutealIschial, PainLocation.LowBack)
        .Aggravators(Aggravator.Sitting)
        .Pain(p => p with { NrsNow = 7, RestOrNightPain = TriState.Yes })
        .RedFlags(f => f with
        {
            CancerHistory = TriState.Yes, UnexplainedWeightLoss = TriState.Yes, NonMechanicalPain = TriState.Yes,
            FirstEpisodeAgedOver50 = TriState.Yes,
        })
        .Tests((ExamTest.Palpation, TestResult.Positive), (ExamTest.PuranenOrava, TestResult.Negative),
               (ExamTest.ModifiedBentKneeStretch, TestResult.Negative));

    [Fact]
    public void V04_cauda_equina_is_emergency_with_only_allowed_items_and_exactly_MISS02_and_MISS12()
    {
        var r = Evaluate(V04());

        Assert.Equal(Urgency.Emergency, r.OverallUrgency);
        Assert.Equal(["RF-01"], r.AlertIds());
        Assert.All(r.Recommendations, x => Assert.True(
            x.Id.StartsWith("ACT-", StringComparison.Ordinal) || x.Id is "IMG-01" or "IMG-02" or "IMG-03" or "IMG-04" || x.SafetyNet
            || x.Category == ItemCategory.MedicationSafety, x.Id));
        Assert.True(r.Recommends("ACT-EMERGENCY-SPINAL"));
        Assert.True(r.Recommends("IMG-01"));
        Assert.Equal(["MISS-02", "MISS-12"], r.MissingIds());
        Assert.False(r.NoRedFlags);
    }

    [Fact]
    public void V05_confirmed_avulsion_raises_AL01_and_records_IMG04_as_already_available()
    {
        var r = Evaluate(Alerts.AlertCases.ConfirmedAvulsion(HamstringModality.Mri, 2, 3.0m)
            .Age(47)
            .History(h => h with { PosteriorThighBruising = TriState.Yes, InabilityToSitOrWalkNormally = TriState.Yes })
            .Tests((ExamTest.AvulsionGap, TestResult.Positive), (ExamTest.Palpation, TestResult.Positive)));

        Assert.Equal(Urgency.Urgent, Assert.Single(r.Alerts, a => a.Id == "AL-01").Urgency);
        Assert.Equal(TraceOutcome.AlreadyAvailable, r.TraceOf("IMG-04").Outcome);
        Assert.False(r.Recommends("IMG-04"));
        Assert.DoesNotContain(r.Alerts, a => a.Kind == AlertKind.RedFlag);
    }

    [Fact]
    public void V07_fluoroquinolone_and_prednisolone_raise_AL02_and_AL04_and_put_ACT_FQ_REVIEW_first()
    {
        var r = Evaluate(CaseBuilder.Baseline().Age(63)
            .SymptomWeeks(1)
            .Locations(PainLocation.LowerGlutealIschial)
            .Aggravators(Aggravator.Sitting, Aggravator.Running)
            .Pain(p => p with { NrsNow = 5, LoadTestNrs = 3, SittingToleranceMinutes = 45 })
            .RedFlags(f => f with { SpinalInfectionRisk = TriState.Yes })
            .Medication(MedicationClass.Fluoroquinolone)
            .Medication(MedicationClass.SystemicCorticosteroid)
            .Tests((ExamTest.Palpation, TestResult.Positive), (ExamTest.PuranenOrava, TestResult.Positive),
                   (ExamTest.BentKneeStretch, TestResult.Positive)));

        Assert.DoesNotContain(r.Alerts, a => a.Kind == AlertKind.RedFlag); // RF-03 needs fever, or RFI-07 with RFI-10
        Assert.Equal(["AL-02", "AL-04"], r.AlertIds());
        Assert.Equal(Urgency.Urgent, r.OverallUrgency);
        Assert.Equal("ACT-FQ-REVIEW", r.Recommendations[0].Id);
    }

    [Fact]
    public void V11_suspected_malignancy_is_urgent_with_specialist_referral_and_IMG02_first()
    {
        var r = Evaluate(V11());

        var alert = Assert.Single(r.Alerts);
        Assert.Equal(("RF-04", Urgency.Urgent), (alert.Id, alert.Urgency));
        Assert.Equal(Urgency.Urgent, r.OverallUrgency);
        Assert.Equal(["ACT-URGENT-SPECIALIST", "IMG-02"], r.Recommendations.Take(2).Select(x => x.Id));
        Assert.Equal(Likelihood.Possible, r.Dx("DX-01"));
        Assert.True(r.Prompts("MISS-11"));
        Assert.False(r.Prompts("MISS-02"));
        Assert.False(r.NoRedFlags);
    }
}
