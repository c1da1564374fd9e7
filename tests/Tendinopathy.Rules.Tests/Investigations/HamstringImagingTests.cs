using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.SymptomRelief.MedicineCases;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Investigations;

/// <summary>IMG-10 (hamstring-origin imaging) and IMG-05 (no imaging needed), PATHWAY.md 3.4, and how each excludes the other.</summary>
public sealed class HamstringImagingTests
{
    private static CaseBuilder PossiblePht() => CaseBuilder.Baseline()
        .Locations(PainLocation.LowerGlutealIschial).Aggravators(Aggravator.Sitting).Test(ExamTest.Palpation, TestResult.Positive);

    private static CaseBuilder WithImaging(CaseBuilder b, HamstringModality modality) =>
        b.Imaging(i => i with
        {
            HamstringModality = modality, HamstringFindings = [HamstringFinding.Tendinosis],
            SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No, QuadratusFemorisOedema = TriState.No,
        });

    [Fact]
    public void IMG05_no_imaging_needed_at_a_first_visit_with_typical_PHT()
    {
        var r = Evaluate(CaseBuilder.TypicalPht());

        var item = Recommended(r, "IMG-05");
        Assert.False(item.IsOrder);
        Assert.Equal(ItemCategory.Investigation, item.Category);
        NotApplicable(r, "IMG-10");
    }

    [Fact]
    public void IMG10_is_recommended_when_DX01_is_only_Possible_and_IMG05_is_then_not_applicable()
    {
        var r = Evaluate(PossiblePht());

        Assert.Equal(Likelihood.Possible, r.Dx("DX-01"));
        Assert.True(Recommended(r, "IMG-10").IsOrder);
        NotApplicable(r, "IMG-05");
    }

    [Fact]
    public void IMG10_is_recommended_before_an_injection_or_shockwave_without_hamstring_imaging_and_IMG05_steps_aside()
    {
        var r = Evaluate(ChronicFailedLoading());

        Assert.Equal(Likelihood.Likely, r.Dx("DX-01"));
        Recommended(r, "INJ-01");
        Recommended(r, "IMG-10");
        NotApplicable(r, "IMG-05");
    }

    [Fact]
    public void IMG10_pre_treatment_branch_needs_INJ01_or_ESWT01_in_recommendations_not_merely_considered()
    {
        var r = Evaluate(ChronicFailedLoading().Comorbidities(m => m with { LocalSkinOrSoftTissueInfectionAtSite = true }));

        Considered(r, "INJ-01");
        Considered(r, "ESWT-01");
        NotApplicable(r, "IMG-10");
        Assert.False(Recommended(r, "IMG-05").IsOrder);
    }

    [Fact]
    public void IMG10_fires_with_only_ESWT01_recommended()
    {
        var r = Evaluate(ChronicFailedLoading().Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 30));

        Considered(r, "INJ-01");
        Recommended(r, "ESWT-01");
        Recommended(r, "IMG-10");
    }

    [Fact]
    public void IMG10_after_12_weeks_of_failed_loading_with_only_an_ultrasound_is_recommended()
    {
        var r = Evaluate(WithImaging(CaseBuilder.TypicalPht().SymptomWeeks(20).FailedLoading(12), HamstringModality.Ultrasound));
        Recommended(r, "IMG-10");
        NotApplicable(r, "IMG-05");
    }

    [Fact]
    public void IMG10_with_a_hamstring_MRI_already_recorded_is_AlreadyAvailable()
    {
        var r = Evaluate(V06());

        Assert.Equal(TraceOutcome.AlreadyAvailable, r.TraceOf("IMG-10").Outcome);
        Assert.False(r.Recommends("IMG-10"));
        NotApplicable(r, "IMG-05");
    }

    [Fact]
    public void IMG10_uncertain_diagnosis_with_an_MRI_is_AlreadyAvailable()
    {
        var r = Evaluate(PossiblePht().Imaging(i => i with
        {
            HamstringModality = HamstringModality.Mri, SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No, QuadratusFemorisOedema = TriState.No,
        }));

        Assert.Equal(Likelihood.Possible, r.Dx("DX-01"));
        Assert.Equal(TraceOutcome.AlreadyAvailable, r.TraceOf("IMG-10").Outcome);
    }

    [Fact]
    public void IMG10_pre_treatment_branch_does_not_fire_when_an_ultrasound_is_recorded()
    {
        var r = Evaluate(WithImaging(ChronicFailedLoading(), HamstringModality.Ultrasound));

        Assert.Equal(Likelihood.Likely, r.Dx("DX-01"));
        Recommended(r, "INJ-01");
        NotApplicable(r, "IMG-10");
        NotApplicable(r, "IMG-05");
    }

    [Fact]
    public void IMG05_is_not_applicable_at_a_follow_up_with_an_active_programme()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().FollowUp(f => f with { CurrentPhase = LoadingPhase.P2 }));
        NotApplicable(r, "IMG-05");
    }

    [Fact]
    public void IMG05_is_not_applicable_when_a_red_flag_fired()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().RedFlags(f => f with { SignificantTrauma = TriState.Yes }));
        NotApplicable(r, "IMG-05");
    }

    [Fact]
    public void V09h_two_hold_or_regress_decisions_make_INJ01_ESWT01_and_IMG10_eligible_and_IMG05_absent()
    {
        var r = Evaluate(Tests.Diagnosis.DiagnosisTests.V01().SymptomWeeks(16)
            .Scores(s => s with { VisaH = 66, VisaHBaseline = 52 })
            .FailedLoading(6, TreatmentResponse.ImprovedSufficient)
            .FollowUp(f => f with
            {
                VisitNumber = 4, CurrentPhase = LoadingPhase.P2, WeeksInPhase = 4, SessionsAtCurrentLoad = 12,
                WeeklyTrend = WeeklyTrend.Improving, PhaseExitCriteriaMet = TriState.Yes, LoadTestBaselineNrs = 2,
                PainDuringLoadingNrs = 4, LoadTestNextMorningNrs = 3, AtLowestLevelOfPhase = TriState.No,
                PreviousDecisions = [LoadingDecisionKind.Hold, LoadingDecisionKind.Regress], WeeksOfStructuredLoading = 6,
            }));

        Recommended(r, "INJ-01");
        Recommended(r, "ESWT-01");
        Recommended(r, "IMG-10");
        NotApplicable(r, "IMG-05");
        ReasonCodes(r, "INJ-02", "INSUFFICIENT_EVIDENCE");
    }
}
