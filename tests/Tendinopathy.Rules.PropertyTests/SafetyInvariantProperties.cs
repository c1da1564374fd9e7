using static Tendinopathy.Rules.PropertyTests.Oracle;

namespace Tendinopathy.Rules.PropertyTests;

/// <summary>The PATHWAY.md section 5 safety invariants, one property each, over generated valid cases.</summary>
public sealed class SafetyInvariantProperties
{
    [SafetyProperty]
    public void SAFE01_an_emergency_red_flag_keeps_only_the_emergency_allow_list_and_suspends_loading(PatientCase c)
    {
        var r = Evaluate(c);
        if (!r.EmergencyRedFlag()) return;
        Assert.Equal(Urgency.Emergency, r.OverallUrgency);
        Assert.All(r.Recommendations.Concat(r.ConsideredNotRecommended), i => Assert.True(OnEmergencyAllowList(i), i.Id));
        Assert.True(r.LoadingDecision is null || r.LoadingDecision.Decision == LoadingDecisionKind.Suspend);
        Assert.True(r.Dno("DNO-50"));
        if (r.Alert("RF-01")) Assert.True(r.Dno("DNO-51"));
    }

    [SafetyProperty]
    public void SAFE01_an_urgent_red_flag_keeps_only_the_urgent_allow_list(PatientCase c)
    {
        var r = Evaluate(c);
        if (!r.AnyRedFlag() || r.EmergencyRedFlag()) return;
        Assert.All(r.Recommendations.Concat(r.ConsideredNotRecommended), i => Assert.True(OnUrgentAllowList(i), i.Id));
        Assert.True(r.LoadingDecision is null || r.LoadingDecision.Decision == LoadingDecisionKind.Suspend);
    }

    [SafetyProperty]
    public void SAFE02_overall_urgency_is_the_maximum_of_alerts_and_recommendations_and_at_least_routine(PatientCase c)
    {
        var r = Evaluate(c);
        var max = r.Alerts.Select(a => a.Urgency).Concat(r.Recommendations.Select(x => x.Urgency)).DefaultIfEmpty(Urgency.Routine).Max();
        Assert.Equal(max < Urgency.Routine ? Urgency.Routine : max, r.OverallUrgency);
        Assert.True(r.OverallUrgency >= Urgency.Routine);
    }

    [SafetyProperty]
    public void SAFE03_a_medicine_injection_or_device_is_recommended_only_when_every_contraindication_is_known_false(PatientCase c)
    {
        var r = Evaluate(c);
        var cm = c.Comorbidities;
        var reviewedMeds = c.Medications.Reviewed == true;
        var reviewedComorbidities = cm.Reviewed == true;
        var pregnantYes = c.Patient.Pregnant == TriState.Yes;
        var pregnancyUnknown = c.Patient.Pregnant == TriState.Unknown && PregnancyRelevant(c);
        var gestation20 = pregnantYes && c.Patient.GestationWeeks >= 20;

        if (r.Rec("SYM-01"))
        {
            Assert.True(reviewedComorbidities);
            Assert.False(cm.ColdHypersensitivity || cm.ReducedSkinSensationAtSite || cm.PeripheralVascularCompromise || cm.OpenWoundOrBrokenSkinAtSite);
        }
        if (r.Rec("SYM-02"))
        {
            Assert.True(reviewedMeds && reviewedComorbidities && !pregnancyUnknown);
            Assert.False(Anticoagulated(c) || cm.GiBleedHistory || cm.PepticUlcerActive || EgfrBelow60(c) || cm.HeartFailure is not null ||
                         cm.NsaidHypersensitivityOrAspirinAsthma || gestation20 || cm.LiverCirrhosisOrSevereHepaticImpairment || cm.RecentCabg ||
                         cm.Coagulopathy || Current(c, MedicationClass.NsaidOral));
        }
        if (r.Rec("SYM-03"))
        {
            Assert.True(reviewedMeds && reviewedComorbidities && !pregnancyUnknown);
            Assert.False(cm.NsaidHypersensitivityOrAspirinAsthma || cm.LocalSkinOrSoftTissueInfectionAtSite || cm.OpenWoundOrBrokenSkinAtSite || gestation20);
        }
        if (r.Rec("SYM-04"))
        {
            Assert.True(reviewedMeds && reviewedComorbidities);
            Assert.False(cm.LiverCirrhosisOrSevereHepaticImpairment);
        }
        if (r.Rec("INJ-01"))
        {
            Assert.True(reviewedMeds && reviewedComorbidities);
            Assert.False(FqRecent(c) || r.Dx("DX-05") >= Likelihood.Possible || cm.LocalSkinOrSoftTissueInfectionAtSite ||
                         c.RedFlags.FeverOrSystemicallyUnwell != TriState.No || r.AnyRedFlag());
        }
        if (r.Rec("ESWT-01"))
        {
            Assert.True(reviewedMeds && reviewedComorbidities && !pregnancyUnknown);
            Assert.False(pregnantYes || cm.ActiveMalignancyNearTreatmentSite || cm.LocalSkinOrSoftTissueInfectionAtSite || cm.Coagulopathy ||
                         r.Dx("DX-05") >= Likelihood.Possible || r.AnyRedFlag() || Anticoagulated(c) || cm.CardiacPacemakerOrImplantedDevice);
        }
    }

