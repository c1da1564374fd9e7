using System.Globalization;
using Tendinopathy.Rules.Derived;

namespace Tendinopathy.Rules.Pathway.Contraindications;

/// <summary>A caution group of PATHWAY.md 4.5 (e.g. <c>CAU-NSAID-GI</c>) with the facts that made it hold.</summary>
internal sealed record CautionGroup(string Code, IReadOnlyList<FactValue> Facts)
{
    /// <summary>The facts as one line, e.g. <c>Patient.AgeYears = 70; Medications.Ssri = Current</c>.</summary>
    public string FactsText => string.Join("; ", Facts);
}

/// <summary>
/// The contraindication predicates of PATHWAY.md 4.5–4.7 (CI-NSAID-ORAL, CI-NSAID-TOP, CI-PARACETAMOL, CI-CRYO, CI-CSI,
/// CI-ESWT) and their caution groups. Each predicate returns the reasons that route its item to ConsideredNotRecommended
/// (empty = every contraindication is known to be false, 4.1 item 2), including the missing-information reasons of 4.1
/// item 8: an unreviewed medication or comorbidity list, and an unknown pregnancy status when DER-17 PregnancyRelevant.
/// Recorded medicines and comorbidities always count, reviewed or not. Predicates run in rule actions, after the red
/// flags and diagnoses are settled (salience), so "any RF fired" reads the collector.
/// </summary>
internal static class Contraindication
{
    public const string OralNsaidCode = "CI-NSAID-ORAL";
    public const string TopicalNsaidCode = "CI-NSAID-TOP";
    public const string ParacetamolCode = "CI-PARACETAMOL";
    public const string CryotherapyCode = "CI-CRYO";
    public const string CorticosteroidInjectionCode = "CI-CSI";
    public const string ShockwaveCode = "CI-ESWT";
    public const string ShockwaveRelativeCode = "CI-ESWT-RELATIVE";
    public const string NsaidMultipleCautionsCode = "CAU-NSAID-MULTIPLE";
    public const string NsaidGiCaution = "CAU-NSAID-GI";
    public const string NsaidCvCaution = "CAU-NSAID-CV";
    public const string NsaidRenalCaution = "CAU-NSAID-RENAL";
    public const string NsaidPregnancyCaution = "CAU-NSAID-PREG";
    public const string MissingMedicationReview = "MISSING_MEDICATION_REVIEW";
    public const string MissingComorbidityReview = "MISSING_COMORBIDITY_REVIEW";
    public const string MissingPregnancyStatus = "MISSING_PREGNANCY_STATUS";
    public const string InsufficientEvidence = "INSUFFICIENT_EVIDENCE";

    /// <summary>NSAIDs are contraindicated from this gestation (REF-FDA2020: avoid from about 20 weeks).</summary>
    public const int NsaidPregnancyGestationWeeks = 20;

    /// <summary>CAU-NSAID-GI: age at or above which gastroprotection is co-prescribed.</summary>
    public const int NsaidGiRiskAgeYears = 65;

    private const string Yes = "Yes";
    private const string Current = "Current";

    // ---- CI-NSAID-ORAL (SYM-02) ----

    /// <summary>
    /// CI-NSAID-ORAL with CAU-NSAID-MULTIPLE (two or more different caution groups), plus MISSING_MEDICATION_REVIEW,
    /// MISSING_COMORBIDITY_REVIEW and MISSING_PREGNANCY_STATUS.
    /// </summary>
    public static IReadOnlyList<NotRecommendedReason> OralNsaid(CaseFact c)
    {
        var r = new ReasonList();
        const string code = OralNsaidCode;
        if (c.Anticoagulated) r.Add(code, "Anticoagulated", Yes);
        var m = c.Comorbidities;
        Flag(r, code, m.GiBleedHistory, "GiBleedHistory");
        Flag(r, code, m.PepticUlcerActive, "PepticUlcerActive");
        if (c.EgfrBelow60) r.Add(code, "EgfrBelow60", Yes);
        if (m.HeartFailure is { } hf) r.Add(code, "Comorbidities.HeartFailure", hf.ToString());
        Flag(r, code, m.NsaidHypersensitivityOrAspirinAsthma, "NsaidHypersensitivityOrAspirinAsthma");
        Pregnancy(r, c, code, NsaidPregnancyGestationWeeks, withGestation: true);
        Flag(r, code, m.LiverCirrhosisOrSevereHepaticImpairment, "LiverCirrhosisOrSevereHepaticImpairment");
        Flag(r, code, m.RecentCabg, "RecentCabg");
        Flag(r, code, m.Coagulopathy, "Coagulopathy");
        if (c.HasCurrent(MedicationClass.NsaidOral)) r.Add(code, "Medications.NsaidOral", Current);

        var cautions = OralNsaidCautions(c);
        if (cautions.Count >= 2)
        {
            foreach (var g in cautions) r.Add(NsaidMultipleCautionsCode, g.Code, g.FactsText);
        }

        Reviews(r, c, medications: true, comorbidities: true);
        return r.Build();
    }

