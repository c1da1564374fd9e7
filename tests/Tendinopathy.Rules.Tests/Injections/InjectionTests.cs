using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.SymptomRelief.MedicineCases;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Injections;

/// <summary>INJ-01 and INJ-02 (PATHWAY.md 4.6), the CI-CSI predicate with its cautions, RISK-04, and the injection parts of V06 and V07.</summary>
public sealed class InjectionTests
{
    private static CaseBuilder Eligible() => ChronicFailedLoading();

    /// <summary>A follow-up after the given weeks of loading with the given previous decisions (most recent last).</summary>
    private static CaseBuilder FollowUpAfter(int weeks, params LoadingDecisionKind[] decisions) => CaseBuilder.TypicalPht().SymptomWeeks(16)
        .FollowUp(f => f with
        {
            CurrentPhase = LoadingPhase.P2, WeeksOfStructuredLoading = weeks, PreviousDecisions = decisions,
            PainDuringLoadingNrs = 4, LoadTestNextMorningNrs = 3, LoadTestBaselineNrs = 2, WeeklyTrend = WeeklyTrend.Stable,
            PhaseExitCriteriaMet = TriState.No, AtLowestLevelOfPhase = TriState.No,
        });

    [Fact]
    public void INJ01_is_Consider_after_six_weeks_of_failed_loading_with_the_required_wording()
    {
        var item = Recommended(Evaluate(Eligible()), "INJ-01");

        Assert.Equal("Consider", item.Strength);
        Assert.Equal(ItemCategory.Injection, item.Category);
        Assert.Contains("image-guided, peritendinous, not intratendinous", item.ClinicianText, StringComparison.OrdinalIgnoreCase);
        Assert.True(item.HasDetail("Image-guided, peritendinous, not intratendinous"));
        Assert.True(item.HasDetail("Continue the loading programme"));
        Assert.True(item.HasDetail("about 2 weeks"));
        Assert.True(item.HasDetail("Not within 6 weeks of ESWT"));
    }

    [Fact]
    public void INJ01_is_not_applicable_below_six_weeks_of_failed_loading()
    {
        NotApplicable(Evaluate(CaseBuilder.TypicalPht().SymptomWeeks(16).FailedLoading(5)), "INJ-01");
    }

    [Fact]
    public void INJ01_ignores_undocumented_or_poorly_adhered_loading()
    {
        NotApplicable(Evaluate(CaseBuilder.TypicalPht().SymptomWeeks(16).FailedLoading(8, adherence: Adherence.Poor)), "INJ-01");
    }

    [Fact]
    public void INJ01_is_not_applicable_without_a_tendinopathy_diagnosis()
    {
        var r = Evaluate(CaseBuilder.Baseline().Locations(PainLocation.LateralToIschium).Aggravators(Aggravator.LongStrideWalking)
            .SymptomWeeks(16).FailedLoading(8));
        NotApplicable(r, "INJ-01");
    }

    [Fact]
    public void INJ01_fires_at_a_follow_up_after_two_consecutive_hold_or_regress_decisions_and_six_weeks_of_loading()
    {
        var r = Evaluate(FollowUpAfter(6, LoadingDecisionKind.Progress, LoadingDecisionKind.Hold, LoadingDecisionKind.Regress));
        Recommended(r, "INJ-01");
    }

    [Theory]
    [InlineData(5, new[] { LoadingDecisionKind.Hold, LoadingDecisionKind.Regress })]
    [InlineData(6, new[] { LoadingDecisionKind.Regress })]
    [InlineData(6, new[] { LoadingDecisionKind.Hold, LoadingDecisionKind.Progress })]
    [InlineData(6, new[] { LoadingDecisionKind.Suspend, LoadingDecisionKind.Hold })]
    public void INJ01_is_not_applicable_at_a_follow_up_without_insufficient_response(int weeks, LoadingDecisionKind[] decisions)
    {
        NotApplicable(Evaluate(FollowUpAfter(weeks, decisions)), "INJ-01");
    }

    // ---- CI-CSI ----