    [SafetyProperty]
    public void SAFE04_no_do_not_offer_item_is_ever_recommended(PatientCase c)
    {
        var r = Evaluate(c);
        var loading = r.Rec("LOAD-START") || r.Rec("LOAD-CONTINUE");
        if (r.Dno("DNO-16") || r.Dno("DNO-17")) Assert.False(r.Rec("SCI-08"));
        if (r.Dno("DNO-19") && c.History.LowBackPain == TriState.Yes) Assert.False(r.Rec("SYM-04"));
        if (r.Dno("DNO-30") && r.Rec("INJ-01"))
        {
            Assert.Contains(r.Recommendations.Single(x => x.Id == "INJ-01").ItemText(), t => t.Contains("not intratendinous", StringComparison.OrdinalIgnoreCase));
        }
        if (r.Dno("DNO-31")) Assert.True(loading || !(r.Rec("INJ-01") || r.Rec("ESWT-01")));
        if (r.Dno("DNO-34")) Assert.False(r.Rec("SURG-01"));
        if (r.Dno("DNO-40")) Assert.False(r.Rec("ESWT-01") || r.Rec("INJ-01") || r.Rec("INJ-02"));
        if (r.Dno("DNO-50"))
        {
            Assert.DoesNotContain(r.Recommendations, x => x.Category is ItemCategory.Exercise or ItemCategory.LoadManagement or ItemCategory.Pharmacological);
        }
    }

    [SafetyProperty]
    public void SAFE05_a_chronic_PHT_surgical_opinion_needs_12_weeks_of_failed_care_and_no_red_flag(PatientCase c)
    {
        var r = Evaluate(c);
        if (!r.Rec("SURG-01")) return;
        Assert.True(FailedConservativeWeeks(c) >= 12);
        Assert.False(r.AnyRedFlag());
    }

    [SafetyProperty]
    public void SAFE08_a_suspected_avulsion_blocks_loading_and_injections(PatientCase c)
    {
        var r = Evaluate(c);
        var avulsion = r.Dx("DX-05");
        if (avulsion is Likelihood.Possible or Likelihood.Likely)
        {
            Assert.True(r.Alert("AL-01"));
            if (c.History.SymptomWeeks <= 4) Assert.True(r.OverallUrgency >= Urgency.Urgent);
            if (c.Imaging.HamstringModality != HamstringModality.Mri) Assert.True(r.Rec("IMG-04"));
            Assert.False(r.Rec("LOAD-START") || r.Rec("LOAD-CONTINUE") || r.Rec("AV-04"));
            Assert.True(r.LoadingDecision is null || r.LoadingDecision.Decision == LoadingDecisionKind.Suspend);
        }
        if (avulsion >= Likelihood.Possible)
        {
            Assert.False(r.Rec("ESWT-01") || r.Rec("INJ-01") || r.Rec("INJ-02"));
            Assert.True(r.Dno("DNO-40"));
        }
    }

