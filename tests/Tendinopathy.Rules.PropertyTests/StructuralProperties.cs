using System.Reflection;

namespace Tendinopathy.Rules.PropertyTests;

/// <summary>Invariants that hold by construction of the fact model, checked by reflection over every input type.</summary>
public sealed class StructuralProperties
{
    /// <summary>
    /// SAFE-15: NICE NG59 says BMI, smoking status and psychological distress must not sway a spinal decompression referral
    /// (SCI-09, SCI-10). The fact model has no such input, so no rule can read one; this fails the day one is added, so that
    /// the metamorphic property (vary them, SCI-09 unchanged) is written with it.
    /// </summary>
    [Fact]
    public void SAFE15_no_BMI_smoking_or_distress_input_can_reach_the_spinal_decompression_decision()
    {
        var forbidden = new[] { "bmi", "bodymass", "weightkg", "smok", "tobacco", "distress", "psych", "anxiety", "depress" };
        var offending = InputProperties(typeof(PatientCase), new HashSet<Type>())
            .Where(p => forbidden.Any(f => p.Contains(f, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        Assert.True(offending.Length == 0, "Inputs that SCI-09 must ignore now exist: " + string.Join(", ", offending));
    }

    private static IEnumerable<string> InputProperties(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type)) yield break;
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            yield return type.Name + "." + p.Name;
            var t = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)) t = t.GetGenericArguments()[0];
            if (t.Namespace == typeof(PatientCase).Namespace && t.IsClass)
            {
                foreach (var nested in InputProperties(t, seen)) yield return nested;
            }
        }
    }
}
