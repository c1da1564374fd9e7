using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.SymptomRelief.MedicineCases;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.SymptomRelief;

/// <summary>SYM-01…SYM-04 (PATHWAY.md 4.5), ESC-01 (4.12) and MISS-15 (3.5), with the medicine parts of V07, V08 and V12.</summary>
public sealed class SymptomReliefTests
{
    private static CaseBuilder NoDiagnosis() => CaseBuilder.Baseline();

    private static CaseBuilder PossibleIschiofemoralImpingement() => CaseBuilder.Baseline()
        .Locations(PainLocation.LateralToIschium).Aggravators(Aggravator.LongStrideWalking);

    private static CaseBuilder Undifferentiated() => CaseBuilder.Baseline().Locations(PainLocation.PosteriorThighAboveKnee);

    [Fact]
    public void SYM01_cryotherapy_is_recommended_for_PHT_with_the_icing_protocol()
    {
        var item = Recommended(Evaluate(CaseBuilder.TypicalPht()), "SYM-01");

        Assert.Equal(ItemCategory.SymptomReliefNonDrug, item.Category);
        Assert.True(item.HasDetail("wet towel"));
        Assert.True(item.HasDetail("about 10 minutes"));
        Assert.True(item.HasDetail("10 min on, 10 min off, 10 min on"));
        Assert.True(item.HasDetail("never ice directly on the skin"));
    }

    [Fact]
    public void SYM01_and_SYM03_fire_for_undifferentiated_pain_but_SYM02_and_SYM04_do_not()
    {
        var r = Evaluate(Undifferentiated());

        Assert.Equal(Likelihood.Possible, r.Dx("DX-07"));
        Recommended(r, "SYM-01");
        Recommended(r, "SYM-03");
        NotApplicable(r, "SYM-02");
        NotApplicable(r, "SYM-04");
    }

    [Fact]
    public void SYM02_and_SYM03_fire_for_radicular_pain_but_SYM01_and_SYM04_do_not()
    {
        var r = Evaluate(Tests.Diagnosis.DiagnosisTests.V03());

        Assert.Equal(Likelihood.Likely, r.Dx("DX-02"));
        Recommended(r, "SYM-02");
        Recommended(r, "SYM-03");
        NotApplicable(r, "SYM-01");
        NotApplicable(r, "SYM-04");
    }

    [Fact]
    public void SYM04_paracetamol_fires_for_ischiofemoral_impingement_with_a_known_no_low_back_pain()
    {
        var r = Evaluate(PossibleIschiofemoralImpingement());

        Assert.Equal(Likelihood.Possible, r.Dx("DX-06"));
        var item = Recommended(r, "SYM-04");
        Assert.Equal(ItemCategory.Pharmacological, item.Category);
        Recommended(r, "SYM-01");
    }

    [Fact]
    public void SYM04_is_not_applicable_with_low_back_pain()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().History(h => h with { LowBackPain = TriState.Yes }));

        NotApplicable(r, "SYM-04");
        Assert.False(r.Prompts("MISS-15"));
    }

    [Fact]
    public void MISS15_prompts_for_an_unknown_low_back_pain_status_and_SYM04_is_in_neither_list()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().History(h => h with { LowBackPain = TriState.Unknown }));

        NotApplicable(r, "SYM-04");
        var prompt = Assert.Single(r.MissingInformation, m => m.Id == "MISS-15");
        Assert.Equal(["History.LowBackPain"], prompt.Fields);
        Assert.Equal(MissingInformationPriority.Medium, prompt.Priority);
    }

    [Fact]
    public void MISS15_does_not_prompt_without_a_SYM04_diagnosis()
    {
        var r = Evaluate(NoDiagnosis().History(h => h with { LowBackPain = TriState.Unknown }));
        Assert.False(r.Prompts("MISS-15"));
    }

    [Fact]
    public void ESC01_reviews_a_recommended_oral_NSAID_within_14_days()
    {
        var r = Evaluate(CaseBuilder.TypicalPht());

        var item = Recommended(r, "ESC-01");
        Assert.Equal(ItemCategory.FollowUp, item.Category);
        Assert.True(item.HasDetail("within 14 days"));
    }

    [Fact]
    public void ESC01_is_not_applicable_when_SYM02_is_only_considered()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().Medication(MedicationClass.AnticoagulantDoac));

        Considered(r, "SYM-02");
        NotApplicable(r, "ESC-01");
    }

    [Fact]
    public void An_urgent_red_flag_keeps_SYM_items_and_ESC01()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().RedFlags(f => f with { SignificantTrauma = TriState.Yes }));

        Assert.Contains("RF-05", r.AlertIds());
        foreach (var id in new[] { "SYM-01", "SYM-02", "SYM-03", "SYM-04", "ESC-01" }) Recommended(r, id);
    }

    [Fact]
    public void An_emergency_red_flag_suppresses_every_SYM_item()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().RedFlags(f => f with { SaddleAnaesthesia = TriState.Yes }));

        foreach (var id in new[] { "SYM-01", "SYM-02", "SYM-03", "SYM-04", "ESC-01" })
        {
            Assert.False(r.Recommends(id));
            Assert.False(r.Considers(id));
        }
        Assert.Equal(["RF-01"], r.TraceOf("SYM-02").SuppressedBy);
    }

    [Fact]
    public void V07_oral_NSAID_with_gastroprotection_for_the_systemic_corticosteroid()
    {
        var r = Evaluate(V07());

        var sym02 = Recommended(r, "SYM-02");
        Assert.True(sym02.HasDetail("CAU-NSAID-GI (Medications.SystemicCorticosteroid = Current)"));
        Assert.True(sym02.HasDetail("gastroprotection"));
        foreach (var id in new[] { "SYM-01", "SYM-03", "SYM-04", "ESC-01" }) Recommended(r, id);
    }

    [Fact]
    public void V08_oral_NSAID_contraindicated_by_anticoagulation_and_eGFR_topical_with_cautions_paracetamol_recommended()
    {
        var r = Evaluate(V08());

        var reason = Reason(r, "SYM-02", "CI-NSAID-ORAL");
        Assert.Equal([new FactValue("Anticoagulated", "Yes"), new FactValue("EgfrBelow60", "Yes")], reason.TriggeringFacts);
        ReasonCodes(r, "SYM-02", "CI-NSAID-ORAL");
        Assert.True(Recommended(r, "SYM-03").HasDetail("small area, short course"));
        Recommended(r, "SYM-04");
        Recommended(r, "SYM-01");
        Assert.False(r.Recommends("ESC-01"));
        Assert.Equal(Urgency.Routine, r.OverallUrgency);
    }

    [Fact]
    public void V12_pregnancy_at_24_weeks_blocks_oral_and_topical_NSAIDs_and_keeps_ice_and_paracetamol()
    {
        var r = Evaluate(V12());

        var oral = Reason(r, "SYM-02", "CI-NSAID-ORAL");
        var topical = Reason(r, "SYM-03", "CI-NSAID-TOP");
        FactValue[] pregnancy = [new("Pregnant", "Yes"), new("GestationWeeks", "24")];
        Assert.Equal(pregnancy, oral.TriggeringFacts);
        Assert.Equal(pregnancy, topical.TriggeringFacts);
        Recommended(r, "SYM-01");
        Recommended(r, "SYM-04");
        Assert.False(r.Recommends("ESC-01"));
    }
}

