using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Validation.ValidationAssert;

namespace Tendinopathy.Rules.Tests.Validation;

/// <summary>PATHWAY.md 2.13: every bounded field is validated (OUT_OF_RANGE, NEGATIVE_DURATION, OUT_OF_SCOPE_AGE).</summary>
public sealed class RangeValidationTests
{
    [Fact]
    public void NrsNow_above_10_is_out_of_range() =>
        Single(CaseBuilder.Baseline().Pain(p => p with { NrsNow = 11 }), "Pain.NrsNow", ValidationCodes.OutOfRange);

    [Fact]
    public void NrsNow_below_0_is_out_of_range() =>
        Single(CaseBuilder.Baseline().Pain(p => p with { NrsNow = -1 }), "Pain.NrsNow", ValidationCodes.OutOfRange);

    [Theory]
    [InlineData(17)]
    [InlineData(0)]
    public void Age_under_18_is_out_of_scope(int age)
    {
        var error = Single(CaseBuilder.Baseline().Age(age), "Patient.AgeYears", ValidationCodes.OutOfScopeAge);
        Assert.Contains("18", error.Message);
    }

    [Fact]
    public void Age_above_120_is_out_of_range() =>
        Single(CaseBuilder.Baseline().Age(121), "Patient.AgeYears", ValidationCodes.OutOfRange);

    [Fact]
    public void Negative_age_is_out_of_range_not_out_of_scope() =>
        Single(CaseBuilder.Baseline().Age(-1), "Patient.AgeYears", ValidationCodes.OutOfRange);

    [Fact]
    public void Negative_symptom_weeks_is_a_negative_duration() =>
        Single(CaseBuilder.Baseline().SymptomWeeks(-2), "History.SymptomWeeks", ValidationCodes.NegativeDuration);

    [Fact]
    public void Out_of_range_message_names_the_allowed_range()
    {
        var error = Single(CaseBuilder.Baseline().SymptomWeeks(1041), "History.SymptomWeeks", ValidationCodes.OutOfRange);
        Assert.Contains("0–1040", error.Message);
    }

    /// <summary>Every bounded integer field at both ends of its range is accepted.</summary>
    [Theory]
    [InlineData("Patient.AgeYears", 18)]
    [InlineData("Patient.AgeYears", 120)]
    [InlineData("Patient.GestationWeeks", 1)]
    [InlineData("Patient.GestationWeeks", 42)]
    [InlineData("History.SymptomWeeks", 0)]
    [InlineData("History.SymptomWeeks", 1040)]
    [InlineData("Pain.SittingToleranceMinutes", 0)]
    [InlineData("Pain.SittingToleranceMinutes", 600)]
    [InlineData("Pain.NrsWorst24h", 0)]
    [InlineData("Pain.NrsWorst24h", 10)]
    [InlineData("Pain.NrsNow", 0)]
    [InlineData("Pain.NrsNow", 10)]
    [InlineData("Pain.LegPainNrs", 10)]
    [InlineData("Pain.LoadTestNrs", 10)]
    [InlineData("Neuro.WorstMyotomeMrc", 0)]
    [InlineData("Neuro.WorstMyotomeMrc", 5)]
    [InlineData("RedFlags.PostVoidResidualMl", 0)]
    [InlineData("RedFlags.PostVoidResidualMl", 3000)]
    [InlineData("Medications.Entries[0].DaysSinceLastDose", 0)]
    [InlineData("Medications.Entries[0].DaysSinceLastDose", 36500)]
    [InlineData("Comorbidities.ChronicKidneyDisease.EgfrMlMin", 0)]
    [InlineData("Comorbidities.ChronicKidneyDisease.EgfrMlMin", 200)]
    [InlineData("PriorTreatments[0].DurationWeeks", 0)]
    [InlineData("PriorTreatments[0].DurationWeeks", 520)]
    [InlineData("PriorTreatments[0].WeeksAgoEnded", 0)]
    [InlineData("PriorTreatments[0].WeeksAgoEnded", 1040)]
    [InlineData("PriorTreatments[0].Count", 1)]
    [InlineData("PriorTreatments[0].Count", 20)]
    [InlineData("PriorTreatments[0].WeeksSinceLast", 0)]
    [InlineData("PriorTreatments[0].WeeksSinceLast", 1040)]
    [InlineData("Scores.VisaH", 0)]
    [InlineData("Scores.VisaH", 100)]
    [InlineData("Scores.VisaHBaseline", 100)]
    [InlineData("Scores.Odi", 0)]
    [InlineData("Scores.Odi", 100)]
    [InlineData("Imaging.AvulsedTendonCount", 1)]
    [InlineData("Imaging.AvulsedTendonCount", 3)]
    [InlineData("Imaging.IschiofemoralSpaceMm", 0)]
    [InlineData("Imaging.IschiofemoralSpaceMm", 60)]
    [InlineData("FollowUp.VisitNumber", 2)]
    [InlineData("FollowUp.WeeksInPhase", 0)]
    [InlineData("FollowUp.WeeksInPhase", 52)]
    [InlineData("FollowUp.SessionsAtCurrentLoad", 0)]
    [InlineData("FollowUp.SessionsAtCurrentLoad", 500)]
    [InlineData("FollowUp.PainDuringLoadingNrs", 10)]
    [InlineData("FollowUp.LoadTestNextMorningNrs", 10)]
    [InlineData("FollowUp.LoadTestBaselineNrs", 0)]
    [InlineData("FollowUp.WeeksOfStructuredLoading", 0)]
    [InlineData("FollowUp.WeeksOfStructuredLoading", 520)]
    public void Value_at_the_edge_of_its_range_is_accepted(string path, int value) => Valid(FieldCases.WithInt(path, value));

