namespace Tendinopathy.Rules.Derived;

/// <summary>
/// Puts every unordered list of a case in one canonical order before rules see it, so no output (reason facts, detail
/// lines, explanations) can depend on the order the caller listed medicines, treatments, tests or set members in (SAFE-18).
/// <c>FollowUp.PreviousDecisions</c> is an ordered history and is left as it is.
/// </summary>
internal static class CanonicalCase
{
    public static PatientCase Of(PatientCase c)
    {
        if (IsCanonical(c)) return c;
        return c with
        {
            Patient = c.Patient with { Sports = Sorted(c.Patient.Sports) },
            Pain = c.Pain with { Locations = Sorted(c.Pain.Locations), Aggravators = Sorted(c.Pain.Aggravators) },
            Neuro = c.Neuro with
            {
                ParaesthesiaDermatomes = Sorted(c.Neuro.ParaesthesiaDermatomes),
                SensoryLossDermatomes = Sorted(c.Neuro.SensoryLossDermatomes),
                ReflexesAffected = Sorted(c.Neuro.ReflexesAffected),
            },
            Medications = c.Medications with { Entries = c.Medications.Entries.OrderBy(m => m, MedicationOrder.Instance).ToArray() },
            PriorTreatments = c.PriorTreatments.OrderBy(t => t, TreatmentOrder.Instance).ToArray(),
            Examination = c.Examination.OrderBy(e => e, ExamOrder.Instance).ToArray(),
            Imaging = c.Imaging with { HamstringFindings = Sorted(c.Imaging.HamstringFindings) },
        };
    }

    private static bool IsCanonical(PatientCase c) =>
        IsSorted(c.Patient.Sports) && IsSorted(c.Pain.Locations) && IsSorted(c.Pain.Aggravators) && IsSorted(c.Neuro.ParaesthesiaDermatomes) &&
        IsSorted(c.Neuro.SensoryLossDermatomes) && IsSorted(c.Neuro.ReflexesAffected) && IsSorted(c.Imaging.HamstringFindings) &&
        IsSorted(c.Medications.Entries, MedicationOrder.Instance) && IsSorted(c.PriorTreatments, TreatmentOrder.Instance) &&
        IsSorted(c.Examination, ExamOrder.Instance);

    private static T[] Sorted<T>(IReadOnlyList<T> values) where T : struct, Enum
    {
        var a = values.ToArray();
        Array.Sort(a);
        return a;
    }

    private static bool IsSorted<T>(IReadOnlyList<T> values) where T : struct, Enum => IsSorted(values, Comparer<T>.Default);

    private static bool IsSorted<T>(IReadOnlyList<T> values, IComparer<T> comparer)
    {
        for (var i = 1; i < values.Count; i++)
        {
            if (comparer.Compare(values[i - 1], values[i]) > 0) return false;
        }
        return true;
    }

    private sealed class MedicationOrder : IComparer<MedicationEntry>
    {
        public static readonly MedicationOrder Instance = new();

        public int Compare(MedicationEntry? x, MedicationEntry? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            var c = Nullable.Compare(x.Class, y.Class);
            if (c == 0) c = Nullable.Compare(x.Status, y.Status);
            if (c == 0) c = x.DaysSinceLastDose.CompareTo(y.DaysSinceLastDose);
            if (c == 0) c = x.IndicationIsSciatica.CompareTo(y.IndicationIsSciatica);
            if (c == 0) c = string.CompareOrdinal(x.Name, y.Name);
            return c;
        }
    }

    private sealed class TreatmentOrder : IComparer<PriorTreatment>
    {
        public static readonly TreatmentOrder Instance = new();

        public int Compare(PriorTreatment? x, PriorTreatment? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            var c = Nullable.Compare(x.Type, y.Type);
            if (c == 0) c = Nullable.Compare(x.WeeksAgoEnded, y.WeeksAgoEnded);
            if (c == 0) c = Nullable.Compare(x.DurationWeeks, y.DurationWeeks);
            if (c == 0) c = Nullable.Compare(x.Response, y.Response);
            if (c == 0) c = Nullable.Compare(x.Documented, y.Documented);
            if (c == 0) c = x.Adherence.CompareTo(y.Adherence);
            if (c == 0) c = Nullable.Compare(x.Count, y.Count);
            if (c == 0) c = Nullable.Compare(x.WeeksSinceLast, y.WeeksSinceLast);
            if (c == 0) c = x.Supervised.CompareTo(y.Supervised);
            if (c == 0) c = x.Intratendinous.CompareTo(y.Intratendinous);
            return c;
        }
    }

    private sealed class ExamOrder : IComparer<ExamFinding>
    {
        public static readonly ExamOrder Instance = new();

        public int Compare(ExamFinding? x, ExamFinding? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            var c = Nullable.Compare(x.Test, y.Test);
            return c != 0 ? c : x.Result.CompareTo(y.Result);
        }
    }
}