    private static (CaseBuilder Case, string Field, string Value) CsiAbsolute(string item) => item switch
    {
        "FqRecent" => (Eligible().Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 30), "FqRecent", "Yes"),
        "LocalInfection" => (Eligible().Comorbidities(m => m with { LocalSkinOrSoftTissueInfectionAtSite = true }),
            "Comorbidities.LocalSkinOrSoftTissueInfectionAtSite", "Yes"),
        "FeverUnknown" => (Eligible().RedFlags(f => f with { FeverOrSystemicallyUnwell = TriState.Unknown }),
            "RedFlags.FeverOrSystemicallyUnwell (RFI-06)", "Unknown"),
        "FeverYes" => (Eligible().RedFlags(f => f with { FeverOrSystemicallyUnwell = TriState.Yes }),
            "RedFlags.FeverOrSystemicallyUnwell (RFI-06)", "Yes"),
        "TwoInjections" => (Eligible().PriorTreatment(Csi(weeksSinceLast: 20, count: 2)), "CsiCount12m", "2"),
        "RecentInjection" => (Eligible().PriorTreatment(Csi(weeksSinceLast: 11)), "LastCsiWeeksAgo", "11"),
        "RecentEswt" => (Eligible().PriorTreatment(Eswt(weeksAgoEnded: 6, weeksSinceLast: 6)), "PriorTreatments.Eswt.WeeksSinceLast", "6"),
        "RecentEswtEnded" => (Eligible().PriorTreatment(Eswt(weeksAgoEnded: 5, weeksSinceLast: null)), "PriorTreatments.Eswt.WeeksAgoEnded", "5"),
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };

    [Theory]
    [InlineData("FqRecent")]
    [InlineData("LocalInfection")]
    [InlineData("FeverUnknown")]
    [InlineData("FeverYes")]
    [InlineData("TwoInjections")]
    [InlineData("RecentInjection")]
    [InlineData("RecentEswt")]
    [InlineData("RecentEswtEnded")]
    public void CI_CSI_each_absolute_item_moves_INJ01_to_considered_with_its_fact(string item)
    {
        var (c, field, value) = CsiAbsolute(item);
        var r = Evaluate(c);
        Reason(r, "INJ-01", "CI-CSI", (field, value));
    }

    [Fact]
    public void CI_CSI_suspected_avulsion_DX05_Possible_or_above_moves_INJ01_to_considered()
    {
        var r = Evaluate(Eligible().History(h => h with
        {
            Onset = Onset.Acute, Mechanism = InjuryMechanism.SuddenHipFlexionKneeExtended, PopFelt = TriState.Unknown,
        }));

        Assert.True(r.Dx("DX-05") >= Likelihood.Possible);
        Assert.True(r.Dx("DX-01") >= Likelihood.Possible);
        Reason(r, "INJ-01", "CI-CSI", ("DX-05", r.Dx("DX-05").ToString()));
    }

    [Fact]
    public void CI_CSI_boundaries_one_injection_12_weeks_ago_and_ESWT_7_weeks_ago_are_allowed()
    {
        var r = Evaluate(Eligible().PriorTreatment(Csi(weeksSinceLast: 12)).PriorTreatment(Eswt(weeksAgoEnded: 7, weeksSinceLast: 7)));
        Recommended(r, "INJ-01");
    }

    [Fact]
    public void CI_CSI_injections_older_than_52_weeks_are_not_counted()
    {
        Recommended(Evaluate(Eligible().PriorTreatment(Csi(weeksSinceLast: 60, count: 3))), "INJ-01");
    }

    [Fact]
    public void CI_CSI_limits_follow_the_configured_options()
    {
        var engine = new PathwayEngine(PathwayOptions.Default with { CorticosteroidInjectionMinIntervalWeeks = 24 });
        var r = engine.Evaluate(Eligible().PriorTreatment(Csi(weeksSinceLast: 20)));
        Reason(r, "INJ-01", "CI-CSI", ("LastCsiWeeksAgo", "20"));
    }

    [Fact]
    public void A_recorded_high_grade_tear_confirms_DX05_so_DX01_is_Unlikely_and_INJ01_never_fires()
    {
        var r = Evaluate(Eligible().Imaging(i => i with
        {
            HamstringModality = HamstringModality.Ultrasound, HamstringFindings = [HamstringFinding.Tendinosis, HamstringFinding.PartialTearHighGrade],
            SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No, QuadratusFemorisOedema = TriState.No,
        }));

        Assert.Equal(Likelihood.Confirmed, r.Dx("DX-05"));
        NotApplicable(r, "INJ-01");
        NotApplicable(r, "ESWT-01");
    }

    [Fact]
    public void CI_CSI_hamstring_tear_clause_is_false_without_hamstring_imaging()
    {
        Recommended(Evaluate(Eligible()), "INJ-01");
        Assert.Equal(HamstringModality.None, Eligible().Case.Imaging.HamstringModality);
    }

    [Fact]
    public void CI_CSI_cautions_attach_details_without_blocking()
    {
        var r = Evaluate(Eligible().Age(40).Female(TriState.Yes, 12).Medication(MedicationClass.AnticoagulantDoac)
            .Medication(MedicationClass.SystemicCorticosteroid));

        var item = Recommended(r, "INJ-01");
        Assert.True(item.HasDetail("Anticoagulated = Yes"));
        Assert.True(item.HasDetail("specialist decision on the bleeding risk"));
        Assert.True(item.HasDetail("Medications.SystemicCorticosteroid = Current"));
        Assert.True(item.HasDetail("Pregnant = Yes"));
    }

    [Fact]
    public void Unknown_pregnancy_does_not_route_INJ01_because_pregnancy_is_only_a_CI_CSI_caution()
    {
        Recommended(Evaluate(Eligible().Female(TriState.Unknown)), "INJ-01");
    }

    [Fact]
    public void Unreviewed_lists_move_INJ01_with_both_missing_reasons()
    {
        var r = Evaluate(Eligible().MedicationsNotReviewed().ComorbiditiesNotReviewed());
        ReasonCodes(r, "INJ-01", "MISSING_COMORBIDITY_REVIEW", "MISSING_MEDICATION_REVIEW");
    }

    [Fact]
    public void RISK04_diabetes_annotates_INJ01_with_a_blood_glucose_warning()
    {
        var r = Evaluate(Eligible().Comorbidities(m => m with { Diabetes = DiabetesControl.Controlled }));

        var item = Recommended(r, "INJ-01");
        Assert.True(item.HasDetail("RISK-04"));
        Assert.True(item.HasDetail("blood glucose"));
        Assert.Contains(r.Explanation, f => f.RuleId == "RISK-04");
        Assert.DoesNotContain(r.Trace, t => t.RuleId == "RISK-04");
        Assert.False(r.Recommends("RISK-04"));
    }

    [Fact]
    public void RISK04_annotation_is_not_shown_when_INJ01_is_not_listed()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().Comorbidities(m => m with { Diabetes = DiabetesControl.Uncontrolled }));

        Assert.False(r.Recommends("INJ-01"));
        Assert.DoesNotContain(r.Recommendations.Concat(r.ConsideredNotRecommended), x => x.HasDetail("RISK-04"));
    }

    // ---- INJ-02 ----

    [Fact]
    public void INJ02_is_always_considered_with_insufficient_evidence_for_chronic_PHT()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().SymptomWeeks(12));

        var reason = Reason(r, "INJ-02", "INSUFFICIENT_EVIDENCE");
        Assert.Empty(reason.TriggeringFacts);
        ReasonCodes(r, "INJ-02", "INSUFFICIENT_EVIDENCE");
        Assert.Equal("INSUF", r.ConsideredNotRecommended.Single(x => x.Id == "INJ-02").EvidenceCode);
    }

    [Fact]
    public void INJ02_is_not_applicable_before_symptoms_are_chronic()
    {
        NotApplicable(Evaluate(CaseBuilder.TypicalPht().SymptomWeeks(11)), "INJ-02");
    }

    [Fact]
    public void INJ02_is_suppressed_not_listed_under_an_urgent_red_flag()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().SymptomWeeks(20).RedFlags(f => f with { SignificantTrauma = TriState.Yes }));

        Assert.False(r.Considers("INJ-02"));
        Assert.Equal(TraceOutcome.SuppressedBy, r.TraceOf("INJ-02").Outcome);
    }

    // ---- vignettes ----

    [Fact]
    public void V06_INJ01_is_recommended_as_Consider_and_INJ02_considered_with_insufficient_evidence()
    {
        var r = Evaluate(V06());

        Assert.Equal(Likelihood.Likely, r.Dx("DX-01"));
        Assert.Equal("Consider", Recommended(r, "INJ-01").Strength);
        ReasonCodes(r, "INJ-02", "INSUFFICIENT_EVIDENCE");
        Recommended(r, "ESWT-01");
        Assert.Equal(Urgency.Routine, r.OverallUrgency);
    }

    [Fact]
    public void V07_current_fluoroquinolone_keeps_INJ01_out_of_recommendations()
    {
        var r = Evaluate(V07().SymptomWeeks(16).FailedLoading(8));

        Assert.False(r.Recommends("INJ-01"));
        Reason(r, "INJ-01", "CI-CSI", ("FqRecent", "Yes"));
    }
}
