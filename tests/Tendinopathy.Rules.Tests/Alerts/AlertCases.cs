using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Alerts;

/// <summary>Cases the alert and investigation tests share.</summary>
internal static class AlertCases
{
    /// <summary>Acute injury with a typical mechanism and a felt pop, no hamstring imaging: DX-05 Likely (suspected).</summary>
    public static CaseBuilder SuspectedAvulsion(int weeks = 1) => CaseBuilder.Baseline()
        .Locations(PainLocation.LowerGlutealIschial, PainLocation.PosteriorThighAboveKnee)
        .Aggravators(Aggravator.Sitting)
        .History(h => h with { Onset = Onset.Acute, Mechanism = InjuryMechanism.SuddenHipFlexionKneeExtended, PopFelt = TriState.Yes })
        .SymptomWeeks(weeks);

    /// <summary>A complete avulsion recorded on the given modality: DX-05 Confirmed.</summary>
    public static CaseBuilder ConfirmedAvulsion(HamstringModality modality, int tendons, decimal retractionCm,
        AvulsionSurgicalDecision decision = AvulsionSurgicalDecision.Pending) => SuspectedAvulsion()
        .History(h => h with { AvulsionSurgicalDecision = decision })
        .Imaging(i => i with
        {
            HamstringModality = modality, HamstringFindings = [HamstringFinding.CompleteAvulsion],
            AvulsedTendonCount = tendons, RetractionCm = retractionCm,
            SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No, QuadratusFemorisOedema = TriState.No,
        });

    public static Alert Alert(PathwayResult r, string id, Urgency urgency)
    {
        var alert = Assert.Single(r.Alerts, a => a.Id == id);
        Assert.Equal(AlertKind.SafetyAlert, alert.Kind);
        Assert.Equal(urgency, alert.Urgency);
        Assert.NotEmpty(alert.References);
        Assert.NotEmpty(alert.TriggeringFacts);
        Assert.False(string.IsNullOrWhiteSpace(alert.ClinicianText));
        Assert.False(string.IsNullOrWhiteSpace(alert.PatientText));
        return alert;
    }
}
