using Tendinopathy.Rules.Derived;

namespace Tendinopathy.Rules.Pathway.Avulsion;

/// <summary>
/// The proximal hamstring avulsion conditions of PATHWAY.md 4.10 that several AV- rules share. The AV-02 size criteria,
/// DER-14 and AV-04's pathway are computed once by the DER-DX summary (<see cref="WorkingDiagnoses"/>).
/// </summary>
internal static class AvulsionCriteria
{
    /// <summary>DX-05 Confirmed with the surgical decision still pending (AV-02, AV-03).</summary>
    public static bool ConfirmedAwaitingDecision(CaseFact c, WorkingDiagnoses dx) =>
        dx.Avulsion == Likelihood.Confirmed && c.History.AvulsionSurgicalDecision == AvulsionSurgicalDecision.Pending;

    /// <summary>AV-02: confirmed, decision pending, and the size criteria (3 tendons, or 2 retracted beyond <c>AvulsionRetractionCm</c>).</summary>
    public static bool EarlySurgicalOpinion(CaseFact c, WorkingDiagnoses dx) =>
        ConfirmedAwaitingDecision(c, dx) && dx.AvulsionSizeCriteria;

    /// <summary>AV-01: DER-14 AvulsionBlocksLoading and AV-02 does not fire.</summary>
    public static bool ProtectAndImage(CaseFact c, WorkingDiagnoses dx) =>
        dx.AvulsionBlocksLoading && !EarlySurgicalOpinion(c, dx);

    /// <summary>AV-03: any sciatic symptom or sign (posterior-thigh paraesthesia or burning, radiation below the knee, sciatic signal change on the hamstring study).</summary>
    public static bool SciaticInvolvement(CaseFact c) =>
        c.Neuro.PosteriorThighParaesthesiaOrBurning == TriState.Yes || c.Neuro.RadiatingBelowKnee == TriState.Yes ||
        (c.HamstringImaged && c.Imaging.SciaticNerveSignalChangeOrPerineuralFibrosis == TriState.Yes);

    /// <summary>The sciatic facts AV-03 adds to the referral.</summary>
    public static string SciaticInvolvementDetail(CaseFact c)
    {
        var facts = new List<string>();
        if (c.Neuro.PosteriorThighParaesthesiaOrBurning == TriState.Yes) facts.Add("Neuro.PosteriorThighParaesthesiaOrBurning = Yes");
        if (c.Neuro.RadiatingBelowKnee == TriState.Yes) facts.Add("Neuro.RadiatingBelowKnee = Yes");
        if (c.HamstringImaged && c.Imaging.SciaticNerveSignalChangeOrPerineuralFibrosis == TriState.Yes)
        {
            facts.Add("Imaging.SciaticNerveSignalChangeOrPerineuralFibrosis = Yes");
        }
        return "Sciatic involvement: " + string.Join("; ", facts);
    }

    /// <summary>
    /// AV-05: a confirmed partial or incomplete avulsion (PartialTearHighGrade, or fewer than 3 tendons) managed
    /// non-operatively, SymptomWeeks at least <c>AvulsionPersistingPainWeeks</c> and NRS now at least
    /// <c>AvulsionPersistingPainNrs</c> (an unknown NRS is not met, 0.1).
    /// </summary>
    public static bool ChronicIncompleteAvulsionOpinion(CaseFact c, WorkingDiagnoses dx) =>
        dx.Avulsion == Likelihood.Confirmed &&
        (c.HasFinding(HamstringFinding.PartialTearHighGrade) || c.Imaging.AvulsedTendonCount < 3) &&
        c.History.AvulsionSurgicalDecision == AvulsionSurgicalDecision.NonOperative &&
        c.SymptomWeeks >= c.Options.AvulsionPersistingPainWeeks &&
        c.Pain.NrsNow >= c.Options.AvulsionPersistingPainNrs;

    /// <summary>AV-04: a competitive or professional athlete gets the surgical opinion Soon.</summary>
    public static bool HighDemand(CaseFact c) =>
        c.Input.Patient.ActivityLevel is ActivityLevel.Competitive or ActivityLevel.Professional;
}