    /// <summary>The caution groups of CI-NSAID-ORAL that hold: CAU-NSAID-GI, CAU-NSAID-CV, CAU-NSAID-RENAL, CAU-NSAID-PREG.</summary>
    public static IReadOnlyList<CautionGroup> OralNsaidCautions(CaseFact c)
    {
        var groups = new List<CautionGroup>(4);
        var m = c.Comorbidities;

        var gi = new List<FactValue>();
        if (c.AgeYears >= NsaidGiRiskAgeYears) gi.Add(new FactValue("Patient.AgeYears", Number(c.AgeYears)));
        if (m.PepticUlcerHistory) gi.Add(Comorbidity("PepticUlcerHistory"));
        CurrentMedicine(gi, c, MedicationClass.SystemicCorticosteroid);
        CurrentMedicine(gi, c, MedicationClass.Antiplatelet);
        CurrentMedicine(gi, c, MedicationClass.Ssri);
        CurrentMedicine(gi, c, MedicationClass.Snri);
        if (m.InflammatoryBowelDisease) gi.Add(Comorbidity("InflammatoryBowelDisease"));
        if (gi.Count > 0) groups.Add(new CautionGroup(NsaidGiCaution, gi));

        var cv = new List<FactValue>();
        if (m.EstablishedCardiovascularDisease) cv.Add(Comorbidity("EstablishedCardiovascularDisease"));
        if (m.HypertensionUncontrolled) cv.Add(Comorbidity("HypertensionUncontrolled"));
        if (cv.Count > 0) groups.Add(new CautionGroup(NsaidCvCaution, cv));

        if (c.HasCurrent(MedicationClass.AceInhibitorOrArb) && c.HasCurrent(MedicationClass.Diuretic))
        {
            groups.Add(new CautionGroup(NsaidRenalCaution,
                [new FactValue("Medications.AceInhibitorOrArb", Current), new FactValue("Medications.Diuretic", Current)]));
        }

        var p = c.Input.Patient;
        if (p.Pregnant == TriState.Yes && p.GestationWeeks is { } weeks && weeks < NsaidPregnancyGestationWeeks)
        {
            groups.Add(new CautionGroup(NsaidPregnancyCaution, [new FactValue("Pregnant", Yes), new FactValue("GestationWeeks", Number(weeks))]));
        }
        return groups;
    }

    // ---- CI-NSAID-TOP (SYM-03) ----

    /// <summary>CI-NSAID-TOP plus the three missing-information reasons.</summary>
    public static IReadOnlyList<NotRecommendedReason> TopicalNsaid(CaseFact c)
    {
        var r = new ReasonList();
        const string code = TopicalNsaidCode;
        var m = c.Comorbidities;
        Flag(r, code, m.NsaidHypersensitivityOrAspirinAsthma, "NsaidHypersensitivityOrAspirinAsthma");
        Flag(r, code, m.LocalSkinOrSoftTissueInfectionAtSite, "LocalSkinOrSoftTissueInfectionAtSite");
        Flag(r, code, m.OpenWoundOrBrokenSkinAtSite, "OpenWoundOrBrokenSkinAtSite");
        Pregnancy(r, c, code, NsaidPregnancyGestationWeeks, withGestation: true);
        Reviews(r, c, medications: true, comorbidities: true);
        return r.Build();
    }

    /// <summary>The CI-NSAID-TOP cautions that hold (<c>Anticoagulated</c>, <c>EgfrBelow60</c>): small area, short course.</summary>
    public static IReadOnlyList<FactValue> TopicalNsaidCautions(CaseFact c)
    {
        var facts = new List<FactValue>(2);
        if (c.Anticoagulated) facts.Add(new FactValue("Anticoagulated", Yes));
        if (c.EgfrBelow60) facts.Add(new FactValue("EgfrBelow60", Yes));
        return facts;
    }

    // ---- CI-PARACETAMOL (SYM-04) and CI-CRYO (SYM-01) ----

