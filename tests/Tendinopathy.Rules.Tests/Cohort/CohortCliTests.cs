using System.Text.Json;
using Tendinopathy.Rules.Cli;
using Tendinopathy.Rules.Cohort;
using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Cohort;

/// <summary>The cohort, compare and generate commands: files, exit codes and what they print.</summary>
public sealed class CohortCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tendinopathy-cohort-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, Evaluation.Engine);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Generate_writes_deterministic_json_lines_to_stdout_or_a_file()
    {
        var (code, stdout, _) = Run("generate", "--count", "25", "--seed", "4");
        var (fileCode, _, _) = Run("generate", "--count", "25", "--seed", "4", "--out", PathOf("g.jsonl"));

        Assert.Equal(0, code);
        Assert.Equal(0, fileCode);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(SyntheticCohort.Generate(25, 4).Select(c => PathwayJson.Write(c, indented: false)), lines);
        Assert.Equal(lines, File.ReadAllLines(PathOf("g.jsonl")));
    }

    [Fact]
    public void Cohort_writes_one_result_per_line_in_order_reports_bad_lines_and_exits_2()
    {
        var good = SyntheticCohort.Generate(30, 8).Select(c => PathwayJson.Write(c, indented: false)).ToList();
        good.Insert(10, "{ broken");
        good.Insert(20, PathwayJson.Write(CaseBuilder.Baseline().Age(16).With(c => c with { CaseId = "minor" }).Case, indented: false));
        File.WriteAllLines(PathOf("in.jsonl"), good);

        var (code, stdout, stderr) = Run("cohort", PathOf("in.jsonl"), "--out", PathOf("out.jsonl"), "--parallel", "2", "--progress-every", "10");

        Assert.Equal(CliApp.ExitInvalidCase, code);
        var results = File.ReadAllLines(PathOf("out.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(32, results.Length);
        Assert.Equal(Enumerable.Range(1, 32), results.Select(r => r.GetProperty("line").GetInt32()));
        Assert.False(results[10].GetProperty("valid").GetBoolean());
        Assert.False(results[20].GetProperty("valid").GetBoolean());
        Assert.Equal(30, results.Count(r => r.GetProperty("valid").GetBoolean()));
        var errors = File.ReadAllLines(PathOf("out.jsonl.errors.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(new[] { 11, 21 }, errors.Select(e => e.GetProperty("line").GetInt32()));
        Assert.Equal("INVALID_JSON", errors[0].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Contains("line 11: $: INVALID_JSON", stderr);
        Assert.Contains("line 21 (case minor): Patient.AgeYears: OUT_OF_SCOPE_AGE", stderr);
        Assert.Contains("progress: 10 cases", stderr);
        Assert.Contains("COHORT SUMMARY", stdout);
        Assert.Matches(@"invalid\s+2\b", stdout);
    }

    [Fact]
    public void Cohort_exits_0_when_every_line_is_valid_and_1_when_the_input_is_unreadable()
    {
        File.WriteAllLines(PathOf("ok.jsonl"), SyntheticCohort.Generate(5, 1).Select(c => PathwayJson.Write(c, indented: false)));

        var ok = Run("cohort", PathOf("ok.jsonl"), "--out", PathOf("ok-out.jsonl"), "--errors", PathOf("errs.jsonl"));
        var missing = Run("cohort", PathOf("missing.jsonl"), "--out", PathOf("x.jsonl"));
        var noOut = Run("cohort", PathOf("ok.jsonl"));

        Assert.Equal(0, ok.Code);
        Assert.Equal("", File.ReadAllText(PathOf("errs.jsonl")));
        Assert.Equal(CliApp.ExitUnreadable, missing.Code);
        Assert.Equal(CliApp.ExitUsage, noOut.Code);
    }

    [Fact]
    public void Compare_prints_changed_cases_and_counts_and_writes_the_report()
    {
        File.WriteAllLines(PathOf("c.jsonl"), SyntheticCohort.Generate(200, 31).Select(c => PathwayJson.Write(c, indented: false)));
        File.WriteAllText(PathOf("b.json"), """{ "name": "no-img", "version": "1", "excludeTags": ["Investigations"] }""");

        var (code, stdout, _) = Run("compare", PathOf("c.jsonl"), "--rules-b", PathOf("b.json"), "--out", PathOf("report.json"));

        Assert.Equal(0, code);
        Assert.Contains("RULE-SET COMPARISON", stdout);
        Assert.Contains("B: no-img 1", stdout);
        using var report = JsonDocument.Parse(File.ReadAllText(PathOf("report.json")));
        var changed = report.RootElement.GetProperty("changedCases").GetInt64();
        Assert.True(changed > 0);
        Assert.Matches(@"changed\s+" + changed + @"\b", stdout);
        foreach (var item in report.RootElement.GetProperty("itemChanges").EnumerateArray())
        {
            Assert.StartsWith("IMG-", item.GetProperty("id").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_bad_configuration_is_reported_and_stops_before_any_case()
    {
        File.WriteAllLines(PathOf("c.jsonl"), SyntheticCohort.Generate(3, 2).Select(c => PathwayJson.Write(c, indented: false)));
        File.WriteAllText(PathOf("bad.json"), """{ "options": { "chronicWeekz": 3 } }""");
        File.WriteAllText(PathOf("unknown.json"), """{ "exclude": ["NOPE-01"] }""");

        var badOption = Run("cohort", PathOf("c.jsonl"), "--out", PathOf("o.jsonl"), "--rules", PathOf("bad.json"));
        var unknownRule = Run("compare", PathOf("c.jsonl"), "--rules-b", PathOf("unknown.json"));

        Assert.Equal(CliApp.ExitUsage, badOption.Code);
        Assert.Contains("$.options.chronicWeekz", badOption.Err);
        Assert.Equal(CliApp.ExitUsage, unknownRule.Code);
        Assert.Contains("NOPE-01", unknownRule.Err);
    }
}
