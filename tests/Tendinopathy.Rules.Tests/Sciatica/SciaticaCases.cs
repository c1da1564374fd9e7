using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.Sciatica;

/// <summary>Cases the sciatica, escalation and do-not-offer tests share.</summary>
internal static class SciaticaCases
{
    /// <summary>V03 (PATHWAY.md 7): acute L5 radiculopathy, DX-02 Likely, leg NRS 8, ODI 48, no lumbar MRI.</summary>
    public static CaseBuilder V03() => Diagnosis.DiagnosisTests.V03();

    /// <summary>V10 (PATHWAY.md 7): deep gluteal syndrome (DX-03 Possible) with a non-concordant lumbar MRI (DX-02 Possible).</summary>
    public static CaseBuilder V10() => Diagnosis.DiagnosisTests.V10();

    /// <summary>
    /// Acute severe sciatica meeting every SCI-08 condition through leg pain alone: DX-02 Likely (C1 ∧ C2 ∧ C3), 3 weeks,
    /// leg NRS 8, ODI not recorded, neurogenic claudication a known No, no lumbar MRI, no low back pain.
    /// </summary>
    public static CaseBuilder AcuteSevereSciatica() => CaseBuilder.Baseline()
        .SymptomWeeks(3)
        .Locations(PainLocation.BelowKnee)
        .Pain(p => p with { LegPainNrs = 8 })
        .Neuro(n => n with
        {
            RadiatingBelowKnee = TriState.Yes, DermatomalParaesthesia = TriState.Yes, ParaesthesiaDermatomes = [Dermatome.S1],
        })
        .Test(ExamTest.StraightLegRaise, TestResult.Positive);

    /// <summary>Possible radicular pain only: leg pain below the knee and a positive SLR, no deficit (DX-02 Possible).</summary>
    public static CaseBuilder PossibleSciatica(int weeks = 4) => CaseBuilder.Baseline()
        .SymptomWeeks(weeks)
        .Locations(PainLocation.BelowKnee)
        .Neuro(n => n with { RadiatingBelowKnee = TriState.Yes })
        .Test(ExamTest.StraightLegRaise, TestResult.Positive);

    /// <summary>A documented prior treatment episode.</summary>
    public static PriorTreatment Treatment(TreatmentType type, int weeks, TreatmentResponse response, int weeksAgoEnded = 0,
        bool documented = true) => new()
    {
        Type = type, DurationWeeks = weeks, WeeksAgoEnded = weeksAgoEnded, Documented = documented, Response = response,
        Adherence = Adherence.Good,
    };

    /// <summary>An urgent red flag (RF-05, significant trauma) that fires without changing any diagnosis.</summary>
    public static CaseBuilder WithUrgentRedFlag(this CaseBuilder b) => b.RedFlags(f => f with { SignificantTrauma = TriState.Yes });

    /// <summary>A current medicine with its sciatica indication.</summary>
    public static CaseBuilder CurrentMedicine(this CaseBuilder b, MedicationClass cls, TriState forSciatica) => b.With(c => c with
    {
        Medications = c.Medications with
        {
            Entries = [.. c.Medications.Entries, new MedicationEntry { Class = cls, Status = MedicationStatus.Current, IndicationIsSciatica = forSciatica }],
        },
    });
}
