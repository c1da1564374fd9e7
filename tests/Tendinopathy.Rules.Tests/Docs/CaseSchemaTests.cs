using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Docs;

/// <summary>
/// docs/case.schema.json and docs/case-format.md cannot drift from the C# case model: every property of every record reachable
/// from <see cref="PatientCase"/> is in the schema with the matching type (and nothing else is), and every enum lists exactly
/// the camelCase names the serializer writes.
/// </summary>
public sealed class CaseSchemaTests
{
    private static readonly JsonElement Schema = LoadSchema();
    private static readonly JsonElement Defs = Schema.GetProperty("$defs");
    private static readonly NullabilityInfoContext Nullability = new();

    private static JsonElement LoadSchema()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "case.schema.json")));
        return document.RootElement.Clone();
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static bool IsRecord(Type t) => t.IsClass && t != typeof(string) && t.Namespace == typeof(PatientCase).Namespace;

    /// <summary>Every record and enum type reachable from <see cref="PatientCase"/> through its public properties.</summary>
    private static (IReadOnlyList<Type> Records, IReadOnlyList<Type> Enums) ReachableTypes()
    {
        var records = new List<Type>();
        var enums = new List<Type>();
        var pending = new Queue<Type>([typeof(PatientCase)]);
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (records.Contains(type)) continue;
            records.Add(type);
            foreach (var p in CaseProperties(type))
            {
                var t = ElementType(p.PropertyType);
                if (t.IsEnum && !enums.Contains(t)) enums.Add(t);
                else if (IsRecord(t)) pending.Enqueue(t);
            }
        }
        return (records, enums);
    }

    private static IEnumerable<PropertyInfo> CaseProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0);

    private static Type ElementType(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        return t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? ElementType(t.GetGenericArguments()[0]) : t;
    }

    private static JsonElement SchemaOf(Type record) => record == typeof(PatientCase) ? Schema : Defs.GetProperty(record.Name);

    /// <summary>The shape of a C# property in the schema's terms, e.g. "integer|null", "ref:TriState", "array&lt;ref:Sport&gt;".</summary>
    private static string Expected(PropertyInfo p)
    {
        var underlying = Nullable.GetUnderlyingType(p.PropertyType);
        var nullable = underlying is not null ||
                       (!p.PropertyType.IsValueType && Nullability.Create(p).ReadState == NullabilityState.Nullable);
        return Shape(underlying ?? p.PropertyType) + (nullable ? "|null" : "");
    }

    private static string Shape(Type t)
    {
        if (t == typeof(int)) return "integer";
        if (t == typeof(decimal)) return "number";
        if (t == typeof(bool)) return "boolean";
        if (t == typeof(string)) return "string";
        if (t.IsEnum || IsRecord(t)) return "ref:" + t.Name;
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)) return $"array<{Shape(t.GetGenericArguments()[0])}>";
        throw new NotSupportedException($"Add a schema shape for {t}.");
    }

    /// <summary>The same notation read from a property schema.</summary>
    private static string Actual(JsonElement s)
    {
        if (s.TryGetProperty("$ref", out var reference)) return "ref:" + reference.GetString()!.Replace("#/$defs/", "", StringComparison.Ordinal);
        if (s.TryGetProperty("anyOf", out var anyOf))
        {
            return string.Join("|", anyOf.EnumerateArray().Select(Actual).OrderBy(x => x == "null" ? 1 : 0));
        }
        string[] types = s.GetProperty("type") is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(x => x.GetString()!).ToArray()
            : [s.GetProperty("type").GetString()!];
        if (types is ["null"]) return "null";
        var main = types.Single(x => x != "null");
        if (main == "array") main = $"array<{Actual(s.GetProperty("items"))}>";
        return types.Contains("null") ? main + "|null" : main;
    }

    [Fact]
    public void Schema_is_json_schema_draft_2020_12()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Every_case_property_is_in_the_schema_with_its_type_and_vice_versa()
    {
        var problems = new List<string>();
        foreach (var record in ReachableTypes().Records)
        {
            if (record != typeof(PatientCase) && !Defs.TryGetProperty(record.Name, out _))
            {
                problems.Add($"$defs has no {record.Name}");
                continue;
            }
            var schema = SchemaOf(record);
            if (!schema.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False)
            {
                problems.Add($"{record.Name}: additionalProperties must be false");
            }
            var inSchema = schema.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
            var inModel = CaseProperties(record).ToDictionary(p => Camel(p.Name));
            foreach (var (name, property) in inModel)
            {
                if (!inSchema.TryGetValue(name, out var propertySchema)) problems.Add($"{record.Name}.{name} is missing from the schema");
                else if (Expected(property) != Actual(propertySchema))
                {
                    problems.Add($"{record.Name}.{name}: model {Expected(property)}, schema {Actual(propertySchema)}");
                }
            }
            foreach (var name in inSchema.Keys.Except(inModel.Keys)) problems.Add($"{record.Name}.{name} is in the schema but not in the model");
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(x => x.GetString()!).Where(n => !inModel.ContainsKey(n)))
                {
                    problems.Add($"{record.Name}: required '{name}' is not a property");
                }
            }
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_enum_lists_exactly_the_camelCase_names_the_serializer_writes()
    {
        var problems = new List<string>();
        foreach (var type in ReachableTypes().Enums)
        {
            if (!Defs.TryGetProperty(type.Name, out var def))
            {
                problems.Add($"$defs has no {type.Name}");
                continue;
            }
            var written = Enum.GetValues(type).Cast<object>()
                .Select(v => JsonSerializer.Serialize(v, type, PathwayJson.Options).Trim('"'))
                .ToArray();
            var listed = def.GetProperty("enum").EnumerateArray().Select(x => x.GetString()!).ToArray();
            if (!written.SequenceEqual(Enum.GetNames(type).Select(Camel))) problems.Add($"{type.Name}: serializer does not write camelCase names");
            if (!written.SequenceEqual(listed))
            {
                problems.Add($"{type.Name}: model [{string.Join(", ", written)}], schema [{string.Join(", ", listed)}]");
            }
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Schema_defines_nothing_the_model_does_not_have()
    {
        var (records, enums) = ReachableTypes();
        var known = records.Concat(enums).Select(t => t.Name).ToHashSet();
        var unknown = Defs.EnumerateObject().Select(d => d.Name).Where(name => !known.Contains(name)).ToArray();
        Assert.True(unknown.Length == 0, "schema-only definitions: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Case_format_documents_every_field_and_its_example_is_a_valid_case()
    {
        var markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "case-format.md"));

        var missing = ReachableTypes().Records
            .SelectMany(r => CaseProperties(r).Select(p => Camel(p.Name)))
            .Distinct()
            .Where(name => !markdown.Contains($"`{name}`", StringComparison.Ordinal))
            .ToArray();
        Assert.Empty(missing);

        var example = Regex.Match(markdown, "```json\\s*\\n(.*?)\\n```", RegexOptions.Singleline);
        Assert.True(example.Success, "docs/case-format.md needs a ```json example");
        var patientCase = PathwayJson.ReadCase(example.Groups[1].Value);
        Assert.Empty(Evaluation.Engine.Validate(patientCase));
        Assert.NotNull(Evaluation.Evaluate(patientCase));
    }
}
