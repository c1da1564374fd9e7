using System.Globalization;
using Tendinopathy.Rules.Cohort;

namespace Tendinopathy.Rules.Cli.Rendering;

/// <summary>Text tables for the <c>cohort</c> summary and the <c>compare</c> report.</summary>
internal static class CohortReport
{
    private const int ListedChangedCases = 20;

    public static void WriteSummary(CohortSummary s, RuleSetIdentity ruleSet, TimeSpan elapsed, int top, TextWriter w)
    {
        w.WriteLine($"COHORT SUMMARY — rule set {ruleSet.Name} {ruleSet.Version} (hash {ruleSet.ContentHash})");
        w.WriteLine();
        Row(w, "cases", s.Cases, s.Cases);
        Row(w, "valid", s.ValidCases, s.Cases);
        Row(w, "invalid", s.InvalidCases, s.Cases);
        Row(w, "with red flags", s.CasesWithRedFlags, s.ValidCases);
        Row(w, "provisional (screen incomplete)", s.ProvisionalCases, s.ValidCases);
        w.WriteLine();
        w.WriteLine("Overall urgency (of valid cases)");
        foreach (var (urgency, n) in s.UrgencyMix.Reverse()) Row(w, "  " + urgency, n, s.ValidCases);
        w.WriteLine();
        w.WriteLine("Diagnoses at least Possible");
        if (s.Diagnoses.Count == 0) w.WriteLine("  (none)");
        foreach (var d in s.Diagnoses) Row(w, "  " + d.Id, d.Cases, s.ValidCases);
        Items(w, $"Top {top} alerts", s.Alerts, top, s.ValidCases);
        Items(w, $"Top {top} recommendations", s.Recommendations, top, s.ValidCases);
        Items(w, $"Top {top} do-not-offer items", s.DoNotOffer, top, s.ValidCases);
        w.WriteLine();
        var seconds = elapsed.TotalSeconds;
        var rate = seconds > 0 ? (s.Cases / seconds).ToString("N0", CultureInfo.InvariantCulture) : "-";
        w.WriteLine($"{s.Cases.ToString("N0", CultureInfo.InvariantCulture)} cases in {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({rate} cases/s)");
    }

    public static void WriteComparison(RuleSetComparisonReport r, TextWriter w)
    {
        w.WriteLine("RULE-SET COMPARISON");
        w.WriteLine($"  A: {r.RuleSetA.Name} {r.RuleSetA.Version} (hash {r.RuleSetA.ContentHash})");
        w.WriteLine($"  B: {r.RuleSetB.Name} {r.RuleSetB.Version} (hash {r.RuleSetB.ContentHash})");
        w.WriteLine();
        var valid = r.Cases - r.InvalidCases;
        Row(w, "cases", r.Cases, r.Cases);
        Row(w, "invalid (not compared)", r.InvalidCases, r.Cases);
        Row(w, "changed", r.ChangedCases, valid);
        Row(w, "urgency changed", r.UrgencyChangedCases, valid);
        w.WriteLine();
        w.WriteLine("Changed items (cases where B adds / removes it)");
        if (r.ItemChanges.Count == 0) w.WriteLine("  (none)");
        foreach (var c in r.ItemChanges)
        {
            var list = c.List == ComparedList.DoNotOffer ? "do-not-offer" : "recommendation";
            w.WriteLine($"  {c.Id,-24} {list,-15} +{c.Added,-8} -{c.Removed}");
        }
        if (r.UrgencyChanges.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Urgency changes (A → B)");
            foreach (var u in r.UrgencyChanges) w.WriteLine($"  {u.From + " → " + u.To,-26} {u.Cases}");
        }
        if (r.ChangedCaseList.Count > 0)
        {
            w.WriteLine();
            w.WriteLine(r.ChangedCases > ListedChangedCases ? $"First {ListedChangedCases} changed cases" : "Changed cases");
            foreach (var c in r.ChangedCaseList.Take(ListedChangedCases))
            {
                var parts = new List<string>();
                if (c.UrgencyChanged) parts.Add($"urgency {c.UrgencyA} → {c.UrgencyB}");
                parts.AddRange(c.RecommendationsAdded.Select(x => "+" + x));
                parts.AddRange(c.RecommendationsRemoved.Select(x => "-" + x));
                parts.AddRange(c.DoNotOfferAdded.Select(x => "+" + x + " (DNO)"));
                parts.AddRange(c.DoNotOfferRemoved.Select(x => "-" + x + " (DNO)"));
                w.WriteLine($"  line {c.LineNumber} {c.CaseId ?? "(no id)"}: {string.Join(", ", parts)}");
            }
        }
    }

    private static void Items(TextWriter w, string title, IReadOnlyList<ItemCount> items, int top, long of)
    {
        w.WriteLine();
        w.WriteLine(title);
        if (items.Count == 0) w.WriteLine("  (none)");
        foreach (var i in items.Take(top)) Row(w, "  " + i.Id, i.Cases, of);
    }

    private static void Row(TextWriter w, string label, long n, long of)
    {
        var percent = of > 0 ? ((double)n / of * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "";
        w.WriteLine($"{label,-34} {n.ToString("N0", CultureInfo.InvariantCulture),12} {percent,8}");
    }
}
