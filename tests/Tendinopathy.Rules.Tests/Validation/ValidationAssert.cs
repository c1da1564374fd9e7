using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Validation;

/// <summary>Assertions on <see cref="PathwayEngine.Validate"/>: the exact (path, code) list, in order.</summary>
internal static class ValidationAssert
{
    public static IReadOnlyList<ValidationError> Errors(PatientCase c) => Evaluation.Engine.Validate(c);

    /// <summary>The case has exactly these errors, in this order (messages are not compared, only checked non-empty).</summary>
    public static void Only(PatientCase c, params (string Path, string Code)[] expected)
    {
        var errors = Errors(c);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.Equal(expected, errors.Select(e => (e.Path, e.Code)).ToArray());
    }

    /// <summary>The case has exactly one error.</summary>
    public static ValidationError Single(PatientCase c, string path, string code)
    {
        Only(c, (path, code));
        return Errors(c)[0];
    }

    public static void Valid(PatientCase c) => Assert.Empty(Errors(c));
}
