using static Tendinopathy.Rules.PropertyTests.Oracle;

namespace Tendinopathy.Rules.PropertyTests;

/// <summary>SAFE-19: invalid input never reaches the rules; valid input is never rejected and never throws.</summary>
public sealed class ValidationProperties
{
    [SafetyProperty]
    public void SAFE19_every_invalid_case_is_rejected_naming_the_bad_field_and_Evaluate_throws_only_the_validation_exception(InvalidCase bad)
    {
        var errors = SharedEngine.Validate(bad.Case);
        Assert.Contains(errors, e => e.Path.StartsWith(bad.Path, StringComparison.Ordinal) && e.Code == bad.Code);
        var thrown = Assert.Throws<CaseValidationException>(() => SharedEngine.Evaluate(bad.Case));
        Assert.Equal(errors, thrown.Errors);
    }

    [SafetyProperty]
    public void SAFE19_no_valid_case_is_rejected_or_throws(PatientCase c)
    {
        Assert.Empty(SharedEngine.Validate(c));
        var r = SharedEngine.Evaluate(c);
        Assert.NotNull(r);
    }
}
