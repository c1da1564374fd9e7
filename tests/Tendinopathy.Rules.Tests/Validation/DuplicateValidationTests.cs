using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Validation.ValidationAssert;

namespace Tendinopathy.Rules.Tests.Validation;

/// <summary>PATHWAY.md 2.13: a value twice in a set is DUPLICATE; a test recorded twice is DUPLICATE or CONTRADICTION.</summary>
public sealed class DuplicateValidationTests
{
    private static readonly CaseBuilder Base = CaseBuilder.Baseline();

    public static TheoryData<string, PatientCase> SetsWithARepeat => new()
    {
        { "Patient.Sports[2]", Base.Patient(p => p with { Sports = [Sport.Running, Sport.Dance, Sport.Running] }) },
        { "Pain.Locations[1]", Base.Locations(PainLocation.LowerGlutealIschial, PainLocation.LowerGlutealIschial) },
        { "Pain.Aggravators[1]", Base.Aggravators(Aggravator.Sitting, Aggravator.Sitting) },
        {
            "Neuro.ParaesthesiaDermatomes[1]",
            Base.Neuro(n => n with { DermatomalParaesthesia = TriState.Yes, ParaesthesiaDermatomes = [Dermatome.S1, Dermatome.S1] })
        },
        {
            "Neuro.SensoryLossDermatomes[1]",
            Base.Neuro(n => n with { SensoryLossObjective = TriState.Yes, SensoryLossDermatomes = [Dermatome.L5, Dermatome.L5] })
        },
        {
            "Neuro.ReflexesAffected[1]",
            Base.Neuro(n => n with { ReflexChange = TriState.Yes, ReflexesAffected = [Reflex.Ankle, Reflex.Ankle] })
        },
        {
            "Imaging.HamstringFindings[1]",
            Base.Imaging(i => i with
            {
                HamstringModality = HamstringModality.Ultrasound, HamstringFindings = [HamstringFinding.Tendinosis, HamstringFinding.Tendinosis],
            })
        },
    };

    [Theory]
    [MemberData(nameof(SetsWithARepeat))]
    public void Same_value_twice_in_a_set_is_a_duplicate(string path, PatientCase c) =>
        Single(c, path, ValidationCodes.Duplicate);

    [Fact]
    public void Pain_location_listed_twice_is_a_duplicate_on_the_second_occurrence() =>
        Single(Base.Locations(PainLocation.LowBack, PainLocation.BelowKnee, PainLocation.LowBack), "Pain.Locations[2]", ValidationCodes.Duplicate);

    [Fact]
    public void A_value_three_times_reports_each_repeat() =>
        Only(Base.Aggravators(Aggravator.Running, Aggravator.Running, Aggravator.Running),
            ("Pain.Aggravators[1]", ValidationCodes.Duplicate),
            ("Pain.Aggravators[2]", ValidationCodes.Duplicate));

    [Fact]
    public void Same_test_twice_with_the_same_result_is_a_duplicate() =>
        Single(Exams((ExamTest.Palpation, TestResult.Positive), (ExamTest.Slump, TestResult.Negative), (ExamTest.Palpation, TestResult.Positive)),
            "Examination[2].Test", ValidationCodes.Duplicate);

    [Fact]
    public void Same_test_twice_with_different_results_is_a_contradiction()
    {
        var error = Single(Exams((ExamTest.StraightLegRaise, TestResult.Positive), (ExamTest.StraightLegRaise, TestResult.Negative)),
            "Examination[1].Result", ValidationCodes.Contradiction);
        Assert.Contains("Examination[0]", error.Message);
    }

    [Fact]
    public void Same_test_performed_and_not_performed_is_a_contradiction() =>
        Single(Exams((ExamTest.Slump, TestResult.NotPerformed), (ExamTest.Slump, TestResult.Positive)),
            "Examination[1].Result", ValidationCodes.Contradiction);

    [Fact]
    public void Different_tests_are_not_duplicates() =>
        Valid(Exams((ExamTest.Palpation, TestResult.Positive), (ExamTest.PuranenOrava, TestResult.Positive), (ExamTest.Slump, TestResult.Negative)));

    [Fact]
    public void Previous_decisions_may_repeat_because_they_are_a_history() =>
        Valid(Base.FollowUp(f => f with { PreviousDecisions = [LoadingDecisionKind.Hold, LoadingDecisionKind.Hold, LoadingDecisionKind.Progress] }));

    [Fact]
    public void Two_medicines_of_the_same_class_are_allowed() =>
        Valid(Base.Medication(MedicationClass.Other).Medication(MedicationClass.Other));

    [Fact]
    public void Two_courses_of_the_same_treatment_are_allowed()
    {
        var course = new PriorTreatment
        {
            Type = TreatmentType.StructuredLoading, DurationWeeks = 8, WeeksAgoEnded = 30, Documented = true, Response = TreatmentResponse.NoChange,
        };
        Valid(Base.PriorTreatment(course).PriorTreatment(course));
    }

    private static PatientCase Exams(params (ExamTest Test, TestResult Result)[] exams) =>
        Base.With(c => c with { Examination = exams.Select(e => new ExamFinding { Test = e.Test, Result = e.Result }).ToArray() });
}