    [SafetyProperty]
    public void SAFE09_progress_only_when_every_pain_monitoring_criterion_is_met(PatientCase c)
    {
        var r = Evaluate(c);
        var d = r.LoadingDecision;
        var f = c.FollowUp;
        if (d is null || f is null) return;
        if (d.Decision == LoadingDecisionKind.Progress)
        {
            Assert.True(f.PainDuringLoadingNrs <= 3);
            Assert.True(f.LoadTestNextMorningNrs <= f.LoadTestBaselineNrs);
            Assert.True(f.WeeklyTrend is WeeklyTrend.Improving or WeeklyTrend.Stable);
            Assert.Equal(TriState.Yes, f.PhaseExitCriteriaMet);
            Assert.False(r.AnyRedFlag());
            Assert.True(d.TargetPhase <= LoadingPhase.P3 || !FqRecent(c));
        }
        if (f.PainDuringLoadingNrs >= 6 || f.LoadTestNextMorningNrs > f.LoadTestBaselineNrs || f.WeeklyTrend == WeeklyTrend.Worsening)
        {
            Assert.Contains(d.Decision, new[] { LoadingDecisionKind.Regress, LoadingDecisionKind.Suspend });
        }
    }

    [SafetyProperty]
    public void SAFE10_one_visit_never_advances_more_than_one_phase_nor_regresses_below_P1(PatientCase c)
    {
        var r = Evaluate(c);
        if (r.LoadingDecision is not { } d || c.FollowUp?.CurrentPhase is not { } current) return;
        Assert.True(d.TargetPhase <= current + 1);
        Assert.True(d.TargetPhase >= LoadingPhase.P1);
    }

    [SafetyProperty]
    public void SAFE11_a_recent_fluoroquinolone_blocks_steroid_injection_and_raises_a_tendon_alert(PatientCase c)
    {
        var r = Evaluate(c);
        if (FqRecent(c))
        {
            Assert.False(r.Rec("INJ-01"));
            Assert.True(r.Alert("AL-02") || r.Alert("AL-03"));
        }
        if (FqCurrent(c) && r.Dx("DX-01") >= Likelihood.Possible)
        {
            Assert.True(r.Alert("AL-02"));
            Assert.True(r.OverallUrgency >= Urgency.Urgent);
        }
    }

