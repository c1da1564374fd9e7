using Tendinopathy.Rules.Tests.Alerts;
using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.MissingInformation;

/// <summary>MISS- prompts that read the working diagnoses.</summary>
public sealed class DiagnosisPromptTests
{
    private static IReadOnlyList<string> Fields(PathwayResult r, string id, MissingInformationPriority priority)
    {
        var prompt = Assert.Single(r.MissingInformation, m => m.Id == id);
        Assert.Equal(priority, prompt.Priority);
        return prompt.Fields;
    }

    private static CaseBuilder IschialPainWithoutTests() => CaseBuilder.Baseline()
        .Locations(PainLocation.LowerGlutealIschial)
        .Aggravators(Aggravator.Sitting);

    private static CaseBuilder AcuteTypicalMechanism() => CaseBuilder.Baseline()
        .History(h => h with { Onset = Onset.Acute, Mechanism = InjuryMechanism.FallIntoSplits })
        .SymptomWeeks(1);

    [Fact]
    public void Typical_PHT_with_VISA_H_raises_no_prompt()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().Scores(s => s with { VisaH = 52 }));

        Assert.Empty(r.MissingInformation);
    }

    [Fact]
    public void MISS02_names_palpation_and_every_provocation_test_when_none_was_performed()
    {
        var r = Evaluate(IschialPainWithoutTests());

        Assert.Equal(
            ["Examination.Palpation", "Examination.PuranenOrava", "Examination.BentKneeStretch",
             "Examination.ModifiedBentKneeStretch", "Examination.SingleLegBridge"],
            Fields(r, "MISS-02", MissingInformationPriority.Medium));
    }

    [Fact]
    public void MISS02_names_only_palpation_when_a_provocation_test_was_performed()
    {
        var r = Evaluate(IschialPainWithoutTests().Test(ExamTest.PuranenOrava, TestResult.Negative));

        Assert.Equal(["Examination.Palpation"], Fields(r, "MISS-02", MissingInformationPriority.Medium));
    }

    [Fact]
    public void MISS02_fires_when_palpation_was_done_but_no_provocation_test()
    {
        // V04: EX-PALP positive, EX-PO, EX-BKS, EX-MBKS and EX-SLB not performed.
        var r = Evaluate(IschialPainWithoutTests().Test(ExamTest.Palpation, TestResult.Positive));

        Assert.Equal(
            ["Examination.PuranenOrava", "Examination.BentKneeStretch", "Examination.ModifiedBentKneeStretch", "Examination.SingleLegBridge"],
            Fields(r, "MISS-02", MissingInformationPriority.Medium));
    }

    [Fact]
    public void MISS02_is_silent_when_palpation_and_one_provocation_test_were_performed()
    {
        var r = Evaluate(IschialPainWithoutTests()
            .Tests((ExamTest.Palpation, TestResult.Negative), (ExamTest.SingleLegBridge, TestResult.Negative)));

        Assert.False(r.Prompts("MISS-02"));
    }

    [Fact]
    public void MISS02_is_silent_without_ischial_pain()
    {
        var r = Evaluate(CaseBuilder.Baseline().Locations(PainLocation.LowBack));

        Assert.False(r.Prompts("MISS-02"));
    }

    [Fact]
    public void MISS02_is_silent_when_an_avulsion_is_likely()
    {
        var r = Evaluate(AlertCases.SuspectedAvulsion());

        Assert.Equal(Likelihood.Likely, r.Dx("DX-05"));
        Assert.False(r.Prompts("MISS-02"));
    }

    [Fact]
    public void MISS03_names_straight_leg_raise_and_slump_for_radiating_leg_pain()
    {
        var r = Evaluate(CaseBuilder.Baseline().Neuro(n => n with { RadiatingBelowKnee = TriState.Yes }));

        Assert.Equal(["Examination.StraightLegRaise", "Examination.Slump"], Fields(r, "MISS-03", MissingInformationPriority.Medium));
    }

    [Fact]
    public void MISS03_fires_for_posterior_thigh_burning()
    {
        var r = Evaluate(CaseBuilder.Baseline().Neuro(n => n with { PosteriorThighParaesthesiaOrBurning = TriState.Yes }));

        Assert.True(r.Prompts("MISS-03"));
    }

    [Fact]
    public void MISS03_is_silent_when_the_slump_test_was_performed()
    {
        var r = Evaluate(CaseBuilder.Baseline()
            .Neuro(n => n with { RadiatingBelowKnee = TriState.Yes })
            .Test(ExamTest.Slump, TestResult.Negative));

        Assert.False(r.Prompts("MISS-03"));
    }

    [Fact]
    public void MISS03_is_silent_without_neural_leg_symptoms()
    {
        var r = Evaluate(CaseBuilder.Baseline());

        Assert.False(r.Prompts("MISS-03"));
    }

    [Fact]
    public void MISS08_names_the_palpable_gap_after_an_acute_injury_with_a_typical_mechanism()
    {
        var r = Evaluate(AcuteTypicalMechanism());

        Assert.Equal(["Examination.AvulsionGap"], Fields(r, "MISS-08", MissingInformationPriority.High));
    }

    [Fact]
    public void MISS08_names_an_unknown_mechanism_and_unknown_signs()
    {
        var r = Evaluate(AcuteTypicalMechanism().History(h => h with
        {
            Mechanism = InjuryMechanism.Unknown, PopFelt = TriState.Unknown, PosteriorThighBruising = TriState.Unknown,
        }));

        Assert.Equal(
            ["History.Mechanism", "History.PopFelt", "History.PosteriorThighBruising", "Examination.AvulsionGap"],
            Fields(r, "MISS-08", MissingInformationPriority.High));
    }

    [Fact]
    public void MISS08_is_silent_when_every_sign_is_recorded()
    {
        var r = Evaluate(AcuteTypicalMechanism().Test(ExamTest.AvulsionGap, TestResult.Negative));

        Assert.False(r.Prompts("MISS-08"));
    }

    [Fact]
    public void MISS08_is_silent_for_a_lifting_injury()
    {
        var r = Evaluate(AcuteTypicalMechanism().History(h => h with { Mechanism = InjuryMechanism.Lifting }));

        Assert.False(r.Prompts("MISS-08"));
    }

    [Fact]
    public void MISS08_is_silent_for_insidious_onset()
    {
        var r = Evaluate(CaseBuilder.Baseline().History(h => h with { Mechanism = InjuryMechanism.Unknown, PopFelt = TriState.Unknown }));

        Assert.False(r.Prompts("MISS-08"));
    }

    [Fact]
    public void MISS08_is_silent_when_a_hamstring_MRI_is_recorded()
    {
        var r = Evaluate(AcuteTypicalMechanism().Imaging(i => i with
        {
            HamstringModality = HamstringModality.Mri, SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No,
            QuadratusFemorisOedema = TriState.No,
        }));

        Assert.False(r.Prompts("MISS-08"));
    }

    [Fact]
    public void MISS08_is_silent_for_a_confirmed_avulsion()
    {
        var r = Evaluate(AlertCases.ConfirmedAvulsion(HamstringModality.Ultrasound, 2, 3.0m)
            .History(h => h with { PopFelt = TriState.Unknown }));

        Assert.Equal(Likelihood.Confirmed, r.Dx("DX-05"));
        Assert.False(r.Prompts("MISS-08"));
    }

    [Fact]
    public void MISS11_fires_for_PHT_without_VISA_H()
    {
        var r = Evaluate(CaseBuilder.TypicalPht());

        Assert.Equal(["Scores.VisaH"], Fields(r, "MISS-11", MissingInformationPriority.Low));
    }

    [Fact]
    public void MISS11_is_silent_without_possible_PHT()
    {
        var r = Evaluate(CaseBuilder.Baseline());

        Assert.False(r.Prompts("MISS-11"));
    }

    [Fact]
    public void MISS12_fires_for_possible_radicular_pain_without_ODI()
    {
        var r = Evaluate(CaseBuilder.Baseline()
            .Neuro(n => n with { RadiatingBelowKnee = TriState.Yes })
            .Test(ExamTest.StraightLegRaise, TestResult.Positive));

        Assert.True(r.Dx("DX-02") >= Likelihood.Possible);
        Assert.Equal(["Scores.Odi"], Fields(r, "MISS-12", MissingInformationPriority.Low));
    }

    [Fact]
    public void MISS12_is_silent_when_ODI_is_recorded()
    {
        var r = Evaluate(CaseBuilder.Baseline()
            .Neuro(n => n with { RadiatingBelowKnee = TriState.Yes })
            .Test(ExamTest.StraightLegRaise, TestResult.Positive)
            .Scores(s => s with { Odi = 30 }));

        Assert.False(r.Prompts("MISS-12"));
    }
}
