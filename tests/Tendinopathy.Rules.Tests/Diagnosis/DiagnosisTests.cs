using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Diagnosis;

/// <summary>DX-01…DX-07 (PATHWAY.md 3.3): each diagnosis at each likelihood, and the criteria statuses of V01, V03 and V10.</summary>
public sealed class DiagnosisTests
{
    private static readonly (ExamTest, TestResult) Palp = (ExamTest.Palpation, TestResult.Positive);

    internal static CaseBuilder V01() => CaseBuilder.Sample("v01-pure-pht");

    internal static CaseBuilder V03() => CaseBuilder.Sample("v03-lumbar-radiculopathy");

    internal static CaseBuilder V10() => CaseBuilder.Sample("v10-deep-gluteal");

    [Fact]
    public void V01_pure_PHT_is_DX01_Likely_with_the_specified_criterion_statuses()
    {
        var r = Evaluate(V01());
        Assert.Equal(Likelihood.Likely, r.Dx("DX-01"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-02"));
        Assert.Equal(Likelihood.NotEvaluated, r.Dx("DX-03"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-04"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-05"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-06"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-07"));

        foreach (var id in new[] { "C-PHT-1", "C-PHT-2", "C-PHT-3", "C-PHT-4", "C-PHT-5" }) Assert.Equal(CriterionStatus.Met, r.Criterion("DX-01", id));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-01", "C-PHT-6"));
        Assert.Equal(CriterionStatus.NotMet, r.Criterion("DX-01", "C-PHT-X"));
        foreach (var id in new[] { "C-LRP-1", "C-LRP-2", "C-LRP-3", "C-LRP-6" }) Assert.Equal(CriterionStatus.NotMet, r.Criterion("DX-02", id));
        foreach (var id in new[] { "C-LRP-4", "C-LRP-5", "C-LRP-N" }) Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-02", id));
        Assert.Equal(CriterionStatus.NotMet, r.Criterion("DX-04", "C-HS-1"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-04", "C-HS-2"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-04", "C-HS-3"));
        Assert.Equal(CriterionStatus.NotMet, r.Criterion("DX-05", "C-AV-1"));
        Assert.Equal(CriterionStatus.NotMet, r.Criterion("DX-05", "C-AV-2"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-05", "C-AV-3"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-05", "C-AV-4"));
        Assert.Equal(CriterionStatus.Met, r.Criterion("DX-06", "C-IFI-1"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-06", "C-IFI-2"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-06", "C-IFI-3"));
        Assert.Empty(r.Diagnoses.Single(d => d.Id == "DX-03").Criteria);
        Assert.Empty(r.Diagnoses.Single(d => d.Id == "DX-07").Criteria);
    }

    [Fact]
    public void V03_radiculopathy_is_DX02_Likely_and_DX01_excluded_by_C_PHT_X()
    {
        var r = Evaluate(V03());
        Assert.Equal(Likelihood.Likely, r.Dx("DX-02"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-01"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-03"));
        Assert.Equal(Likelihood.NotEvaluated, r.Dx("DX-04"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-05"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-06"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-07"));

        foreach (var id in new[] { "C-LRP-1", "C-LRP-2", "C-LRP-3", "C-LRP-5", "C-LRP-6" }) Assert.Equal(CriterionStatus.Met, r.Criterion("DX-02", id));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-02", "C-LRP-4"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-02", "C-LRP-N"));
        foreach (var id in new[] { "C-PHT-1", "C-PHT-2", "C-PHT-5", "C-PHT-X" }) Assert.Equal(CriterionStatus.Met, r.Criterion("DX-01", id));
        Assert.Equal(CriterionStatus.NotMet, r.Criterion("DX-01", "C-PHT-3"));
        Assert.Equal(CriterionStatus.NotMet, r.Criterion("DX-01", "C-PHT-4"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-01", "C-PHT-6"));
        Assert.Equal(CriterionStatus.Met, r.Criterion("DX-03", "C-DGS-1"));
        Assert.Equal(CriterionStatus.Met, r.Criterion("DX-03", "C-DGS-2"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-03", "C-DGS-3"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-03", "C-DGS-4"));
        Assert.Equal(CriterionStatus.NotMet, r.Criterion("DX-03", "C-DGS-5"));
        Assert.Equal(CriterionStatus.Met, r.Criterion("DX-05", "C-AV-1"));
        Assert.Equal(CriterionStatus.NotMet, r.Criterion("DX-05", "C-AV-2"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-05", "C-AV-3"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-05", "C-AV-4"));
        Assert.Equal(CriterionStatus.Met, r.Criterion("DX-06", "C-IFI-1"));
        Assert.Empty(r.Diagnoses.Single(d => d.Id == "DX-04").Criteria);
    }

    [Fact]
    public void V10_deep_gluteal_syndrome_is_DX03_Possible_and_DX02_capped_at_Possible_by_C_LRP_N()
    {
        var r = Evaluate(V10());
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-01"));
        Assert.Equal(Likelihood.Possible, r.Dx("DX-03"));
        Assert.Equal(Likelihood.Possible, r.Dx("DX-02"));
        Assert.Equal(Likelihood.NotEvaluated, r.Dx("DX-04"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-05"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-06"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-07"));

        foreach (var id in new[] { "C-LRP-1", "C-LRP-2", "C-LRP-N" }) Assert.Equal(CriterionStatus.Met, r.Criterion("DX-02", id));
        foreach (var id in new[] { "C-LRP-3", "C-LRP-4", "C-LRP-5", "C-LRP-6" }) Assert.Equal(CriterionStatus.NotMet, r.Criterion("DX-02", id));
        Assert.Equal(CriterionStatus.Met, r.Criterion("DX-01", "C-PHT-2"));
        Assert.Equal(CriterionStatus.Met, r.Criterion("DX-01", "C-PHT-5"));
        Assert.Equal(CriterionStatus.NotMet, r.Criterion("DX-01", "C-PHT-1"));
        Assert.Equal(CriterionStatus.NotMet, r.Criterion("DX-01", "C-PHT-3"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-01", "C-PHT-4"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-01", "C-PHT-6"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-01", "C-PHT-X"));
        foreach (var id in new[] { "C-DGS-1", "C-DGS-2", "C-DGS-3", "C-DGS-5" }) Assert.Equal(CriterionStatus.Met, r.Criterion("DX-03", id));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-03", "C-DGS-4"));
        Assert.Equal(CriterionStatus.NotMet, r.Criterion("DX-05", "C-AV-1"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-05", "C-AV-2"));
        Assert.Equal(CriterionStatus.NotMet, r.Criterion("DX-06", "C-IFI-1"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-06", "C-IFI-2"));
    }

    // ---- DX-01 ----

    [Fact]
    public void DX01_is_Possible_when_location_and_aggravator_with_palpation_only()
    {
        var r = Evaluate(CaseBuilder.Baseline().Locations(PainLocation.LowerGlutealIschial).Aggravators(Aggravator.Sitting).Tests(Palp));
        Assert.Equal(Likelihood.Possible, r.Dx("DX-01"));
    }

    [Fact]
    public void DX01_is_Possible_when_palpation_and_provocation_were_not_performed()
    {
        var r = Evaluate(CaseBuilder.Baseline().Locations(PainLocation.LowerGlutealIschial).Aggravators(Aggravator.Sitting));
        Assert.Equal(Likelihood.Possible, r.Dx("DX-01"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-01", "C-PHT-3"));
    }

    [Fact]
    public void DX01_is_Unlikely_without_an_aggravator()
    {
        var r = Evaluate(CaseBuilder.Baseline().Locations(PainLocation.LowerGlutealIschial).Tests(Palp));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-01"));
    }

    [Fact]
    public void DX01_is_Likely_on_imaging_with_palpation_even_when_onset_unknown()
    {
        var r = Evaluate(CaseBuilder.Baseline()
            .History(h => h with { Onset = Onset.Unknown })
            .Locations(PainLocation.LowerGlutealIschial).Aggravators(Aggravator.Running).Tests(Palp)
            .Imaging(i => i with { HamstringModality = HamstringModality.Ultrasound, HamstringFindings = [HamstringFinding.Tendinosis] }));
        Assert.Equal(Likelihood.Likely, r.Dx("DX-01"));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-01", "C-PHT-5"));
    }

    [Fact]
    public void DX01_is_Unlikely_when_an_avulsion_is_confirmed()
    {
        var r = Evaluate(CaseBuilder.TypicalPht()
            .History(h => h with { Onset = Onset.Acute, SymptomWeeks = 1, Mechanism = InjuryMechanism.FallIntoSplits })
            .Imaging(i => i with { HamstringModality = HamstringModality.Mri, HamstringFindings = [HamstringFinding.PartialTearHighGrade] }));
        Assert.Equal(Likelihood.Confirmed, r.Dx("DX-05"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-01"));
    }

    [Fact]
    public void DX01_exclusion_is_Unknown_not_Met_when_a_provocation_test_was_not_performed()
    {
        var r = Evaluate(CaseBuilder.Baseline().Locations(PainLocation.LowerGlutealIschial).Aggravators(Aggravator.Sitting)
            .Tests((ExamTest.Palpation, TestResult.Negative), (ExamTest.PuranenOrava, TestResult.Negative),
                   (ExamTest.BentKneeStretch, TestResult.Negative), (ExamTest.ModifiedBentKneeStretch, TestResult.Negative)));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-01", "C-PHT-X"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-01"));
    }

    // ---- DX-02 ----

    [Fact]
    public void DX02_is_Possible_with_radiation_and_cough_aggravation_only()
    {
        var r = Evaluate(CaseBuilder.Baseline().Neuro(n => n with { RadiatingBelowKnee = TriState.Yes }).Aggravators(Aggravator.CoughSneezeStrain));
        Assert.Equal(Likelihood.Possible, r.Dx("DX-02"));
    }

    [Fact]
    public void DX02_is_Likely_with_a_concordant_lumbar_MRI()
    {
        var r = Evaluate(CaseBuilder.Baseline().Locations(PainLocation.BelowKnee)
            .Lumbar(l => l with { NerveRootCompression = TriState.Yes, ConcordantWithSymptoms = TriState.Yes, CentralCanalStenosis = TriState.No,
                                  CaudaEquinaCompression = TriState.No, SuspiciousLesion = TriState.No }));
        Assert.Equal(Likelihood.Likely, r.Dx("DX-02"));
    }

    [Fact]
    public void DX02_is_Unlikely_without_radiation_or_neural_signs()
    {
        Assert.Equal(Likelihood.Unlikely, Evaluate(CaseBuilder.TypicalPht()).Dx("DX-02"));
    }

    [Fact]
    public void DX02_treats_unknown_radiation_as_not_met()
    {
        var r = Evaluate(CaseBuilder.Baseline().Neuro(n => n with { RadiatingBelowKnee = TriState.Unknown })
            .Tests((ExamTest.CrossedStraightLegRaise, TestResult.Positive)));
        Assert.Equal(CriterionStatus.Unknown, r.Criterion("DX-02", "C-LRP-1"));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-02"));
    }

    // ---- DX-03 ----

    [Fact]
    public void DX03_is_Likely_with_positive_piriformis_test_and_pelvic_MRI_entrapment()
    {
        var r = Evaluate(CaseBuilder.Baseline().Locations(PainLocation.DeepButtockSciaticNotch).Aggravators(Aggravator.Driving)
            .Tests((ExamTest.SeatedPiriformisStretch, TestResult.Positive))
            .Imaging(i => i with { PelvicMriSciaticNerve = PelvicMriSciaticNerve.EntrapmentOrSignalChange }));
        Assert.Equal(Likelihood.Likely, r.Dx("DX-03"));
    }

    [Fact]
    public void DX03_is_not_evaluated_when_PHT_is_possible()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().Tests((ExamTest.SeatedPiriformisStretch, TestResult.Positive)));
        Assert.Equal(Likelihood.NotEvaluated, r.Dx("DX-03"));
        Assert.Empty(r.Diagnoses.Single(d => d.Id == "DX-03").Criteria);
    }

    [Fact]
    public void DX03_sitting_tolerance_below_threshold_meets_C_DGS_2()
    {
        var r = Evaluate(CaseBuilder.Baseline().Locations(PainLocation.DeepButtockSciaticNotch).Pain(p => p with { SittingToleranceMinutes = 29 })
            .Tests((ExamTest.ActivePiriformis, TestResult.Positive)));
        Assert.Equal(CriterionStatus.Met, r.Criterion("DX-03", "C-DGS-2"));
        Assert.Equal(Likelihood.Possible, r.Dx("DX-03"));
        var atThreshold = Evaluate(CaseBuilder.Baseline().Locations(PainLocation.DeepButtockSciaticNotch).Pain(p => p with { SittingToleranceMinutes = 30 })
            .Tests((ExamTest.ActivePiriformis, TestResult.Positive)));
        Assert.Equal(CriterionStatus.NotMet, atThreshold.Criterion("DX-03", "C-DGS-2"));
        Assert.Equal(Likelihood.Unlikely, atThreshold.Dx("DX-03"));
    }

    // ---- DX-04 ----

    [Fact]
    public void DX04_is_Likely_with_PHT_Likely_nerve_signal_change_and_thigh_burning()
    {
        var r = Evaluate(CaseBuilder.TypicalPht()
            .Neuro(n => n with { PosteriorThighParaesthesiaOrBurning = TriState.Yes })
            .Imaging(i => i with { HamstringModality = HamstringModality.Mri, HamstringFindings = [HamstringFinding.Tendinosis],
                                   SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.Yes, QuadratusFemorisOedema = TriState.No }));
        Assert.Equal(Likelihood.Likely, r.Dx("DX-01"));
        Assert.Equal(Likelihood.Likely, r.Dx("DX-04"));
    }

    [Fact]
    public void DX04_is_Possible_with_one_neural_criterion()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().Tests((ExamTest.Slump, TestResult.Positive)));
        Assert.Equal(Likelihood.Possible, r.Dx("DX-04"));
    }

    [Fact]
    public void DX04_is_not_evaluated_and_dual_pathology_reported_when_DX02_is_Likely()
    {
        var r = Evaluate(V03().Tests(Palp, (ExamTest.PuranenOrava, TestResult.Positive)));
        Assert.Equal(Likelihood.Likely, r.Dx("DX-02"));
        Assert.True(r.Dx("DX-01") >= Likelihood.Possible);
        Assert.Equal(Likelihood.NotEvaluated, r.Dx("DX-04"));
    }

    // ---- DX-05 ----

    [Fact]
    public void DX05_is_Likely_after_acute_onset_with_a_pop_and_no_MRI()
    {
        var r = Evaluate(CaseBuilder.Baseline().History(h => h with { Onset = Onset.Acute, SymptomWeeks = 1, PopFelt = TriState.Yes }));
        Assert.Equal(Likelihood.Likely, r.Dx("DX-05"));
    }

    [Fact]
    public void DX05_is_Possible_after_acute_onset_with_a_typical_mechanism_only()
    {
        var r = Evaluate(CaseBuilder.Baseline().History(h => h with
        {
            Onset = Onset.Acute, SymptomWeeks = 1, Mechanism = InjuryMechanism.SuddenHipFlexionKneeExtended,
        }));
        Assert.Equal(Likelihood.Possible, r.Dx("DX-05"));
    }

    [Fact]
    public void DX05_is_ruled_out_by_an_MRI_without_a_tear()
    {
        var r = Evaluate(CaseBuilder.Baseline()
            .History(h => h with { Onset = Onset.Acute, SymptomWeeks = 1, PopFelt = TriState.Yes })
            .Imaging(i => i with { HamstringModality = HamstringModality.Mri, HamstringFindings = [HamstringFinding.Tendinosis],
                                   SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No, QuadratusFemorisOedema = TriState.No }));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-05"));
        Assert.Equal(CriterionStatus.NotMet, r.Criterion("DX-05", "C-AV-4"));
    }

    [Fact]
    public void DX05_confirmed_reports_tendon_count_retraction_and_acuity()
    {
        var r = Evaluate(CaseBuilder.Baseline()
            .History(h => h with { Onset = Onset.Acute, SymptomWeeks = 1, Mechanism = InjuryMechanism.SuddenHipFlexionKneeExtended })
            .Imaging(i => i with { HamstringModality = HamstringModality.Mri, HamstringFindings = [HamstringFinding.CompleteAvulsion],
                                   AvulsedTendonCount = 2, RetractionCm = 3.0m, SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No }));
        var dx = r.Diagnoses.Single(d => d.Id == "DX-05");
        Assert.Equal(Likelihood.Confirmed, dx.Likelihood);
        Assert.Contains(dx.Details, d => d.Field == "Imaging.AvulsedTendonCount" && d.Value == "2");
        Assert.Contains(dx.Details, d => d.Field == "Imaging.RetractionCm" && d.Value == "3.0");
        Assert.Contains(dx.Details, d => d.Field == "Timing" && d.Value == "acute");
    }

    // ---- DX-06 ----

    [Fact]
    public void DX06_is_Possible_on_location_and_long_stride_test()
    {
        var r = Evaluate(CaseBuilder.Baseline().Locations(PainLocation.LateralToIschium).Tests((ExamTest.LongStrideWalking, TestResult.Positive)));
        Assert.Equal(Likelihood.Possible, r.Dx("DX-06"));
    }

    [Fact]
    public void DX06_is_Likely_with_a_narrow_ischiofemoral_space()
    {
        var r = Evaluate(CaseBuilder.Baseline().Locations(PainLocation.LateralToIschium).Aggravators(Aggravator.LongStrideWalking)
            .Imaging(i => i with { HamstringModality = HamstringModality.Mri, IschiofemoralSpaceMm = 12,
                                   SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No, QuadratusFemorisOedema = TriState.No }));
        Assert.Equal(Likelihood.Likely, r.Dx("DX-06"));
    }

    // ---- DX-07 ----

    [Fact]
    public void DX07_fires_when_nothing_reaches_Possible_and_no_red_flag()
    {
        var r = Evaluate(CaseBuilder.Baseline().Locations(PainLocation.LowerGlutealIschial));
        Assert.Equal(Likelihood.Possible, r.Dx("DX-07"));
    }

    [Fact]
    public void DX07_does_not_fire_when_a_red_flag_fired()
    {
        var r = Evaluate(CaseBuilder.Baseline().Locations(PainLocation.LowerGlutealIschial).RedFlags(f => f with { SaddleAnaesthesia = TriState.Yes }));
        Assert.Equal(Likelihood.Unlikely, r.Dx("DX-07"));
    }

    [Fact]
    public void DX07_does_not_fire_when_PHT_is_possible()
    {
        Assert.Equal(Likelihood.Unlikely, Evaluate(CaseBuilder.TypicalPht()).Dx("DX-07"));
    }

    [Fact]
    public void Every_evaluation_reports_each_diagnosis_exactly_once_in_ID_order()
    {
        var r = Evaluate(V10());
        Assert.Equal(new[] { "DX-01", "DX-02", "DX-03", "DX-04", "DX-05", "DX-06", "DX-07" }, r.Diagnoses.Select(d => d.Id));
    }
}
