using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.RedFlags;

/// <summary>Assertions shared by the red-flag tests.</summary>
internal static class RedFlagAssert
{
    public static Alert Alert(PathwayResult r, string id, Urgency urgency)
    {
        var alert = Assert.Single(r.Alerts, a => a.Id == id);
        Assert.Equal(AlertKind.RedFlag, alert.Kind);
        Assert.Equal(urgency, alert.Urgency);
        Assert.False(string.IsNullOrWhiteSpace(alert.ClinicianText));
        Assert.False(string.IsNullOrWhiteSpace(alert.PatientText));
        Assert.NotEmpty(alert.References);
        Assert.NotEmpty(alert.TriggeringFacts);
        return alert;
    }

    /// <summary>The item is recommended once, at the urgency, with references and the given emitters.</summary>
    public static Recommendation Item(PathwayResult r, string id, Urgency urgency, params string[] emitters)
    {
        var item = Assert.Single(r.Recommendations, x => x.Id == id);
        Assert.Equal(urgency, item.Urgency);
        Assert.NotEmpty(item.References);
        Assert.False(string.IsNullOrWhiteSpace(item.ClinicianText));
        Assert.False(string.IsNullOrWhiteSpace(item.PatientText));
        if (emitters.Length > 0) Assert.Equal(emitters.OrderBy(e => e, StringComparer.Ordinal), item.Emitters);
        return item;
    }

    public static void NoRedFlag(PathwayResult r) =>
        Assert.DoesNotContain(r.Alerts, a => a.Kind == AlertKind.RedFlag);

    public static bool HasFact(Alert alert, string fieldPrefix) =>
        alert.TriggeringFacts.Any(f => f.Field.StartsWith(fieldPrefix, StringComparison.Ordinal));
}
