using System.Text.Json;

namespace Tendinopathy.Rules.Cohort;

/// <summary>
/// The JSON Lines forms of a cohort run (docs/cohorts.md): one compact object per case, with IDs rather than texts, so a
/// million-case output stays a few hundred bytes per case. Enum values are camelCase strings, as in <see cref="PathwayJson"/>.
/// </summary>
public static class CohortJson
{
    /// <summary>
    /// Writes the compact form of an outcome: <c>line</c>, <c>index</c>, <c>caseId</c>, <c>valid</c>, then either the result
    /// (overall urgency, red-flag screen, alerts with urgency, diagnoses with likelihood, recommendation, considered,
    /// do-not-offer and missing-information IDs, phase and loading decision) or the <c>errors</c>.
    /// </summary>
    /// <param name="writer">The writer (one JSON value is written).</param>
    /// <param name="outcome">The outcome.</param>
    public static void WriteOutcome(Utf8JsonWriter writer, CohortOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(outcome);
        writer.WriteStartObject();
        WriteHeader(writer, outcome);
        writer.WriteBoolean("valid", outcome.IsValid);
        if (outcome.Result is not { } r)
        {
            WriteErrorList(writer, outcome.Errors);
            writer.WriteEndObject();
            return;
        }
        writer.WriteString("overallUrgency", Name(r.OverallUrgency));
        writer.WriteBoolean("redFlagScreenComplete", r.RedFlagScreenComplete);
        writer.WriteBoolean("noRedFlags", r.NoRedFlags);
        writer.WriteStartArray("alerts");
        foreach (var a in r.Alerts)
        {
            writer.WriteStartObject();
            writer.WriteString("id", a.Id);
            writer.WriteString("urgency", Name(a.Urgency));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartObject("diagnoses");
        foreach (var d in r.Diagnoses) writer.WriteString(d.Id, Name(d.Likelihood));
        writer.WriteEndObject();
        writer.WriteStartArray("recommendations");
        foreach (var x in r.Recommendations) writer.WriteStringValue(x.Id);
        writer.WriteEndArray();
        writer.WriteStartArray("consideredNotRecommended");
        foreach (var x in r.ConsideredNotRecommended) writer.WriteStringValue(x.Id);
        writer.WriteEndArray();
        writer.WriteStartArray("doNotOffer");
        foreach (var x in r.DoNotOffer) writer.WriteStringValue(x.Id);
        writer.WriteEndArray();
        writer.WriteStartArray("missingInformation");
        foreach (var x in r.MissingInformation) writer.WriteStringValue(x.Id);
        writer.WriteEndArray();
        writer.WriteString("phase", Name(r.Phase));
        if (r.LoadingDecision is { } decision) writer.WriteString("loadingDecision", Name(decision.Decision));
        writer.WriteEndObject();
    }

    /// <summary>Writes the error form of an invalid outcome: <c>line</c>, <c>index</c>, <c>caseId</c> and <c>errors</c>.</summary>
    /// <param name="writer">The writer (one JSON value is written).</param>
    /// <param name="outcome">The outcome (invalid).</param>
    public static void WriteErrors(Utf8JsonWriter writer, CohortOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(outcome);
        writer.WriteStartObject();
        WriteHeader(writer, outcome);
        WriteErrorList(writer, outcome.Errors);
        writer.WriteEndObject();
    }

    private static void WriteHeader(Utf8JsonWriter writer, CohortOutcome outcome)
    {
        writer.WriteNumber("line", outcome.LineNumber);
        writer.WriteNumber("index", outcome.Index);
        if (outcome.CaseId is null) writer.WriteNull("caseId");
        else writer.WriteString("caseId", outcome.CaseId);
    }

    private static void WriteErrorList(Utf8JsonWriter writer, IReadOnlyList<ValidationError> errors)
    {
        writer.WriteStartArray("errors");
        foreach (var e in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("path", e.Path);
            writer.WriteString("code", e.Code);
            writer.WriteString("message", e.Message);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The camelCase JSON name of an enum value (as <see cref="PathwayJson"/> writes it).</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name, e.g. <c>emergency</c>.</returns>
    public static string Name<T>(T value)
        where T : struct, Enum => EnumNames<T>.Of(value);

    private static class EnumNames<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<T, string> Names =
            Enum.GetValues<T>().ToDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

        public static string Of(T value) => Names.TryGetValue(value, out var name) ? name : value.ToString();
    }
}
