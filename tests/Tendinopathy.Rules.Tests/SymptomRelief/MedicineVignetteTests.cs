using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.SymptomRelief.MedicineCases;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.SymptomRelief;

/// <summary>The symptom-relief, injection, shockwave, risk, ESC-01 and IMG-05/IMG-10 parts of vignettes V01, V02, V03, V05 and V11 (PATHWAY.md 7).</summary>
public sealed class MedicineVignetteTests
{
    private static CaseBuilder V02() => CaseBuilder.Sample("v02-hamstring-syndrome");

    private static CaseBuilder V05() => CaseBuilder.Sample("v05-acute-avulsion");

    private static CaseBuilder V11() => CaseBuilder.Baseline()
        .Age(68)
        .History(h => h with { SymptomWeeks = 6, LowBackPain = TriState.Yes })
        .Locations(PainLocation.LowerGlutealIschial, PainLocation.LowBack)
        .Aggravators(Aggravator.Sitting)
        .Pain(p => p with { NrsNow = 7, RestOrNightPain = TriState.Yes })
        .RedFlags(f => f with
        {
            CancerHistory = TriState.Yes, UnexplainedWeightLoss = TriState.Yes, NonMechanicalPain = TriState.Yes,
            FirstEpisodeAgedOver50 = TriState.Yes,
        })
        .Tests((ExamTest.Palpation, TestResult.Positive), (ExamTest.PuranenOrava, TestResult.Negative),
               (ExamTest.ModifiedBentKneeStretch, TestResult.Negative));

    [Fact]
    public void V01_symptom_relief_risk_education_and_no_imaging_needed_without_injection_or_shockwave()
    {
        var r = Evaluate(Tests.Diagnosis.DiagnosisTests.V01());

        foreach (var id in new[] { "SYM-01", "SYM-02", "SYM-03", "SYM-04", "RISK-03", "ESC-01" }) Recommended(r, id);
        Assert.False(Recommended(r, "SYM-02").HasDetail("gastroprotection"));
        Assert.False(Recommended(r, "IMG-05").IsOrder);
        foreach (var id in new[] { "INJ-01", "INJ-02", "ESWT-01", "IMG-10", "RISK-01", "RISK-02" }) NotApplicable(r, id);
        Assert.False(r.Prompts("MISS-15"));
    }

    [Fact]
    public void V02_hamstring_syndrome_gets_ESWT01_with_the_nerve_caution_INJ01_as_Consider_and_INJ02_considered()
    {
        var r = Evaluate(V02());

        Assert.Equal(Likelihood.Likely, r.Dx("DX-04"));
        Assert.True(Recommended(r, "ESWT-01").HasDetail("avoid focusing over the sciatic nerve"));
        var inj = Recommended(r, "INJ-01");
        Assert.Equal("Consider", inj.Strength);
        Assert.True(inj.HasDetail("Not within 6 weeks of ESWT"));
        ReasonCodes(r, "INJ-02", "INSUFFICIENT_EVIDENCE");
        foreach (var id in new[] { "SYM-01", "SYM-02", "SYM-03", "SYM-04" }) Recommended(r, id);
        NotApplicable(r, "IMG-10"); // DX-01 Likely, 8 < 12 weeks of failed loading, and the pre-treatment branch needs no imaging
        NotApplicable(r, "IMG-05"); // a hamstring MRI is recorded
    }

    [Fact]
    public void V03_radiculopathy_gets_oral_and_topical_NSAIDs_with_ESC01_but_no_ice_or_paracetamol()
    {
        var r = Evaluate(Tests.Diagnosis.DiagnosisTests.V03());

        foreach (var id in new[] { "SYM-02", "SYM-03", "ESC-01" }) Recommended(r, id);
        foreach (var id in new[] { "SYM-01", "SYM-04", "INJ-01", "INJ-02", "ESWT-01", "RISK-03", "IMG-05", "IMG-10" }) NotApplicable(r, id);
    }

    [Fact]
    public void V05_confirmed_avulsion_gets_symptom_relief_and_never_injection_or_shockwave()
    {
        var r = Evaluate(V05());

        Assert.Equal(Likelihood.Confirmed, r.Dx("DX-05"));
        foreach (var id in new[] { "SYM-01", "SYM-02", "SYM-03", "SYM-04" }) Recommended(r, id);
        foreach (var id in new[] { "ESWT-01", "INJ-01", "INJ-02" })
        {
            Assert.False(r.Recommends(id));
        }
    }

    [Fact]
    public void V11_urgent_red_flag_keeps_symptom_relief_and_ESC01_and_suppresses_IMG10()
    {
        var r = Evaluate(V11());

        Assert.Contains("RF-04", r.AlertIds());
        Assert.Equal(Likelihood.Possible, r.Dx("DX-01"));
        foreach (var id in new[] { "SYM-01", "SYM-03", "RISK-03", "ESC-01" }) Recommended(r, id);
        Assert.True(Recommended(r, "SYM-02").HasDetail("gastroprotection"));
        var img10 = r.TraceOf("IMG-10");
        Assert.Equal(TraceOutcome.SuppressedBy, img10.Outcome);
        Assert.Equal(["RF-04"], img10.SuppressedBy);
        foreach (var id in new[] { "SYM-04", "INJ-01", "INJ-02", "ESWT-01", "IMG-05" }) NotApplicable(r, id);
        Assert.False(r.Prompts("MISS-15"));
    }
}
