using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Sciatica.SciaticaCases;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Surgery;

/// <summary>SURG-01 (PATHWAY.md 4.13) with its strength and options, the SURG-02…SURG-04 annotations, SAFE-05 and vignette V06.</summary>
public sealed class SurgeryTests
{
    private static CaseBuilder ChronicPht(int failedWeeks, params HamstringFinding[] findings) => CaseBuilder.TypicalPht()
        .SymptomWeeks(34)
        .Imaging(i => i with
        {
            HamstringModality = HamstringModality.Mri, HamstringFindings = findings.Length == 0 ? [HamstringFinding.Tendinosis] : findings,
            SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No, QuadratusFemorisOedema = TriState.No,
        })
        .FailedLoading(failedWeeks);

    /// <summary>V06 (PATHWAY.md 7): chronic PHT after 26 weeks of failed loading, MRI tendinosis and a low-grade partial tear.</summary>
    private static CaseBuilder V06() => CaseBuilder.Sample("v06-chronic-pht");

    private static Recommendation Surg01(PathwayResult r) => Assert.Single(r.Recommendations, x => x.Id == "SURG-01");

    [Theory]
    [InlineData(11, null)]
    [InlineData(12, "Consider")]
    [InlineData(25, "Consider")]
    [InlineData(26, "Recommend")]
    public void SURG01_considers_a_surgical_opinion_from_12_weeks_and_recommends_it_from_26(int weeks, string? strength)
    {
        var r = Evaluate(ChronicPht(weeks));

        if (strength is null)
        {
            Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("SURG-01").Outcome);
            Assert.True(r.Displays("DNO-34"));
            return;
        }
        var item = Surg01(r);
        Assert.Equal(strength, item.Strength);
        Assert.Equal(ItemCategory.SurgicalReferral, item.Category);
        Assert.Equal("L4", item.EvidenceCode);
        Assert.False(r.Displays("DNO-34"));
    }

    [Fact]
    public void SURG01_needs_a_hamstring_MRI_showing_tendon_pathology()
    {
        Assert.False(Evaluate(CaseBuilder.TypicalPht().SymptomWeeks(34).FailedLoading(30)).Recommends("SURG-01"));
        Assert.False(Evaluate(ChronicPht(30, HamstringFinding.IschialBoneOedema)).Recommends("SURG-01"));
        Assert.False(Evaluate(ChronicPht(30).Imaging(i => i with { HamstringModality = HamstringModality.Ultrasound })).Recommends("SURG-01"));
        Assert.True(Evaluate(ChronicPht(30, HamstringFinding.PeritendinousOedema)).Recommends("SURG-01"));
    }

    [Fact]
    public void SURG01_is_not_applicable_with_a_red_flag_because_no_RF_is_its_own_condition()
    {
        var r = Evaluate(ChronicPht(30).WithUrgentRedFlag());

        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("SURG-01").Outcome);
    }

    [Fact]
    public void SURG01_always_lists_option_a_and_adds_b_and_c_only_when_their_facts_hold()
    {
        var plain = Surg01(Evaluate(ChronicPht(12)));
        Assert.Single(plain.Details);
        Assert.StartsWith("Option (a)", plain.Details[0], StringComparison.Ordinal);

        var tear = Surg01(Evaluate(ChronicPht(12, HamstringFinding.Tendinosis, HamstringFinding.PartialTearLowGrade)));
        Assert.Equal(2, tear.Details.Count);
        Assert.Contains(tear.Details, d => d.StartsWith("Option (b)", StringComparison.Ordinal) && d.Contains("PartialTearLowGrade", StringComparison.Ordinal));

        var nerve = Evaluate(ChronicPht(12).Neuro(n => n with { PosteriorThighParaesthesiaOrBurning = TriState.Yes }));
        Assert.True(nerve.Dx("DX-04") >= Likelihood.Possible);
        Assert.Contains(Surg01(nerve).Details, d => d.StartsWith("Option (c)", StringComparison.Ordinal) && d.Contains("DX-04", StringComparison.Ordinal));
    }

    [Fact]
    public void SURG01_fires_once_in_the_explanation_whatever_the_number_of_options()
    {
        var r = Evaluate(ChronicPht(12, HamstringFinding.Tendinosis, HamstringFinding.PartialTearLowGrade)
            .Neuro(n => n with { PosteriorThighParaesthesiaOrBurning = TriState.Yes }));

        Assert.Equal(3, Surg01(r).Details.Count);
        Assert.Single(r.Explanation, f => f.RuleId == "SURG-01");
    }

    [Fact]
    public void Surgical_annotations_are_not_trace_rules()
    {
        var r = Evaluate(ChronicPht(30));

        Assert.DoesNotContain(r.Trace, t => t.RuleId is "SURG-02" or "SURG-03" or "SURG-04" or "SCI-07" or "SCI-10" or "DGS-04");
    }

    [Fact]
    public void V06_recommends_SURG01_with_options_a_and_b_and_escalations_ESC02_ESC04_ESC05_without_DNO34()
    {
        var r = Evaluate(V06());

        Assert.Equal(Likelihood.Likely, r.Dx("DX-01"));
        var surgery = Surg01(r);
        Assert.Equal("Recommend", surgery.Strength);
        Assert.Equal(2, surgery.Details.Count(d => d.StartsWith("Option", StringComparison.Ordinal)));
        Assert.Contains(surgery.Details, d => d.StartsWith("Option (a)", StringComparison.Ordinal));
        Assert.Contains(surgery.Details, d => d.StartsWith("Option (b)", StringComparison.Ordinal));
        Assert.DoesNotContain(surgery.Details, d => d.StartsWith("Option (c)", StringComparison.Ordinal));
        foreach (var id in new[] { "ESC-02", "ESC-04", "ESC-05" }) Assert.True(r.Recommends(id), id);
        foreach (var id in new[] { "DNO-30", "DNO-31", "DNO-32", "DNO-33" }) Assert.True(r.Displays(id), id);
        foreach (var id in new[] { "DNO-01", "DNO-02", "DNO-03", "DNO-04", "DNO-05", "DNO-34" }) Assert.False(r.Displays(id), id);
        Assert.False(r.Recommends("IMG-07"));
        Assert.Equal(Urgency.Routine, r.OverallUrgency);
    }
}
