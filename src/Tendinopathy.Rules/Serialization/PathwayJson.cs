using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tendinopathy.Rules;

/// <summary>
/// The JSON form of cases and results (docs/case-format.md): System.Text.Json, camelCase names, enums as strings.
/// Unknown properties are rejected so a misspelt field is an error, never a silently ignored fact.
/// </summary>
public static class PathwayJson
{
    /// <summary>Serializer options for cases and results (read-only; share freely).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    /// <summary>Compact options (one line per document), for JSON Lines.</summary>
    public static JsonSerializerOptions CompactOptions { get; } = CreateOptions(indented: false);

    /// <summary>Reads a case from JSON text.</summary>
    /// <param name="json">The case JSON.</param>
    /// <returns>The case.</returns>
    /// <exception cref="JsonException">The text is not a well-formed case document.</exception>
    public static PatientCase ReadCase(string json) =>
        JsonSerializer.Deserialize<PatientCase>(json, Options) ?? throw new JsonException("The document is empty (null).");

    /// <summary>Writes a case as JSON.</summary>
    /// <param name="patientCase">The case.</param>
    /// <param name="indented">Indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(PatientCase patientCase, bool indented = true) =>
        JsonSerializer.Serialize(patientCase, indented ? Options : CompactOptions);

    /// <summary>Writes a result as JSON.</summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">Indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(PathwayResult result, bool indented = true) =>
        JsonSerializer.Serialize(result, indented ? Options : CompactOptions);

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
