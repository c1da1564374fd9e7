using System.Text.Json;

namespace Tendinopathy.Rules.Tests.Vignettes;

/// <summary>
/// The sample cases in samples/cases/ (the PATHWAY.md section 7 vignettes): the expected set of files, each valid (2.13),
/// each made only of fields the case schema defines, each with its vignette's case ID, and each evaluated deterministically
/// (SAFE-18).
/// </summary>
public sealed class SampleCaseTests
{
    public static TheoryData<string> Files => new(VignetteCases.Files);

    [Fact]
    public void The_samples_are_exactly_one_file_per_vignette_and_V09_sub_case()
    {
        var onDisk = Directory.GetFiles(VignetteCases.Directory, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(VignetteCases.Files.Order(StringComparer.Ordinal), onDisk);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_sample_validates(string file)
    {
        var errors = Support.Evaluation.Engine.Validate(VignetteCases.Load(file));
        Assert.True(errors.Count == 0, $"{file}: " + string.Join("; ", errors.Select(e => e.ToString())));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_sample_carries_its_vignette_case_id(string file)
    {
        // v01-pure-pht → V01; v09a-progress → V09a.
        var id = file.Split('-')[0];
        Assert.Equal("V" + id[1..], VignetteCases.Load(file).CaseId);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_sample_uses_only_fields_and_values_of_the_case_schema(string file)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "case.schema.json")));
        using var sample = JsonDocument.Parse(File.ReadAllText(VignetteCases.PathOf(file)));
        var problems = new List<string>();
        Walk(schema.RootElement, schema.RootElement, sample.RootElement, "$", problems);
        Assert.True(problems.Count == 0, $"{file}:\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Evaluating_a_sample_twice_gives_identical_JSON(string file)
    {
        var first = PathwayJson.Write(Support.Evaluation.Evaluate(VignetteCases.Load(file)));
        var second = PathwayJson.Write(Support.Evaluation.Evaluate(VignetteCases.Load(file)));
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_sample_round_trips_through_the_case_JSON_unchanged(string file)
    {
        var c = VignetteCases.Load(file);
        Assert.Equal(c, PathwayJson.ReadCase(PathwayJson.Write(c)), CaseComparer.Instance);
    }

    /// <summary>Compares cases by their JSON form (records compare lists by reference).</summary>
    private sealed class CaseComparer : IEqualityComparer<PatientCase>
    {
        public static readonly CaseComparer Instance = new();
        public bool Equals(PatientCase? x, PatientCase? y) =>
            x is not null && y is not null && PathwayJson.Write(x) == PathwayJson.Write(y);
        public int GetHashCode(PatientCase obj) => PathwayJson.Write(obj).GetHashCode(StringComparison.Ordinal);
    }

    // ---- a minimal walk of the hand-written schema: property names, enum values and JSON kinds ----

    private static void Walk(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        schema = Resolve(root, schema);
        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            if (value.ValueKind == JsonValueKind.Null) return;
            var branch = anyOf.EnumerateArray().Select(s => Resolve(root, s)).FirstOrDefault(s => !IsNullType(s));
            if (branch.ValueKind != JsonValueKind.Undefined) Walk(root, branch, value, path, problems);
            return;
        }
        if (schema.TryGetProperty("enum", out var values))
        {
            if (value.ValueKind != JsonValueKind.String || !values.EnumerateArray().Any(v => v.GetString() == value.GetString()))
            {
                problems.Add($"{path}: {value.GetRawText()} is not one of {values.GetRawText()}");
            }
            return;
        }
        if (schema.TryGetProperty("properties", out var properties))
        {
            if (value.ValueKind == JsonValueKind.Null) return;
            if (value.ValueKind != JsonValueKind.Object) { problems.Add($"{path}: expected an object"); return; }
            foreach (var p in value.EnumerateObject())
            {
                if (properties.TryGetProperty(p.Name, out var sub)) Walk(root, sub, p.Value, path + "." + p.Name, problems);
                else problems.Add($"{path}.{p.Name}: not a field of the case schema");
            }
            return;
        }
        if (schema.TryGetProperty("items", out var items))
        {
            if (value.ValueKind != JsonValueKind.Array) { problems.Add($"{path}: expected an array"); return; }
            var i = 0;
            foreach (var element in value.EnumerateArray()) Walk(root, items, element, $"{path}[{i++}]", problems);
            return;
        }
        if (schema.TryGetProperty("type", out var type))
        {
            var kinds = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToArray() : [type.GetString()];
            if (!kinds.Any(k => KindMatches(k, value))) problems.Add($"{path}: {value.GetRawText()} is not of type {type.GetRawText()}");
        }
    }

    private static bool IsNullType(JsonElement s) => s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null";

    private static bool KindMatches(string? kind, JsonElement value) => kind switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        _ => false,
    };

    private static JsonElement Resolve(JsonElement root, JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!["#/$defs/".Length..];
            schema = root.GetProperty("$defs").GetProperty(name);
        }
        return schema;
    }
}
