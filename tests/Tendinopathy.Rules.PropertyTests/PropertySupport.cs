using FsCheck;
using FsCheck.Xunit;

namespace Tendinopathy.Rules.PropertyTests;

/// <summary>
/// A property over generated cases. Runs <see cref="Runs"/> cases: 1,000 by default (CI), more when the environment variable
/// <c>TENDINOPATHY_PROPERTY_RUNS</c> is set (a nightly-style run, e.g. 100000).
/// </summary>
public sealed class SafetyPropertyAttribute : PropertyAttribute
{
    public SafetyPropertyAttribute()
    {
        MaxTest = Runs;
        Arbitrary = [typeof(Arbitraries)];
        QuietOnSuccess = true;
    }

    public static int Runs { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("TENDINOPATHY_PROPERTY_RUNS"), out var n) && n > 0 ? n : 1000;
}

/// <summary>The arbitraries FsCheck uses for the property parameters.</summary>
public static class Arbitraries
{
    public static Arbitrary<PatientCase> Cases() => CaseGenerators.ValidCases();
    public static Arbitrary<InvalidCase> Invalid() => InvalidCaseGenerators.InvalidCases();
}

/// <summary>Shared engine and facts computed independently of the engine, so properties do not trust what they test.</summary>
public static class Oracle
{
    public static PathwayEngine SharedEngine { get; } = new();

    public static PathwayResult Evaluate(PatientCase c) => SharedEngine.Evaluate(c);

    public static bool Rec(this PathwayResult r, string id) => r.Recommendations.Any(x => x.Id == id);
    public static bool Cnr(this PathwayResult r, string id) => r.ConsideredNotRecommended.Any(x => x.Id == id);
    public static bool Dno(this PathwayResult r, string id) => r.DoNotOffer.Any(x => x.Id == id);
    public static bool Alert(this PathwayResult r, string id) => r.Alerts.Any(x => x.Id == id);
    public static bool Miss(this PathwayResult r, string id) => r.MissingInformation.Any(x => x.Id == id);
    public static Likelihood Dx(this PathwayResult r, string id) => r.Diagnoses.Single(d => d.Id == id).Likelihood;
    public static bool AnyRedFlag(this PathwayResult r) => r.Alerts.Any(a => a.Kind == AlertKind.RedFlag);
    public static bool EmergencyRedFlag(this PathwayResult r) => r.Alerts.Any(a => a.Kind == AlertKind.RedFlag && a.Urgency == Urgency.Emergency);
    public static string Json(this PathwayResult r) => PathwayJson.Write(r, indented: false);
    public static IEnumerable<string> ItemText(this Recommendation r) => r.Details.Prepend(r.ClinicianText);

    public static bool Current(PatientCase c, MedicationClass cls) =>
        c.Medications.Entries.Any(m => m.Class == cls && m.Status == MedicationStatus.Current);

    public static bool FqCurrent(PatientCase c) => Current(c, MedicationClass.Fluoroquinolone);

    public static bool FqRecent(PatientCase c) =>
        c.Medications.Entries.Any(m => m.Class == MedicationClass.Fluoroquinolone &&
                                       (m.Status == MedicationStatus.Current || m.DaysSinceLastDose <= 60));

    public static bool Chronic(PatientCase c) => c.History.SymptomWeeks >= 12;

    public static bool PregnancyRelevant(PatientCase c) => c.Patient.Sex != Sex.Male && c.Patient.AgeYears <= 55;

    public static int FailedConservativeWeeks(PatientCase c) =>
        c.PriorTreatments.Where(t => t.Type == TreatmentType.StructuredLoading && t.Documented == true &&
                                     t.Adherence is Adherence.Good or Adherence.Partial &&
                                     t.Response is TreatmentResponse.ImprovedInsufficient or TreatmentResponse.NoChange or TreatmentResponse.Worse)
            .Sum(t => t.DurationWeeks ?? 0);

    public static bool Anticoagulated(PatientCase c) =>
        Current(c, MedicationClass.AnticoagulantWarfarin) || Current(c, MedicationClass.AnticoagulantDoac) || Current(c, MedicationClass.AnticoagulantHeparin);

    public static bool EgfrBelow60(PatientCase c) =>
        c.Comorbidities.ChronicKidneyDisease is { } ckd && (ckd.EgfrMlMin < 60 || ckd.Stage >= CkdStage.G3a);

    /// <summary>PATHWAY.md 3.1 Emergency allow-list.</summary>
    public static bool OnEmergencyAllowList(Recommendation r) =>
        r.Id.StartsWith("ACT-", StringComparison.Ordinal) || r.Id is "IMG-01" or "IMG-02" or "IMG-03" or "IMG-04" ||
        r.Category == ItemCategory.MedicationSafety || r.SafetyNet || r.Id is "AV-01" or "AV-02" or "AV-03";

    /// <summary>PATHWAY.md 3.1 Urgent allow-list.</summary>
    public static bool OnUrgentAllowList(Recommendation r) =>
        OnEmergencyAllowList(r) || r.Id is "LM-00" or "LM-01" or "LM-02" or "LM-03" or "LM-04" or "RISK-03" or "SCI-01" or "SCI-02"
            or "SCI-06" or "SCI-12" or "SYM-01" or "SYM-02" or "SYM-03" or "SYM-04" or "ESC-01";
}
