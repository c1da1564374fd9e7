using System.Text.Json;
using System.Text.RegularExpressions;
using Tendinopathy.Rules.Cli;
using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Cli;

/// <summary>The <c>tendinopathy</c> command: exit codes, what each format prints, and that it adds no logic of its own.</summary>
public sealed partial class CliAppTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tendinopathy-cli-tests-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static PatientCase Pht => CaseBuilder.TypicalPht().With(c => c with { CaseId = "cli-pht" });

    /// <summary>Saddle numbness: RF-01 (emergency) fires.</summary>
    private static PatientCase SaddleNumbness => CaseBuilder.TypicalPht()
        .RedFlags(r => r with { SaddleAnaesthesia = TriState.Yes })
        .With(c => c with { CaseId = "cli-rf01" });

    private string WriteCase(PatientCase c, string name = "case.json") => WriteText(PathwayJson.Write(c), name);

    private string WriteText(string text, string name)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => RunWith(Evaluation.Engine, args);

    private static (int Code, string Out, string Err) RunWith(PathwayEngine? engine, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, engine);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Collapses every run of whitespace, so wrapped report text can be compared with the result's text.</summary>
    private static string Flat(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public void Evaluate_text_prints_case_rule_set_urgency_and_ends_with_the_intended_use()
    {
        var result = Evaluation.Evaluate(Pht);

        var (code, stdout, stderr) = RunWith(null, "evaluate", WriteCase(Pht));

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("cli-pht", stdout);
        Assert.Contains(result.RuleSet.Name, stdout);
        Assert.Contains(result.RuleSet.Version, stdout);
        Assert.Contains(result.RuleSet.ContentHash, stdout);
        Assert.Contains("OVERALL URGENCY: " + result.OverallUrgency.ToString().ToUpperInvariant(), stdout);
        Assert.EndsWith(Flat(result.IntendedUse), Flat(stdout));
    }

    [Fact]
    public void No_red_flags_is_printed_when_and_only_when_the_result_says_so()
    {
        var (_, clean, _) = Run("evaluate", WriteCase(Pht));
        var (_, redFlag, _) = Run("evaluate", WriteCase(SaddleNumbness));
        var unknownScreen = CaseBuilder.TypicalPht().With(c => c with { RedFlags = new RedFlagItems() });
        var (_, provisional, _) = Run("evaluate", WriteCase(unknownScreen));

        Assert.True(Evaluation.Evaluate(Pht).NoRedFlags);
        Assert.Contains("No red flags", clean);
        Assert.DoesNotContain("no red flags", redFlag, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("no red flags", provisional, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("PROVISIONAL: red-flag screen incomplete", provisional);
        Assert.DoesNotContain("PROVISIONAL", clean);
    }

    [Fact]
    public void Clinician_report_shows_alerts_with_triggering_facts_actions_and_evidence()
    {
        var result = Evaluation.Evaluate(SaddleNumbness);
        var alert = Assert.Single(result.Alerts, a => a.Id == "RF-01");

        var (code, stdout, _) = Run("evaluate", WriteCase(SaddleNumbness), "--audience", "clinician");

        Assert.Equal(0, code);
        Assert.Contains("OVERALL URGENCY: EMERGENCY", stdout);
        Assert.Contains("[EMERGENCY] RF-01", stdout);
        Assert.Contains(Flat(alert.ClinicianText), Flat(stdout));
        foreach (var fact in alert.TriggeringFacts) Assert.Contains(fact.ToString(), stdout);
        foreach (var action in alert.Actions) Assert.Contains(action, stdout);
        foreach (var reference in alert.References) Assert.Contains(reference.Id, stdout);
    }

    [Fact]
    public void Every_list_of_the_result_is_printed_in_result_order()
    {
        foreach (var patientCase in new[] { Pht, SaddleNumbness })
        {
            var result = Evaluation.Evaluate(patientCase);
            var (_, stdout, _) = Run("evaluate", WriteCase(patientCase));

            string[] ids =
            [
                .. result.Alerts.Select(a => a.Id), .. result.Diagnoses.Select(d => d.Id),
                .. result.Recommendations.Select(r => r.Id), .. result.ConsideredNotRecommended.Select(r => r.Id),
                .. result.DoNotOffer.Select(d => d.Id), .. result.MissingInformation.Select(m => m.Id),
            ];
            var at = 0;
            foreach (var id in ids)
            {
                var next = stdout.IndexOf(id + "  ", at, StringComparison.Ordinal);
                Assert.True(next >= 0, $"{id} is missing or out of order in:\n{stdout}");
                at = next + id.Length;
            }
            foreach (var c in result.Diagnoses.SelectMany(d => d.Criteria)) Assert.Contains(c.Id, stdout);
            foreach (var r in result.ConsideredNotRecommended.SelectMany(r => r.Reasons)) Assert.Contains(r.Code, stdout);
        }
    }

    [Fact]
    public void Patient_audience_prints_patient_texts_without_codes_but_keeps_urgency_and_alerts()
    {
        var result = Evaluation.Evaluate(SaddleNumbness);
        var alert = Assert.Single(result.Alerts, a => a.Id == "RF-01");

        var (code, stdout, _) = Run("evaluate", WriteCase(SaddleNumbness), "--audience", "patient");

        Assert.Equal(0, code);
        Assert.Contains("OVERALL URGENCY: EMERGENCY", stdout);
        Assert.Contains("[EMERGENCY] " + alert.Title, stdout);
        Assert.Contains(Flat(alert.PatientText), Flat(stdout));
        Assert.DoesNotContain(Flat(alert.ClinicianText), Flat(stdout));
        foreach (var r in result.Recommendations) Assert.Contains(Flat(r.PatientText), Flat(stdout));
        Assert.DoesNotContain("REF-", stdout);
        Assert.DoesNotContain("Criteria:", stdout);
        Assert.DoesNotContain("RF-01", stdout);
        Assert.EndsWith(Flat(result.IntendedUse), Flat(stdout));
    }

    [Theory]
    [InlineData("clinician")]
    [InlineData("patient")]
    public void Text_report_fits_a_100_column_terminal(string audience)
    {
        foreach (var patientCase in new[] { Pht, SaddleNumbness })
        {
            var (_, stdout, _) = Run("evaluate", WriteCase(patientCase), "--audience", audience);
            var longest = stdout.Split('\n').MaxBy(l => l.TrimEnd('\r').Length)!;
            Assert.True(longest.TrimEnd('\r').Length <= 100, "too wide: " + longest);
        }
    }

    [Fact]
    public void Json_output_is_the_serialized_result_with_camelCase_names_and_string_enums()
    {
        var (code, stdout, stderr) = Run("evaluate", WriteCase(SaddleNumbness), "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        using var document = JsonDocument.Parse(stdout);
        var root = document.RootElement;
        Assert.Equal("emergency", root.GetProperty("overallUrgency").GetString());
        Assert.Equal("cli-rf01", root.GetProperty("caseId").GetString());
        var alert = root.GetProperty("alerts").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "RF-01");
        Assert.Equal("redFlag", alert.GetProperty("kind").GetString());
        Assert.Equal("emergency", alert.GetProperty("urgency").GetString());
        Assert.All(PropertyNames(root), name => Assert.True(char.IsLower(name[0]), $"property '{name}' is not camelCase"));

        // The same document as the library's own serializer writes, and it reads back into an equal result.
        var expected = PathwayJson.Write(Evaluation.Evaluate(SaddleNumbness));
        Assert.Equal(expected, stdout.TrimEnd());
        var roundTripped = JsonSerializer.Deserialize<PathwayResult>(stdout, PathwayJson.Options)!;
        Assert.Equal(expected, PathwayJson.Write(roundTripped));
    }

    private static IEnumerable<string> PropertyNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => PropertyNames(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(PropertyNames),
        _ => [],
    };

    [Fact]
    public void Invalid_case_exits_2_with_each_validation_error_path_and_code()
    {
        var invalid = CaseBuilder.Baseline().Age(10).Build();

        var (code, stdout, stderr) = Run("evaluate", WriteCase(invalid));

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("Patient.AgeYears", stderr);
        Assert.Contains(ValidationCodes.OutOfScopeAge, stderr);
        foreach (var error in Evaluation.Engine.Validate(invalid)) Assert.Contains(error.ToString(), stderr);
    }

    [Fact]
    public void Malformed_json_exits_2_with_its_line()
    {
        var path = WriteText("{\n  \"patient\": {\n    \"ageYears\": 30,\n", "truncated.json");

        var (code, stdout, stderr) = Run("evaluate", path);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("INVALID_JSON", stderr);
        Assert.Contains("line ", stderr);
    }

    [Fact]
    public void Unknown_property_exits_2_with_its_path()
    {
        var json = PathwayJson.Write(Pht).Replace("\"pain\": {", "\"pain\": {\n    \"nrsYesterday\": 3,", StringComparison.Ordinal);
        Assert.Contains("nrsYesterday", json);

        var (code, _, stderr) = Run("evaluate", WriteText(json, "unknown-property.json"));

        Assert.Equal(2, code);
        Assert.Contains("$.pain.nrsYesterday: INVALID_JSON", stderr);
    }

    [Fact]
    public void Undefined_enum_value_exits_2_with_its_path()
    {
        var json = PathwayJson.Write(Pht).Replace("\"sex\": \"male\"", "\"sex\": \"m\"", StringComparison.Ordinal);

        var (code, _, stderr) = Run("evaluate", WriteText(json, "bad-enum.json"));

        Assert.Equal(2, code);
        Assert.Contains("$.patient.sex: INVALID_JSON", stderr);
    }

    [Fact]
    public void Missing_file_exits_1()
    {
        var path = Path.Combine(_dir, "does-not-exist.json");

        var (code, stdout, stderr) = Run("evaluate", path);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains(path, stderr);
    }

    [Theory]
    [InlineData]
    [InlineData("evaluate")]
    [InlineData("frobnicate", "case.json")]
    [InlineData("evaluate", "case.json", "--format", "xml")]
    [InlineData("evaluate", "case.json", "--format")]
    [InlineData("evaluate", "case.json", "--audience", "family")]
    [InlineData("evaluate", "case.json", "--format", "json", "--audience", "patient")]
    [InlineData("evaluate", "a.json", "b.json")]
    [InlineData("evaluate", "case.json", "--verbose")]
    [InlineData("--version", "extra")]
    public void Bad_arguments_exit_64_with_usage(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);

        Assert.Equal(64, code);
        Assert.Equal("", stdout);
        Assert.Contains("usage: tendinopathy evaluate", stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("evaluate", "--help")]
    public void Help_prints_usage_and_exits_0(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);

        Assert.Equal(0, code);
        Assert.Contains("usage: tendinopathy evaluate", stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public void Version_prints_the_tool_version_and_the_rule_set_identity()
    {
        var (code, stdout, _) = RunWith(null, "--version");

        var ruleSet = Evaluation.Engine.Identity;
        Assert.Equal(0, code);
        Assert.StartsWith("tendinopathy ", stdout);
        Assert.Contains($"{ruleSet.Name} {ruleSet.Version}", stdout);
        Assert.Contains(ruleSet.ContentHash, stdout);
    }

    [Fact]
    public void Every_sample_case_evaluates_in_both_formats()
    {
        var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "cases"), "*.json");
        Assert.NotEmpty(samples);
        foreach (var sample in samples)
        {
            foreach (var format in new[] { "text", "json" })
            {
                var (code, _, stderr) = Run("evaluate", sample, "--format", format);
                Assert.True(code == 0, $"{Path.GetFileName(sample)} --format {format}: exit {code}\n{stderr}");
            }
        }
    }
}