    /// <summary>CI-PARACETAMOL plus MISSING_MEDICATION_REVIEW and MISSING_COMORBIDITY_REVIEW (4.1 item 8; pregnancy does not apply).</summary>
    public static IReadOnlyList<NotRecommendedReason> Paracetamol(CaseFact c)
    {
        var r = new ReasonList();
        Flag(r, ParacetamolCode, c.Comorbidities.LiverCirrhosisOrSevereHepaticImpairment, "LiverCirrhosisOrSevereHepaticImpairment");
        Reviews(r, c, medications: true, comorbidities: true);
        return r.Build();
    }

    /// <summary>CI-CRYO plus MISSING_COMORBIDITY_REVIEW (cryotherapy has no medication input, 4.1 item 8).</summary>
    public static IReadOnlyList<NotRecommendedReason> Cryotherapy(CaseFact c)
    {
        var r = new ReasonList();
        var m = c.Comorbidities;
        Flag(r, CryotherapyCode, m.ColdHypersensitivity, "ColdHypersensitivity");
        Flag(r, CryotherapyCode, m.ReducedSkinSensationAtSite, "ReducedSkinSensationAtSite");
        Flag(r, CryotherapyCode, m.PeripheralVascularCompromise, "PeripheralVascularCompromise");
        Flag(r, CryotherapyCode, m.OpenWoundOrBrokenSkinAtSite, "OpenWoundOrBrokenSkinAtSite");
        Reviews(r, c, medications: false, comorbidities: true);
        return r.Build();
    }

    // ---- CI-CSI (INJ-01) ----

    /// <summary>
    /// CI-CSI plus MISSING_MEDICATION_REVIEW and MISSING_COMORBIDITY_REVIEW. Pregnancy is a caution of CI-CSI, not an input
    /// (SAFE-03), so an unknown pregnancy status does not route INJ-01.
    /// </summary>
    public static IReadOnlyList<NotRecommendedReason> CorticosteroidInjection(CaseFact c, Likelihood avulsion)
    {
        var r = new ReasonList();
        const string code = CorticosteroidInjectionCode;
        var o = c.Options;
        if (c.FqRecent) r.Add(code, "FqRecent", Yes);
        AvulsionOrTear(r, c, code, avulsion);
        Flag(r, code, c.Comorbidities.LocalSkinOrSoftTissueInfectionAtSite, "LocalSkinOrSoftTissueInfectionAtSite");
        var fever = c.RedFlags.FeverOrSystemicallyUnwell;
        if (fever != TriState.No) r.Add(code, "RedFlags.FeverOrSystemicallyUnwell (RFI-06)", fever.ToString());
        if (c.CsiCount12m >= o.CorticosteroidInjectionMaxPerWindow) r.Add(code, "CsiCount12m", Number(c.CsiCount12m));
        if (c.LastCsiWeeksAgo is { } last && last < o.CorticosteroidInjectionMinIntervalWeeks) r.Add(code, "LastCsiWeeksAgo", Number(last));
        foreach (var t in c.Input.PriorTreatments)
        {
            if (t.Type != TreatmentType.Eswt) continue;
            if (t.WeeksSinceLast is { } since)
            {
                if (since <= o.InjectionShockwaveSeparationWeeks) r.Add(code, "PriorTreatments.Eswt.WeeksSinceLast", Number(since));
            }
            else if (t.WeeksAgoEnded is { } ended && ended <= o.InjectionShockwaveSeparationWeeks)
            {
                r.Add(code, "PriorTreatments.Eswt.WeeksAgoEnded", Number(ended));
            }
        }
        RedFlagsFired(r, c, code);
        Reviews(r, c, medications: true, comorbidities: true);
        return r.Build();
    }

    /// <summary>
    /// The CI-CSI cautions that hold, except <c>Diabetes</c>, which RISK-04 annotates on INJ-01: anticoagulation (specialist
    /// decision on bleeding risk), a current systemic corticosteroid, and <c>Pregnant = Yes</c>.
    /// </summary>
    public static IReadOnlyList<FactValue> CorticosteroidInjectionCautions(CaseFact c)
    {
        var facts = new List<FactValue>(3);
        if (c.Anticoagulated) facts.Add(new FactValue("Anticoagulated", Yes));
        CurrentMedicine(facts, c, MedicationClass.SystemicCorticosteroid);
        if (c.Input.Patient.Pregnant == TriState.Yes) facts.Add(new FactValue("Pregnant", Yes));
        return facts;
    }

    // ---- CI-ESWT (ESWT-01) ----

