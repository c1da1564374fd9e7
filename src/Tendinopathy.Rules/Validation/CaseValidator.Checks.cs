namespace Tendinopathy.Rules.Validation;

/// <summary>
/// The primitive checks the field walk (<c>CaseValidator.Fields.cs</c>) is built from. Each appends at most one error for
/// the path it is given and never throws. Messages are built only when an error is recorded, so a valid case allocates
/// nothing here beyond the error list itself.
/// </summary>
internal static partial class CaseValidator
{
    /// <summary>Records one error.</summary>
    private static void Add(List<ValidationError> errors, string path, string code, string message) =>
        errors.Add(new ValidationError(path, code, message));

    /// <summary>A group or list that deserialised as JSON <c>null</c>: <c>REQUIRED</c>. Returns whether it is present.</summary>
    private static bool Present(List<ValidationError> errors, string path, object? value)
    {
        if (value is not null) return true;
        Add(errors, path, ValidationCodes.Required, "Required; it must not be null (omit it instead).");
        return false;
    }

    /// <summary>A mandatory nullable value: <c>REQUIRED</c> when missing. Returns whether it has a value.</summary>
    private static bool Required<T>(List<ValidationError> errors, string path, T? value)
        where T : struct
    {
        if (value.HasValue) return true;
        Add(errors, path, ValidationCodes.Required, "Required.");
        return false;
    }

    /// <summary><c>UNDEFINED_ENUM</c> when the value is not a named member of its enum. Returns whether it is defined.</summary>
    private static bool Defined<T>(List<ValidationError> errors, string path, T value)
        where T : struct, Enum
    {
        if (Enum.IsDefined(value)) return true;
        Add(errors, path, ValidationCodes.UndefinedEnum,
            "Value " + Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) + " is not a defined " +
            typeof(T).Name + ".");
        return false;
    }

    /// <summary>An optional enum (<see langword="null"/> allowed): <c>UNDEFINED_ENUM</c> when present and not defined.</summary>
    private static bool Defined<T>(List<ValidationError> errors, string path, T? value)
        where T : struct, Enum =>
        !value.HasValue || Defined(errors, path, value.Value);

    /// <summary>A mandatory enum: <c>REQUIRED</c> when missing, else <c>UNDEFINED_ENUM</c> when not defined.</summary>
    private static bool RequiredDefined<T>(List<ValidationError> errors, string path, T? value)
        where T : struct, Enum =>
        Required(errors, path, value) && Defined(errors, path, value!.Value);

    /// <summary>An optional bounded quantity that is not a duration: <c>OUT_OF_RANGE</c> outside [min, max].</summary>
    private static bool InRange(List<ValidationError> errors, string path, int? value, int min, int max, string unit)
    {
        if (!value.HasValue || (value.Value >= min && value.Value <= max)) return true;
        Add(errors, path, ValidationCodes.OutOfRange, RangeMessage(value.Value, min, max, unit));
        return false;
    }

    /// <summary>An optional 0–10 pain score (PATHWAY.md 0.1): <c>OUT_OF_RANGE</c> outside 0–10.</summary>
    private static bool Nrs(List<ValidationError> errors, string path, int? value)
    {
        if (!value.HasValue || (value.Value >= 0 && value.Value <= 10)) return true;
        Add(errors, path, ValidationCodes.OutOfRange, "Pain score " + value.Value + " is outside the 0–10 NRS.");
        return false;
    }

    /// <summary>
    /// An optional duration or elapsed time: <c>NEGATIVE_DURATION</c> below zero, <c>OUT_OF_RANGE</c> otherwise outside
    /// [min, max] (min is 0 except for gestation, 1).
    /// </summary>
    private static bool Duration(List<ValidationError> errors, string path, int? value, int min, int max, string unit)
    {
        if (!value.HasValue || (value.Value >= min && value.Value <= max)) return true;
        if (value.Value < 0)
        {
            Add(errors, path, ValidationCodes.NegativeDuration,
                "Cannot be negative (" + value.Value + "); allowed " + min + "–" + max + " " + unit + ".");
        }
        else
        {
            Add(errors, path, ValidationCodes.OutOfRange, RangeMessage(value.Value, min, max, unit));
        }

        return false;
    }

    private static string RangeMessage(int value, int min, int max, string unit) =>
        value + " is outside the allowed range " + min + "–" + max + (unit.Length == 0 ? "." : " " + unit + ".");

    /// <summary>A contradiction between two recorded facts; the message names the conflicting field.</summary>
    private static void Contradiction(List<ValidationError> errors, string path, string message) =>
        Add(errors, path, ValidationCodes.Contradiction, message);

    /// <summary>
    /// A list of enum values: <c>REQUIRED</c> when null, <c>UNDEFINED_ENUM</c> per undefined element, and for a set
    /// (<paramref name="isSet"/>) <c>DUPLICATE</c> on every repeat after the first occurrence. Pairwise comparison: the
    /// lists are a handful of values long, so this is cheaper than a hash set and allocates nothing.
    /// Returns whether the list is present.
    /// </summary>
    private static bool EnumList<T>(List<ValidationError> errors, string path, IReadOnlyList<T>? list, bool isSet)
        where T : struct, Enum
    {
        if (!Present(errors, path, list)) return false;
        for (var i = 0; i < list!.Count; i++)
        {
            var value = list[i];
            if (!Defined(errors, path + "[" + i + "]", value) || !isSet) continue;
            for (var j = 0; j < i; j++)
            {
                if (!EqualityComparer<T>.Default.Equals(list[j], value)) continue;
                Add(errors, path + "[" + i + "]", ValidationCodes.Duplicate,
                    value + " is already listed at index " + j + "; each value may appear once.");
                break;
            }
        }

        return true;
    }

    /// <summary>Whether a (possibly null) list contains the value.</summary>
    private static bool Contains<T>(IReadOnlyList<T>? list, T value)
        where T : struct, Enum
    {
        if (list is null) return false;
        for (var i = 0; i < list.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(list[i], value)) return true;
        }

        return false;
    }

    /// <summary>The KDIGO GFR category implied by an eGFR (PATHWAY.md 2.13).</summary>
    internal static CkdStage StageFromEgfr(int egfrMlMin) => egfrMlMin switch
    {
        >= 90 => CkdStage.G1,
        >= 60 => CkdStage.G2,
        >= 45 => CkdStage.G3a,
        >= 30 => CkdStage.G3b,
        >= 15 => CkdStage.G4,
        _ => CkdStage.G5,
    };
}