    [SafetyProperty]
    public void SAFE12_an_oral_NSAID_always_comes_with_lowest_dose_review_and_gastroprotection_when_needed(PatientCase c)
    {
        var r = Evaluate(c);
        var item = r.Recommendations.SingleOrDefault(x => x.Id == "SYM-02");
        if (item is null) return;
        var text = string.Join(" ", item.ItemText());
        Assert.Contains("lowest effective dose", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("14 days", text, StringComparison.OrdinalIgnoreCase);
        var gi = c.Patient.AgeYears >= 65 || c.Comorbidities.PepticUlcerHistory || Current(c, MedicationClass.SystemicCorticosteroid) ||
                 Current(c, MedicationClass.Antiplatelet) || Current(c, MedicationClass.Ssri) || Current(c, MedicationClass.Snri) ||
                 c.Comorbidities.InflammatoryBowelDisease;
        if (gi) Assert.Contains("gastroprotection", string.Join(" ", item.Details), StringComparison.OrdinalIgnoreCase);
    }

    [SafetyProperty]
    public void SAFE13_sciatic_context_always_displays_the_NG59_drug_do_not_offer_list(PatientCase c)
    {
        var r = Evaluate(c);
        var sciatic = r.Dx("DX-02") >= Likelihood.Possible || r.Dx("DX-03") >= Likelihood.Possible || r.Dx("DX-04") >= Likelihood.Possible;
        if (!sciatic) return;
        foreach (var id in new[] { "DNO-01", "DNO-02", "DNO-03", "DNO-04" }) Assert.True(r.Dno(id), id);
        if (Chronic(c)) Assert.True(r.Dno("DNO-05"));
    }

    [SafetyProperty]
    public void SAFE14c_no_red_flags_is_stated_only_when_every_item_is_no_and_no_flag_fired(PatientCase c)
    {
        var r = Evaluate(c);
        if (!r.NoRedFlags) return;
        var f = c.RedFlags;
        Assert.All(new[] { f.BladderDisturbance, f.BowelDisturbance, f.SaddleAnaesthesia, f.SexualDysfunction, f.BilateralNeurologicalSymptoms,
                           f.FeverOrSystemicallyUnwell, f.SpinalInfectionRisk, f.CancerHistory, f.UnexplainedWeightLoss, f.NonMechanicalPain,
                           f.SignificantTrauma }, v => Assert.Equal(TriState.No, v));
        Assert.False(r.AnyRedFlag());
    }

    [SafetyProperty]
    public void SAFE14e_an_unknown_firing_fact_is_always_prompted_for(PatientCase c)
    {
        var r = Evaluate(c);
        var start = r.Recommendations.SingleOrDefault(x => x.Id == "LOAD-START");
        var p = c.Pain;
        var unknownStart = p.LoadTestNrs is null || p.SittingToleranceMinutes is null || p.RestOrNightPain == TriState.Unknown || p.NrsNow is null;
        if (start is not null && unknownStart)
        {
            Assert.True(r.Miss("MISS-13"));
            Assert.Equal(LoadingPhase.P1, r.Phase);
        }
        if (start is null) Assert.False(r.Miss("MISS-13"));
    }

    [SafetyProperty]
    public void SAFE16_an_epidural_is_recommended_only_for_likely_radicular_pain_without_claudication_stenosis_or_red_flag(PatientCase c)
    {
        var r = Evaluate(c);
        if (!r.Rec("SCI-08")) return;
        Assert.Equal(Likelihood.Likely, r.Dx("DX-02"));
        Assert.Equal(TriState.No, c.History.NeurogenicClaudication);
        Assert.NotEqual(TriState.Yes, c.Imaging.LumbarMri.CentralCanalStenosis);
        Assert.False(r.AnyRedFlag());
    }

    [SafetyProperty]
    public void SAFE20_every_output_carries_an_ID_resolvable_references_a_code_and_both_texts(PatientCase c)
    {
        var r = Evaluate(c);
        foreach (var a in r.Alerts) Complete(a.Id, a.References, a.EvidenceCode, a.ClinicianText, a.PatientText);
        foreach (var d in r.Diagnoses) Complete(d.Id, d.References, d.EvidenceCode, d.ClinicianText, d.PatientText);
        foreach (var i in r.Recommendations.Concat(r.ConsideredNotRecommended)) Complete(i.Id, i.References, i.EvidenceCode, i.ClinicianText, i.PatientText);
        foreach (var i in r.DoNotOffer) Complete(i.Id, i.References, i.EvidenceCode, i.ClinicianText, i.PatientText);
        foreach (var m in r.MissingInformation)
        {
            Assert.False(string.IsNullOrWhiteSpace(m.ClinicianText));
            Assert.False(string.IsNullOrWhiteSpace(m.PatientText));
        }

        static void Complete(string id, IReadOnlyList<EvidenceReference> refs, string code, string clinician, string patient)
        {
            Assert.Matches("^[A-Z]+(-[A-Z0-9]+)+$", id);
            Assert.NotEmpty(refs);
            Assert.All(refs, x => Assert.StartsWith("REF-", x.Id));
            Assert.False(string.IsNullOrWhiteSpace(code), id);
            Assert.False(string.IsNullOrWhiteSpace(clinician), id);
            Assert.False(string.IsNullOrWhiteSpace(patient), id);
        }
    }

    [SafetyProperty]
    public void SAFE21_shockwave_only_for_chronic_non_pregnant_patients_without_absolute_contraindications(PatientCase c)
    {
        var r = Evaluate(c);
        if (!r.Rec("ESWT-01")) return;
        Assert.True(Chronic(c));
        Assert.NotEqual(TriState.Yes, c.Patient.Pregnant);
        if (PregnancyRelevant(c)) Assert.Equal(TriState.No, c.Patient.Pregnant);
        Assert.False(c.Comorbidities.Coagulopathy || c.Comorbidities.ActiveMalignancyNearTreatmentSite || c.Comorbidities.LocalSkinOrSoftTissueInfectionAtSite);
        Assert.False(r.AnyRedFlag());
        Assert.True(r.Dx("DX-05") < Likelihood.Possible);
    }

    [SafetyProperty]
    public void SAFE22_a_steroid_injection_is_image_guided_peritendinous_and_never_stand_alone(PatientCase c)
    {
        var r = Evaluate(c);
        var inj = r.Recommendations.SingleOrDefault(x => x.Id == "INJ-01");
        if (inj is null) return;
        var text = string.Join(" ", inj.ItemText());
        Assert.Contains("image-guided", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("peritendinous", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("not intratendinous", text, StringComparison.OrdinalIgnoreCase);
        Assert.True(r.Rec("LOAD-START") || r.Rec("LOAD-CONTINUE"));
    }
}