    /// <summary>One past either end of the range (where the low end is not a negative duration) is OUT_OF_RANGE.</summary>
    [Theory]
    [InlineData("Patient.GestationWeeks", 0)]
    [InlineData("Patient.GestationWeeks", 43)]
    [InlineData("History.SymptomWeeks", 1041)]
    [InlineData("Pain.SittingToleranceMinutes", 601)]
    [InlineData("Pain.NrsWorst24h", 11)]
    [InlineData("Pain.LegPainNrs", 11)]
    [InlineData("Pain.LegPainNrs", -1)]
    [InlineData("Pain.LoadTestNrs", 11)]
    [InlineData("Neuro.WorstMyotomeMrc", 6)]
    [InlineData("Neuro.WorstMyotomeMrc", -1)]
    [InlineData("RedFlags.PostVoidResidualMl", 3001)]
    [InlineData("RedFlags.PostVoidResidualMl", -1)]
    [InlineData("Medications.Entries[0].DaysSinceLastDose", 36501)]
    [InlineData("Comorbidities.ChronicKidneyDisease.EgfrMlMin", 201)]
    [InlineData("Comorbidities.ChronicKidneyDisease.EgfrMlMin", -1)]
    [InlineData("PriorTreatments[0].DurationWeeks", 521)]
    [InlineData("PriorTreatments[0].WeeksAgoEnded", 1041)]
    [InlineData("PriorTreatments[0].Count", 0)]
    [InlineData("PriorTreatments[0].Count", 21)]
    [InlineData("PriorTreatments[0].Count", -1)]
    [InlineData("PriorTreatments[0].WeeksSinceLast", 1041)]
    [InlineData("Scores.VisaH", 101)]
    [InlineData("Scores.VisaH", -1)]
    [InlineData("Scores.VisaHBaseline", 101)]
    [InlineData("Scores.Odi", 101)]
    [InlineData("Imaging.AvulsedTendonCount", 0)]
    [InlineData("Imaging.AvulsedTendonCount", 4)]
    [InlineData("Imaging.IschiofemoralSpaceMm", 61)]
    [InlineData("Imaging.IschiofemoralSpaceMm", -1)]
    [InlineData("FollowUp.VisitNumber", 1)]
    [InlineData("FollowUp.WeeksInPhase", 53)]
    [InlineData("FollowUp.SessionsAtCurrentLoad", 501)]
    [InlineData("FollowUp.SessionsAtCurrentLoad", -1)]
    [InlineData("FollowUp.PainDuringLoadingNrs", 11)]
    [InlineData("FollowUp.LoadTestNextMorningNrs", -1)]
    [InlineData("FollowUp.LoadTestBaselineNrs", 11)]
    [InlineData("FollowUp.WeeksOfStructuredLoading", 521)]
    public void Value_outside_its_range_is_out_of_range(string path, int value) =>
        Single(FieldCases.WithInt(path, value), path, ValidationCodes.OutOfRange);

    /// <summary>A negative duration or elapsed time is NEGATIVE_DURATION, not OUT_OF_RANGE.</summary>
    [Theory]
    [InlineData("Patient.GestationWeeks")]
    [InlineData("History.SymptomWeeks")]
    [InlineData("Pain.SittingToleranceMinutes")]
    [InlineData("Medications.Entries[0].DaysSinceLastDose")]
    [InlineData("PriorTreatments[0].DurationWeeks")]
    [InlineData("PriorTreatments[0].WeeksAgoEnded")]
    [InlineData("PriorTreatments[0].WeeksSinceLast")]
    [InlineData("FollowUp.WeeksInPhase")]
    [InlineData("FollowUp.WeeksOfStructuredLoading")]
    public void Negative_duration_is_reported_as_negative_duration(string path) =>
        Single(FieldCases.WithInt(path, -1), path, ValidationCodes.NegativeDuration);

    [Theory]
    [InlineData("0.0")]
    [InlineData("3.5")]
    [InlineData("30.0")]
    [InlineData("2.50")]
    public void Retraction_with_at_most_one_decimal_in_range_is_accepted(string cm) =>
        Valid(CompleteAvulsion(decimal.Parse(cm, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("30.1")]
    [InlineData("-0.5")]
    [InlineData("2.25")]
    public void Retraction_outside_range_or_with_two_decimals_is_out_of_range(string cm) =>
        Single(CompleteAvulsion(decimal.Parse(cm, System.Globalization.CultureInfo.InvariantCulture)),
            "Imaging.RetractionCm", ValidationCodes.OutOfRange);

    [Theory]
    [InlineData(TreatmentType.CorticosteroidInjection)]
    [InlineData(TreatmentType.Prp)]
    [InlineData(TreatmentType.EpiduralInjection)]
    [InlineData(TreatmentType.Eswt)]
    public void Injection_or_eswt_entry_with_a_duration_is_out_of_range(TreatmentType type)
    {
        var error = Single(CaseBuilder.Baseline().PriorTreatment(new PriorTreatment
        {
            Type = type, DurationWeeks = 6, WeeksAgoEnded = 2, Documented = true, Response = TreatmentResponse.NoChange,
            Count = 3, WeeksSinceLast = 2,
        }), "PriorTreatments[0].DurationWeeks", ValidationCodes.OutOfRange);
        Assert.Contains("0", error.Message);
    }

    [Fact]
    public void Loading_entry_with_a_duration_is_accepted() =>
        Valid(FieldCases.WithInt("PriorTreatments[0].DurationWeeks", 12));

    private static PatientCase CompleteAvulsion(decimal retractionCm) => CaseBuilder.Baseline().Imaging(i => i with
    {
        HamstringModality = HamstringModality.Mri, HamstringFindings = [HamstringFinding.CompleteAvulsion],
        AvulsedTendonCount = 2, RetractionCm = retractionCm,
    });
}
