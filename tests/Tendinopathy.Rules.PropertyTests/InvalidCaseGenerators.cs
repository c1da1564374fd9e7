using FsCheck;
using FsCheck.Fluent;

namespace Tendinopathy.Rules.PropertyTests;

/// <summary>An invalid case together with the field path and code the validator must report for it.</summary>
public sealed record InvalidCase(PatientCase Case, string Path, string Code, string Defect)
{
    public override string ToString() => $"{Defect} → expected {Path} {Code}";
}

/// <summary>
/// Generators of invalid cases: a valid generated case with exactly one defect of each kind PATHWAY.md 2.13 names
/// (out-of-range value, out-of-scope age, missing required value, contradiction, duplicate, undefined enum, negative duration).
/// </summary>
public static class InvalidCaseGenerators
{
    private static readonly (string Defect, string Path, string Code, Func<PatientCase, int, PatientCase> Break)[] Defects =
    [
        ("pain now above 10", "Pain.NrsNow", ValidationCodes.OutOfRange, (c, n) => c with { Pain = c.Pain with { NrsNow = 11 + n % 50 } }),
        ("negative pain", "Pain.NrsNow", ValidationCodes.OutOfRange, (c, n) => c with { Pain = c.Pain with { NrsNow = -1 - n % 5 } }),
        ("leg pain above 10", "Pain.LegPainNrs", ValidationCodes.OutOfRange, (c, n) => c with { Pain = c.Pain with { LegPainNrs = 11 + n % 3 } }),
        ("VISA-H above 100", "Scores.VisaH", ValidationCodes.OutOfRange, (c, n) => c with { Scores = c.Scores with { VisaH = 101 + n } }),
        ("ODI above 100", "Scores.Odi", ValidationCodes.OutOfRange, (c, n) => c with { Scores = c.Scores with { Odi = 101 + n } }),
        ("age under 18", "Patient.AgeYears", ValidationCodes.OutOfScopeAge, (c, n) => c with { Patient = c.Patient with { AgeYears = n % 18 } }),
        ("age above 120", "Patient.AgeYears", ValidationCodes.OutOfRange, (c, n) => c with { Patient = c.Patient with { AgeYears = 121 + n } }),
        ("age missing", "Patient.AgeYears", ValidationCodes.Required, (c, _) => c with { Patient = c.Patient with { AgeYears = null } }),
        ("negative symptom weeks", "History.SymptomWeeks", ValidationCodes.NegativeDuration, (c, n) => c with { History = c.History with { SymptomWeeks = -1 - n } }),
        ("medicines review missing", "Medications.Reviewed", ValidationCodes.Required, (c, _) => c with { Medications = c.Medications with { Reviewed = null } }),
        ("undefined sex", "Patient.Sex", ValidationCodes.UndefinedEnum, (c, n) => c with { Patient = c.Patient with { Sex = (Sex)(40 + n) } }),
        ("undefined onset", "History.Onset", ValidationCodes.UndefinedEnum, (c, n) => c with { History = c.History with { Onset = (Onset)(40 + n) } }),
        ("duplicate location", "Pain.Locations", ValidationCodes.Duplicate,
            (c, _) => c with { Pain = c.Pain with { Locations = [PainLocation.LowBack, PainLocation.LowBack] } }),
        ("male recorded pregnant", "Patient.Pregnant", ValidationCodes.Contradiction,
            (c, _) => c with { Patient = c.Patient with { Sex = Sex.Male, Pregnant = TriState.Yes, GestationWeeks = 20 } }),
        ("lumbar finding without lumbar MRI", "Imaging.LumbarMri.NerveRootCompression", ValidationCodes.Contradiction,
            (c, _) => c with { Imaging = c.Imaging with { LumbarMri = new LumbarMri { NerveRootCompression = TriState.Yes } } }),
        ("exam test both positive and negative", "Examination", ValidationCodes.Contradiction,
            (c, _) => c with
            {
                Examination = [new ExamFinding { Test = ExamTest.Palpation, Result = TestResult.Positive }, new ExamFinding { Test = ExamTest.Palpation, Result = TestResult.Negative }],
            }),
        ("follow-up without phase", "FollowUp.CurrentPhase", ValidationCodes.Required, (c, _) => c with { FollowUp = new FollowUpState { VisitNumber = 2 } }),
        ("post-void residual above 3000", "RedFlags.PostVoidResidualMl", ValidationCodes.OutOfRange,
            (c, n) => c with { RedFlags = c.RedFlags with { PostVoidResidualMl = 3001 + n } }),
    ];

    public static readonly Gen<InvalidCase> Invalid =
        from valid in CaseGenerators.ValidCase
        from index in Gen.Choose(0, Defects.Length - 1)
        from n in Gen.Choose(0, 1000)
        let d = Defects[index]
        select new InvalidCase(d.Break(valid, n), d.Path, d.Code, d.Defect);

    public static Arbitrary<InvalidCase> InvalidCases() => Arb.From(Invalid);
}
