namespace Tendinopathy.Rules.Validation;

/// <summary>
/// Checks a <see cref="PatientCase"/> against PATHWAY.md 2.13 before any rule runs: ranges, required values, undefined
/// enum values, duplicates and contradictions. All errors are collected and returned together, in field order.
/// </summary>
internal static partial class CaseValidator
{
    public static IReadOnlyList<ValidationError> Validate(PatientCase? input)
    {
        if (input is null) return [new ValidationError("$", ValidationCodes.Required, "A case is required.")];
        var errors = new List<ValidationError>();
        ValidateAll(input, errors);
        return errors;
    }

    static partial void ValidateAll(PatientCase input, List<ValidationError> errors);
}