    /// <summary>CI-ESWT (absolute), CI-ESWT-RELATIVE, plus the three missing-information reasons.</summary>
    public static IReadOnlyList<NotRecommendedReason> Shockwave(CaseFact c, Likelihood avulsion)
    {
        var r = new ReasonList();
        const string code = ShockwaveCode;
        var m = c.Comorbidities;
        Pregnancy(r, c, code, fromGestationWeeks: null, withGestation: false);
        Flag(r, code, m.ActiveMalignancyNearTreatmentSite, "ActiveMalignancyNearTreatmentSite");
        Flag(r, code, m.LocalSkinOrSoftTissueInfectionAtSite, "LocalSkinOrSoftTissueInfectionAtSite");
        Flag(r, code, m.Coagulopathy, "Coagulopathy");
        AvulsionOrTear(r, c, code, avulsion);
        RedFlagsFired(r, c, code);

        const string relative = ShockwaveRelativeCode;
        if (c.Anticoagulated) r.Add(relative, "Anticoagulated", Yes);
        if (c.LastCsiWeeksAgo is { } last && last <= c.Options.InjectionShockwaveSeparationWeeks) r.Add(relative, "LastCsiWeeksAgo", Number(last));
        Flag(r, relative, m.CardiacPacemakerOrImplantedDevice, "CardiacPacemakerOrImplantedDevice");

        Reviews(r, c, medications: true, comorbidities: true);
        return r.Build();
    }

    // ---- shared clauses ----

    /// <summary>
    /// The pregnancy clause (DER-17): <c>Pregnant = Yes</c> counts at any age or sex (from <paramref name="fromGestationWeeks"/>
    /// when given; an unrecorded gestation counts, the safer reading); <c>Unknown</c> gives MISSING_PREGNANCY_STATUS only when
    /// PregnancyRelevant, and is otherwise read as not pregnant (§8 item 8(a)).
    /// </summary>
    private static void Pregnancy(ReasonList r, CaseFact c, string code, int? fromGestationWeeks, bool withGestation)
    {
        var p = c.Input.Patient;
        if (p.Pregnant == TriState.Yes)
        {
            if (fromGestationWeeks is { } from && p.GestationWeeks is { } known && known < from) return;
            r.Add(code, "Pregnant", Yes);
            if (withGestation && p.GestationWeeks is { } weeks) r.Add(code, "GestationWeeks", Number(weeks));
        }
        else if (p.Pregnant == TriState.Unknown && c.PregnancyRelevant)
        {
            r.Add(MissingPregnancyStatus, "Pregnant", "Unknown");
        }
    }

    /// <summary>4.1 item 8: an unreviewed list makes the absence of every contraindicating entry unknown.</summary>
    private static void Reviews(ReasonList r, CaseFact c, bool medications, bool comorbidities)
    {
        if (medications && !c.MedicationsReviewed) r.Add(MissingMedicationReview, "Medications.Reviewed", "false");
        if (comorbidities && !c.ComorbiditiesReviewed) r.Add(MissingComorbidityReview, "Comorbidities.Reviewed", "false");
    }

    /// <summary>
    /// CI-CSI and CI-ESWT: DX-05 at least Possible, or a recorded high-grade partial tear or complete avulsion (read on recorded
    /// findings, so false without hamstring imaging: §8 item 8(d)).
    /// </summary>
    private static void AvulsionOrTear(ReasonList r, CaseFact c, string code, Likelihood avulsion)
    {
        if (avulsion >= Likelihood.Possible) r.Add(code, "DX-05", avulsion.ToString());
        if (!c.HamstringImaged) return;
        if (c.HasFinding(HamstringFinding.PartialTearHighGrade)) r.Add(code, "Imaging.HamstringFindings", nameof(HamstringFinding.PartialTearHighGrade));
        if (c.HasFinding(HamstringFinding.CompleteAvulsion)) r.Add(code, "Imaging.HamstringFindings", nameof(HamstringFinding.CompleteAvulsion));
    }

    /// <summary>"Any RF fired" as a contraindication clause (CI-CSI, CI-ESWT): each red flag that fired is a triggering fact.</summary>
    private static void RedFlagsFired(ReasonList r, CaseFact c, string code)
    {
        foreach (var a in c.Collector.Alerts)
        {
            if (a.Kind == AlertKind.RedFlag) r.Add(code, "RedFlag", a.Id);
        }
    }

    private static void Flag(ReasonList r, string code, bool present, string comorbidity)
    {
        if (present) r.Add(code, "Comorbidities." + comorbidity, Yes);
    }

    private static FactValue Comorbidity(string name) => new("Comorbidities." + name, Yes);

    private static void CurrentMedicine(List<FactValue> facts, CaseFact c, MedicationClass cls)
    {
        if (c.HasCurrent(cls)) facts.Add(new FactValue("Medications." + cls, Current));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
