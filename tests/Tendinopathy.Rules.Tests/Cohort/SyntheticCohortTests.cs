using Tendinopathy.Rules.Benchmarks;
using Tendinopathy.Rules.Cohort;
using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Cohort;

/// <summary>The synthetic generator: deterministic, valid, varied; and the benchmarks' hand-written slice equals the engine.</summary>
public sealed class SyntheticCohortTests
{
    private static readonly PatientCase[] Thousands = SyntheticCohort.Generate(4_000, seed: 2026).ToArray();

    [Fact]
    public void The_same_seed_gives_the_same_cases_and_another_seed_other_cases()
    {
        var a = SyntheticCohort.Generate(300, seed: 9).Select(c => PathwayJson.Write(c, indented: false)).ToArray();
        var b = SyntheticCohort.Generate(300, seed: 9).Select(c => PathwayJson.Write(c, indented: false)).ToArray();
        var other = SyntheticCohort.Generate(300, seed: 10).Select(c => PathwayJson.Write(c, indented: false)).ToArray();

        Assert.Equal(a, b);
        Assert.NotEqual(a, other);
        Assert.Equal(300, a.Distinct().Count());
        Assert.Equal(a.Take(100), SyntheticCohort.Generate(100, seed: 9).Select(c => PathwayJson.Write(c, indented: false)));
    }

    [Fact]
    public void Every_generated_case_passes_validation_and_round_trips_through_json()
    {
        foreach (var c in Thousands)
        {
            var errors = Evaluation.Engine.Validate(c);
            Assert.True(errors.Count == 0, c.CaseId + ": " + string.Join("; ", errors));
        }
        foreach (var c in Thousands.Take(200))
        {
            Assert.Equal(PathwayJson.Write(c), PathwayJson.Write(PathwayJson.ReadCase(PathwayJson.Write(c))));
        }
    }

    [Fact]
    public void Every_archetype_generates_valid_cases()
    {
        foreach (var archetype in Enum.GetValues<SyntheticArchetype>())
        {
            for (var seed = 0; seed < 200; seed++)
            {
                var c = SyntheticCohort.GenerateOne(archetype, seed);
                Assert.True(Evaluation.Engine.Validate(c).Count == 0, $"{archetype} {seed}: {string.Join("; ", Evaluation.Engine.Validate(c))}");
            }
        }
    }

    [Fact]
    public void The_mix_is_clinically_varied()
    {
        var results = Thousands.Take(1_500).Select(Evaluation.Evaluate).ToArray();

        foreach (var dx in new[] { "DX-01", "DX-02", "DX-03", "DX-04", "DX-05", "DX-06" })
        {
            Assert.True(results.Count(r => r.Dx(dx) >= Likelihood.Possible) >= 15, dx);
        }
        foreach (var rf in new[] { "RF-01", "RF-02", "RF-03", "RF-04", "RF-05" })
        {
            Assert.Contains(results, r => r.AlertIds().Contains(rf));
        }
        Assert.Contains(results, r => r.Provisional);
        Assert.Contains(Thousands, c => c.FollowUp is not null);
        Assert.Contains(Thousands, c => c.Patient.Pregnant == TriState.Yes);
        Assert.Contains(Thousands, c => c.Medications.Entries.Any(m => m.Class == MedicationClass.Fluoroquinolone));
        Assert.Contains(Thousands, c => c.Comorbidities.ChronicKidneyDisease is not null);
        Assert.Contains(Thousands, c => c.Medications.Reviewed == false);
        Assert.True(results.Count(r => r.OverallUrgency == Urgency.Emergency) > 10);
    }

    [Fact]
    public void The_hand_written_slice_equals_the_engine_on_thousands_of_generated_cases()
    {
        var redFlagCases = Enumerable.Range(0, 500).Select(s => SyntheticCohort.GenerateOne(SyntheticArchetype.RedFlag, s));
        foreach (var c in Thousands.Take(2_500).Concat(redFlagCases))
        {
            var engine = Evaluation.Evaluate(c);
            var slice = HandWrittenSlice.Evaluate(c);

            var engineFlags = engine.Alerts.Where(a => a.Kind == AlertKind.RedFlag).Select(a => (a.Id, a.Urgency)).OrderBy(f => f.Id);
            Assert.Equal(engineFlags, slice.RedFlags);
            Assert.Equal(engine.Dx("DX-01"), slice.Pht);
            Assert.Equal(engine.Dx("DX-02"), slice.Radicular);
        }
    }
}
