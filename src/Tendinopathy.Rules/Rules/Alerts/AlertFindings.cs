using System.Globalization;
using Tendinopathy.Rules.Derived;

namespace Tendinopathy.Rules.Pathway.Alerts;

/// <summary>
/// The conditions of the alerts of PATHWAY.md 3.2 and the facts each alert reports, so the condition and the alert's
/// triggering facts are one definition.
/// </summary>
internal static class AlertFindings
{
    /// <summary>AL-02: a fluoroquinolone is current (DER-02) and DX-01, DX-04 or DX-05 is at least Possible.</summary>
    public static bool FluoroquinoloneWithTendonPain(CaseFact c, WorkingDiagnoses dx) => c.FqCurrent && TendonDiagnosis(dx);

    /// <summary>DX-01, DX-04 or DX-05 at least Possible (the tendon-pain diagnoses of AL-02).</summary>
    public static bool TendonDiagnosis(WorkingDiagnoses dx) =>
        dx.Pht >= Likelihood.Possible || dx.HamstringSyndrome >= Likelihood.Possible || dx.Avulsion >= Likelihood.Possible;

    /// <summary>AL-04: recent fluoroquinolone (DER-03) with a current systemic corticosteroid, age 60 or over, eGFR below 60 or a solid-organ transplant.</summary>
    public static bool HighRiskTendonCombination(CaseFact c) =>
        c.FqRecent && (c.HasCurrent(MedicationClass.SystemicCorticosteroid) || c.AgeYears >= 60 || c.EgfrBelow60 ||
                       c.Comorbidities.SolidOrganTransplant);

    /// <summary>The fluoroquinolone exposure: current, or stopped and how long ago (the most recent stop).</summary>
    public static FactValue Fluoroquinolone(CaseFact c)
    {
        if (c.FqCurrent) return new FactValue("Medications.Fluoroquinolone", "Current");
        int? days = null;
        foreach (var m in c.Input.Medications.Entries)
        {
            if (m.Class == MedicationClass.Fluoroquinolone && (days is null || m.DaysSinceLastDose < days)) days = m.DaysSinceLastDose;
        }
        return new FactValue("Medications.Fluoroquinolone", "Stopped " + (days ?? 0).ToString(CultureInfo.InvariantCulture) + " days ago");
    }

    /// <summary>AL-02 facts: the current fluoroquinolone and the tendon diagnoses at least Possible.</summary>
    public static IReadOnlyList<FactValue> FluoroquinoloneWithTendonPainFacts(CaseFact c, WorkingDiagnoses dx)
    {
        var facts = new List<FactValue> { Fluoroquinolone(c) };
        if (dx.Pht >= Likelihood.Possible) facts.Add(new FactValue("DX-01", dx.Pht.ToString()));
        if (dx.HamstringSyndrome >= Likelihood.Possible) facts.Add(new FactValue("DX-04", dx.HamstringSyndrome.ToString()));
        if (dx.Avulsion >= Likelihood.Possible) facts.Add(new FactValue("DX-05", dx.Avulsion.ToString()));
        return facts;
    }

    /// <summary>AL-04 facts: the fluoroquinolone and every risk factor that holds.</summary>
    public static IReadOnlyList<FactValue> HighRiskTendonCombinationFacts(CaseFact c)
    {
        var facts = new List<FactValue> { Fluoroquinolone(c) };
        if (c.HasCurrent(MedicationClass.SystemicCorticosteroid)) facts.Add(new FactValue("Medications.SystemicCorticosteroid", "Current"));
        if (c.AgeYears >= 60) facts.Add(new FactValue("Patient.AgeYears", c.AgeYears.ToString(CultureInfo.InvariantCulture)));
        if (c.EgfrBelow60) facts.Add(new FactValue("EgfrBelow60", "true"));
        if (c.Comorbidities.SolidOrganTransplant) facts.Add(new FactValue("Comorbidities.SolidOrganTransplant", "true"));
        return facts;
    }

    /// <summary>AL-01 facts: DER-14 and the avulsion likelihood, with the symptom duration that set the urgency.</summary>
    public static IReadOnlyList<FactValue> AvulsionFacts(CaseFact c, WorkingDiagnoses dx) =>
    [
        new FactValue("AvulsionBlocksLoading", "true"),
        new FactValue("DX-05", dx.Avulsion.ToString()),
        new FactValue("History.SymptomWeeks", c.SymptomWeeks.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>AL-01, IMG-04: Urgent within the acute avulsion window, Soon after it (default 4 weeks [CFG]).</summary>
    public static Urgency AvulsionUrgency(CaseFact c) =>
        c.SymptomWeeks > c.Options.AvulsionAcuteWeeks ? Urgency.Soon : Urgency.Urgent;
}
