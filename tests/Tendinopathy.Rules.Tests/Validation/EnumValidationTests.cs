using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Validation.ValidationAssert;

namespace Tendinopathy.Rules.Tests.Validation;

/// <summary>PATHWAY.md 2.13: an enum value that is not a named member is UNDEFINED_ENUM, in fields and in lists.</summary>
public sealed class EnumValidationTests
{
    [Fact]
    public void Sex_99_is_an_undefined_enum()
    {
        var error = Single(FieldCases.WithEnum("Patient.Sex", 99), "Patient.Sex", ValidationCodes.UndefinedEnum);
        Assert.Contains("99", error.Message);
    }

    /// <summary>Every enum-typed field and list element, with a value far outside the enum.</summary>
    [Theory]
    [InlineData("Patient.Pregnant")]
    [InlineData("Patient.ActivityLevel")]
    [InlineData("Patient.Sports[0]")]
    [InlineData("History.Onset")]
    [InlineData("History.Mechanism")]
    [InlineData("History.PopFelt")]
    [InlineData("History.AvulsionSurgicalDecision")]
    [InlineData("Pain.Locations[0]")]
    [InlineData("Pain.Aggravators[0]")]
    [InlineData("Pain.LegPainTolerable")]
    [InlineData("Neuro.ParaesthesiaDermatomes[0]")]
    [InlineData("Neuro.SensoryLossDermatomes[0]")]
    [InlineData("Neuro.ReflexChange")]
    [InlineData("Neuro.ReflexesAffected[0]")]
    [InlineData("RedFlags.SaddleAnaesthesia")]
    [InlineData("Medications.Entries[0].Class")]
    [InlineData("Medications.Entries[0].Status")]
    [InlineData("Medications.Entries[0].IndicationIsSciatica")]
    [InlineData("Comorbidities.ChronicKidneyDisease.Stage")]
    [InlineData("Comorbidities.HeartFailure")]
    [InlineData("Comorbidities.Diabetes")]
    [InlineData("PriorTreatments[0].Type")]
    [InlineData("PriorTreatments[0].Supervised")]
    [InlineData("PriorTreatments[0].Adherence")]
    [InlineData("PriorTreatments[0].Response")]
    [InlineData("PriorTreatments[0].Intratendinous")]
    [InlineData("Examination[0].Test")]
    [InlineData("Examination[0].Result")]
    [InlineData("Scores.StartBackRisk")]
    [InlineData("Imaging.HamstringModality")]
    [InlineData("Imaging.HamstringFindings[0]")]
    [InlineData("Imaging.SciaticNerveSignalChangeOrPerineuralFibrosis")]
    [InlineData("Imaging.QuadratusFemorisOedema")]
    [InlineData("Imaging.LumbarMri.Status")]
    [InlineData("Imaging.LumbarMri.NerveRootCompression")]
    [InlineData("Imaging.PelvicMriSciaticNerve")]
    [InlineData("FollowUp.CurrentPhase")]
    [InlineData("FollowUp.WeeklyTrend")]
    [InlineData("FollowUp.PhaseExitCriteriaMet")]
    [InlineData("FollowUp.PreviousDecisions[0]")]
    [InlineData("FollowUp.AtLowestLevelOfPhase")]
    public void Value_99_is_an_undefined_enum(string path) =>
        Single(FieldCases.WithEnum(path, 99), path, ValidationCodes.UndefinedEnum);

    /// <summary>Enums numbered from 1 have no member 0, so 0 (a default that slipped through) is UNDEFINED_ENUM.</summary>
    [Theory]
    [InlineData("Patient.Sex")]
    [InlineData("Patient.Sports[0]")]
    [InlineData("Pain.Locations[0]")]
    [InlineData("Pain.Aggravators[0]")]
    [InlineData("Neuro.ParaesthesiaDermatomes[0]")]
    [InlineData("Neuro.ReflexesAffected[0]")]
    [InlineData("Medications.Entries[0].Class")]
    [InlineData("Medications.Entries[0].Status")]
    [InlineData("Comorbidities.HeartFailure")]
    [InlineData("Comorbidities.ChronicKidneyDisease.Stage")]
    [InlineData("Comorbidities.Diabetes")]
    [InlineData("PriorTreatments[0].Type")]
    [InlineData("Examination[0].Test")]
    [InlineData("Imaging.HamstringFindings[0]")]
    [InlineData("FollowUp.PreviousDecisions[0]")]
    public void Zero_of_an_enum_numbered_from_1_is_an_undefined_enum(string path) =>
        Single(FieldCases.WithEnum(path, 0), path, ValidationCodes.UndefinedEnum);

    /// <summary>Enums whose 0 is Unknown / NotPerformed / None / Pending accept it.</summary>
    [Theory]
    [InlineData("Patient.ActivityLevel")]
    [InlineData("History.Onset")]
    [InlineData("History.AvulsionSurgicalDecision")]
    [InlineData("PriorTreatments[0].Adherence")]
    [InlineData("PriorTreatments[0].Response")]
    [InlineData("Examination[0].Result")]
    [InlineData("Scores.StartBackRisk")]
    [InlineData("Imaging.PelvicMriSciaticNerve")]
    [InlineData("FollowUp.CurrentPhase")]
    [InlineData("FollowUp.WeeklyTrend")]
    public void Zero_of_an_enum_with_a_zero_member_is_accepted(string path) =>
        Valid(FieldCases.WithEnum(path, 0));

    [Fact]
    public void Undefined_pregnancy_of_a_male_is_reported_once_as_undefined_not_as_a_contradiction() =>
        Single(CaseBuilder.Baseline().Patient(p => p with { Pregnant = (TriState)7 }), "Patient.Pregnant", ValidationCodes.UndefinedEnum);
}
