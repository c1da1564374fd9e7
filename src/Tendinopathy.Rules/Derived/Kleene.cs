namespace Tendinopathy.Rules.Derived;

/// <summary>
/// Three-valued (Kleene) logic for diagnostic criteria, PATHWAY.md 3.3: AND is NotMet if any operand is false and
/// Met if all are true; OR is Met if any operand is true and NotMet if all are false; otherwise Unknown.
/// </summary>
internal static class Kleene
{
    public const CriterionStatus Met = CriterionStatus.Met;
    public const CriterionStatus NotMet = CriterionStatus.NotMet;
    public const CriterionStatus Unknown = CriterionStatus.Unknown;

    public static CriterionStatus Of(bool value) => value ? Met : NotMet;

    /// <summary>Yes → Met, No → NotMet, Unknown → Unknown.</summary>
    public static CriterionStatus Of(TriState value) => value switch
    {
        TriState.Yes => Met,
        TriState.No => NotMet,
        _ => Unknown,
    };

    /// <summary>Positive → Met, Negative → NotMet, NotPerformed → Unknown (never Negative: SAFE-14(d)).</summary>
    public static CriterionStatus Of(TestResult value) => value switch
    {
        TestResult.Positive => Met,
        TestResult.Negative => NotMet,
        _ => Unknown,
    };

    /// <summary>A numeric comparison on an unknown (null) value is Unknown.</summary>
    public static CriterionStatus Of(int? value, Func<int, bool> predicate) =>
        value is { } v ? Of(predicate(v)) : Unknown;

    /// <summary>A finding of a study that was not done is Unknown (3.3).</summary>
    public static CriterionStatus IfStudyDone(bool done, CriterionStatus finding) => done ? finding : Unknown;

    public static CriterionStatus And(CriterionStatus a, CriterionStatus b) =>
        a == NotMet || b == NotMet ? NotMet : a == Met && b == Met ? Met : Unknown;

    public static CriterionStatus And(params CriterionStatus[] operands)
    {
        var result = Met;
        foreach (var o in operands) result = And(result, o);
        return result;
    }

    public static CriterionStatus Or(CriterionStatus a, CriterionStatus b) =>
        a == Met || b == Met ? Met : a == NotMet && b == NotMet ? NotMet : Unknown;

    public static CriterionStatus Or(params CriterionStatus[] operands)
    {
        var result = NotMet;
        foreach (var o in operands) result = Or(result, o);
        return result;
    }

    public static CriterionStatus Not(CriterionStatus a) => a switch
    {
        Met => NotMet,
        NotMet => Met,
        _ => Unknown,
    };
}
