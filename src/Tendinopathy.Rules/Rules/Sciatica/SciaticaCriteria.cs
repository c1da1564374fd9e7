using Tendinopathy.Rules.Derived;

namespace Tendinopathy.Rules.Pathway.Sciatica;

/// <summary>
/// The sciatica (NICE NG59) conditions that several rules share (PATHWAY.md 4.8, 3.4, 3.5), so SCI-08, IMG-06 and MISS-14
/// read one definition. "No RF" is not part of these predicates: each rule states it as its own <c>Not&lt;RedFlagFact&gt;</c>
/// condition (trace <c>NotApplicable</c>, 0.5).
/// </summary>
internal static class SciaticaCriteria
{
    /// <summary>
    /// SCI-08 without its "no RF" and neurogenic-claudication clauses: DX-02 Likely, acute (SymptomWeeks below
    /// <c>EpiduralAcuteWeeks</c>), severe (LegPainNrs at least <c>EpiduralSevereLegPainNrs</c> or ODI at least
    /// <c>EpiduralSevereOdi</c>; an unknown score does not count), and central canal stenosis not recorded as Yes (an absent
    /// lumbar MRI or an Unknown finding does not block: the documented exception of §8 item 8(b)).
    /// </summary>
    public static bool AcuteSevereRadicularPain(CaseFact c, WorkingDiagnoses dx) =>
        dx.Radicular == Likelihood.Likely &&
        c.SymptomWeeks < c.Options.EpiduralAcuteWeeks &&
        (c.Pain.LegPainNrs >= c.Options.EpiduralSevereLegPainNrs || c.Input.Scores.Odi >= c.Options.EpiduralSevereOdi) &&
        !(c.LumbarMriDone && c.Lumbar.CentralCanalStenosis == TriState.Yes);

    /// <summary>
    /// SCI-08's conditions other than "no RF" (shared with IMG-06's SCI-08 branch): <see cref="AcuteSevereRadicularPain"/> and a
    /// known <c>NeurogenicClaudication = No</c> (Unknown is not met; MISS-14 prompts for it).
    /// </summary>
    public static bool EpiduralReferralConditions(CaseFact c, WorkingDiagnoses dx) =>
        AcuteSevereRadicularPain(c, dx) && c.History.NeurogenicClaudication == TriState.No;

    /// <summary>MISS-14: every other SCI-08 condition holds and neurogenic claudication is Unknown.</summary>
    public static bool EpiduralBlockedByUnknownClaudication(CaseFact c, WorkingDiagnoses dx) =>
        AcuteSevereRadicularPain(c, dx) && c.History.NeurogenicClaudication == TriState.Unknown;

    /// <summary>
    /// SCI-09: DX-02 Likely; lumbar MRI done showing nerve-root compression concordant with the symptoms; documented failed
    /// non-surgical care (DER-15) of at least <c>SpinalReferralFailedWeeks</c>. BMI, smoking and psychological distress are
    /// deliberately not inputs (SCI-10, SAFE-15).
    /// </summary>
    public static bool SpinalDecompressionReferral(CaseFact c, WorkingDiagnoses dx) =>
        dx.Radicular == Likelihood.Likely &&
        c.LumbarMriDone && c.Lumbar.NerveRootCompression == TriState.Yes && c.Lumbar.ConcordantWithSymptoms == TriState.Yes &&
        c.FailedNonSurgicalWeeks >= c.Options.SpinalReferralFailedWeeks;

    /// <summary>
    /// IMG-06 without its "no RF" clause: DX-02 at least Possible, lumbar MRI not done, and either SCI-08's conditions or
    /// DX-02 Likely with documented failed non-surgical care (DER-15) of at least <c>SpinalReferralFailedWeeks</c>.
    /// </summary>
    public static bool SpecialistLumbarImaging(CaseFact c, WorkingDiagnoses dx) =>
        dx.Radicular >= Likelihood.Possible && !c.LumbarMriDone &&
        (EpiduralReferralConditions(c, dx) ||
         (dx.Radicular == Likelihood.Likely && c.FailedNonSurgicalWeeks >= c.Options.SpinalReferralFailedWeeks));

    /// <summary>SCI-11: a current opioid, gabapentinoid, other antiepileptic or benzodiazepine not known to be for another indication.</summary>
    public static bool TakesSciaticaMedicine(CaseFact c)
    {
        foreach (var m in c.Input.Medications.Entries)
        {
            if (IsSciaticaMedicine(m)) return true;
        }
        return false;
    }

    /// <summary>SCI-11: the current opioid, gabapentinoid, other antiepileptic or benzodiazepine entries not known to be for another indication.</summary>
    public static IReadOnlyList<FactValue> SciaticaMedicines(CaseFact c)
    {
        List<FactValue>? facts = null;
        foreach (var m in c.Input.Medications.Entries)
        {
            if (IsSciaticaMedicine(m))
            {
                (facts ??= []).Add(new FactValue("Medications." + m.Class, "Current, IndicationIsSciatica " + m.IndicationIsSciatica));
            }
        }
        return facts ?? (IReadOnlyList<FactValue>)[];
    }

    private static bool IsSciaticaMedicine(MedicationEntry m) =>
        m.Status == MedicationStatus.Current && m.IndicationIsSciatica != TriState.No &&
        m.Class is MedicationClass.Opioid or MedicationClass.Gabapentinoid or MedicationClass.OtherAntiepileptic or MedicationClass.Benzodiazepine;
}
