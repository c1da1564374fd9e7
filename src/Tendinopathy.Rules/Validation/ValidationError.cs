namespace Tendinopathy.Rules;

/// <summary>One problem with a <see cref="PatientCase"/>: the field path, a machine-readable code (PATHWAY.md 2.13) and a message.</summary>
/// <param name="Path">Field path, e.g. <c>Pain.NrsNow</c> or <c>PriorTreatments[2].DurationWeeks</c>.</param>
/// <param name="Code">One of the <see cref="ValidationCodes"/>.</param>
/// <param name="Message">What is wrong, for a person.</param>
public sealed record ValidationError(string Path, string Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Path + ": " + Code + " — " + Message;
}

/// <summary>Validation error codes (PATHWAY.md 2.13).</summary>
public static class ValidationCodes
{
    /// <summary>A value outside its allowed range.</summary>
    public const string OutOfRange = "OUT_OF_RANGE";
    /// <summary>Patient under 18: out of scope.</summary>
    public const string OutOfScopeAge = "OUT_OF_SCOPE_AGE";
    /// <summary>A mandatory value is missing.</summary>
    public const string Required = "REQUIRED";
    /// <summary>Facts that cannot both be true.</summary>
    public const string Contradiction = "CONTRADICTION";
    /// <summary>The same value recorded twice in a set.</summary>
    public const string Duplicate = "DUPLICATE";
    /// <summary>An enum value that is not defined.</summary>
    public const string UndefinedEnum = "UNDEFINED_ENUM";
    /// <summary>A negative duration or time.</summary>
    public const string NegativeDuration = "NEGATIVE_DURATION";
}

/// <summary>
/// Thrown by <see cref="PathwayEngine.Evaluate"/> when the case is invalid; carries every error at once. No rule runs on an
/// invalid case (SAFE-19). Use <see cref="PathwayEngine.Validate"/> to get the same errors without an exception.
/// </summary>
public sealed class CaseValidationException : Exception
{
    /// <summary>Creates the exception with every validation error.</summary>
    /// <param name="errors">The errors (at least one).</param>
    public CaseValidationException(IReadOnlyList<ValidationError> errors)
        : base("The case is invalid: " + string.Join("; ", errors))
    {
        Errors = errors;
    }

    /// <summary>Every validation error, in field order.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }
}
