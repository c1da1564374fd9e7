namespace Tendinopathy.Rules.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void RF01_fires_when_saddle_numbness_reported()
    {
        var engine = new PathwayEngine();
        var result = engine.Evaluate(new PatientCase
        {
            Patient = new PatientDetails { AgeYears = 50, Sex = Sex.Female, Pregnant = TriState.No },
            History = new History { SymptomWeeks = 1 },
            Medications = new Medications { Reviewed = true },
            Comorbidities = new Comorbidities { Reviewed = true },
            RedFlags = new RedFlagItems { SaddleAnaesthesia = TriState.Yes },
        });
        Assert.Equal(Urgency.Emergency, result.OverallUrgency);
        Assert.Contains(result.Alerts, a => a.Id == "RF-01");
        Assert.Contains(result.Recommendations, r => r.Id == "IMG-01");
        Assert.Contains(result.Recommendations, r => r.Id == "ACT-EMERGENCY-SPINAL" && r.References.Count > 0);
    }
}
