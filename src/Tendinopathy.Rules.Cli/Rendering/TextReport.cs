using System.Text;

namespace Tendinopathy.Rules.Cli.Rendering;

/// <summary>
/// Renders a <see cref="PathwayResult"/> as a plain-text report that fits a 100-column terminal. Presentation only: every
/// list is printed in the order the engine returned it and nothing is filtered or re-ranked.
/// </summary>
/// <remarks>
/// The clinician report shows the clinician texts, criteria, evidence codes, reference IDs and triggering facts. The patient
/// report shows the plain-language patient texts and omits criteria, codes and IDs, but keeps urgency and every alert.
/// "No red flags" is printed only when <see cref="PathwayResult.NoRedFlags"/> is true.
/// </remarks>
internal static class TextReport
{
    /// <summary>Maximum line width of the report.</summary>
    public const int Width = 100;

    private const string Indent = "      ";

    /// <summary>Writes the report.</summary>
    /// <param name="result">The engine's result.</param>
    /// <param name="audience">Whose texts to print.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(PathwayResult result, Audience audience, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var w = new Writer(output);
        var clinician = audience != Audience.Patient;

        WriteHeader(w, result, clinician);
        WriteAlerts(w, result, clinician);
        WriteDiagnoses(w, result, clinician);
        WriteRecommendations(w, result, clinician);
        WriteConsidered(w, result, clinician);
        WriteDoNotOffer(w, result, clinician);
        WriteMissing(w, result, clinician);
        WriteLoading(w, result, clinician);
        WriteFollowUp(w, result, clinician);

        w.Section("INTENDED USE");
        w.Wrap(result.IntendedUse, "  ");
    }

    /// <summary>Renders the report as a string.</summary>
    /// <param name="result">The engine's result.</param>
    /// <param name="audience">Whose texts to print.</param>
    /// <returns>The report text.</returns>
    public static string Render(PathwayResult result, Audience audience)
    {
        using var writer = new StringWriter();
        Write(result, audience, writer);
        return writer.ToString();
    }

    private static void WriteHeader(Writer w, PathwayResult r, bool clinician)
    {
        var title = clinician
            ? "TENDINOPATHY.RULES — lower-gluteal pain pathway report (clinician)"
            : "TENDINOPATHY.RULES — lower-gluteal pain pathway summary (patient)";
        w.Line(title);
        w.Line(new string('=', title.Length));
        w.Wrap(r.CaseId ?? "(no case id)", "Case:      ", "           ");
        w.Wrap($"{r.RuleSet.Name} {r.RuleSet.Version}, hash {r.RuleSet.ContentHash}", "Rule set:  ", "           ");
        if (clinician) w.Line("Trace:     the explanation and the outcome of every rule are in the JSON result (--format json)");
        w.Blank();
        w.Wrap($"OVERALL URGENCY: {Upper(r.OverallUrgency)} — {UrgencyMeaning(r.OverallUrgency)}", "", "                 ");

        var redFlags = r.Alerts.Where(a => a.Kind == AlertKind.RedFlag).ToArray();
        string line;
        if (r.NoRedFlags)
        {
            line = clinician
                ? "RED FLAGS: No red flags (RFI-01…RFI-11 all answered no; no RF- rule fired)"
                : "RED FLAGS: No red flags";
        }
        else if (redFlags.Length > 0)
        {
            line = clinician
                ? $"RED FLAGS: {redFlags.Length} fired — {string.Join(", ", redFlags.Select(a => a.Id))} (see ALERTS)"
                : "RED FLAGS: warning signs of a serious problem were found — see ALERTS";
        }
        else
        {
            line = clinician
                ? "RED FLAGS: none fired, but not every red-flag item RFI-01…RFI-11 is a known \"no\""
                : "RED FLAGS: none found so far, but not every warning-sign question has been answered \"no\"";
        }
        w.Wrap(line, "", "           ");
        if (!r.RedFlagScreenComplete)
        {
            w.Wrap(clinician
                    ? "PROVISIONAL: red-flag screen incomplete — RFI-01…RFI-05 (cauda equina screen) not all answered; " +
                      "complete the screen before relying on this plan."
                    : "PROVISIONAL: red-flag screen incomplete — some important safety questions have not been answered yet, " +
                      "so this plan may change.",
                "", "             ");
        }
    }

    private static void WriteAlerts(Writer w, PathwayResult r, bool clinician)
    {
        w.Section($"ALERTS ({r.Alerts.Count})");
        if (r.Alerts.Count == 0) w.None();
        foreach (var a in r.Alerts)
        {
            var kind = a.Kind == AlertKind.RedFlag ? "red flag" : "safety alert";
            w.Wrap(clinician ? $"[{Upper(a.Urgency)}] {a.Id}  {a.Title} ({kind})" : $"[{Upper(a.Urgency)}] {a.Title}", "  ", Indent);
            w.Wrap(clinician ? a.ClinicianText : a.PatientText, Indent);
            if (clinician)
            {
                if (a.TriggeringFacts.Count > 0) w.Wrap("Triggered by: " + Facts(a.TriggeringFacts), Indent, Indent + "  ");
                if (a.Actions.Count > 0) w.Wrap("Actions: " + string.Join(", ", a.Actions), Indent, Indent + "  ");
                w.Wrap(Evidence(a.EvidenceCode, a.References), Indent, Indent + "  ");
            }
            w.Blank();
        }
    }

    private static void WriteDiagnoses(Writer w, PathwayResult r, bool clinician)
    {
        w.Section(clinician ? $"WORKING DIAGNOSES ({r.Diagnoses.Count})" : $"POSSIBLE CAUSES CONSIDERED ({r.Diagnoses.Count})");
        if (r.Diagnoses.Count == 0) w.None();
        foreach (var d in r.Diagnoses)
        {
            w.Wrap(clinician ? $"{d.Id}  {d.Name} — {Upper(d.Likelihood)}" : $"{d.Name} — {Words(d.Likelihood)}", "  ", Indent);
            w.Wrap(clinician ? d.ClinicianText : d.PatientText, Indent);
            if (!clinician)
            {
                w.Blank();
                continue;
            }
            if (d.Criteria.Count > 0)
            {
                w.Line(Indent + "Criteria:");
                var idWidth = d.Criteria.Max(c => c.Id.Length);
                foreach (var c in d.Criteria)
                {
                    var head = $"{Indent}  {Words(c.Status),-8} {c.Id.PadRight(idWidth)}  ";
                    w.Wrap(c.Description, head, new string(' ', head.Length));
                }
            }
            if (d.Details.Count > 0) w.Wrap("Details: " + Facts(d.Details), Indent, Indent + "  ");
            w.Wrap(Evidence(d.EvidenceCode, d.References), Indent, Indent + "  ");
            w.Blank();
        }
    }

    private static void WriteRecommendations(Writer w, PathwayResult r, bool clinician)
    {
        w.Section($"RECOMMENDATIONS ({r.Recommendations.Count})");
        if (r.Recommendations.Count == 0) w.None();
        var number = 0;
        foreach (var item in r.Recommendations)
        {
            number++;
            var head = $"  {number,2}. ";
            var hang = new string(' ', head.Length + 1);
            w.Wrap(clinician
                    ? $"[{Upper(item.Urgency)}] {item.Id}  {item.Title}"
                    : $"[{Upper(item.Urgency)}] {item.Title} ({CategoryName(item.Category)})",
                head, hang);
            if (clinician)
            {
                var facets = new List<string> { CategoryName(item.Category), "evidence " + item.EvidenceCode };
                if (item.Strength is { Length: > 0 } strength) facets.Add(strength);
                if (!item.IsOrder) facets.Add("information, not an order");
                if (item.SafetyNet) facets.Add("safety-net advice");
                w.Wrap(string.Join(" · ", facets), hang);
            }
            w.Wrap(clinician ? item.ClinicianText : item.PatientText, hang);
            if (!clinician)
            {
                w.Blank();
                continue;
            }
            foreach (var detail in item.Details) w.Wrap("- " + detail, hang, hang + "  ");
            if (item.References.Count > 0) w.Wrap("References: " + References(item.References), hang, hang + "  ");
            if (item.Emitters.Count > 0 && !(item.Emitters.Count == 1 && item.Emitters[0] == item.Id))
            {
                w.Wrap("From: " + string.Join(", ", item.Emitters), hang, hang + "  ");
            }
            w.Blank();
        }
    }

    private static void WriteConsidered(Writer w, PathwayResult r, bool clinician)
    {
        w.Section(clinician
            ? $"CONSIDERED AND NOT RECOMMENDED ({r.ConsideredNotRecommended.Count})"
            : $"CONSIDERED BUT NOT RECOMMENDED FOR YOU NOW ({r.ConsideredNotRecommended.Count})");
        if (r.ConsideredNotRecommended.Count == 0) w.None();
        foreach (var item in r.ConsideredNotRecommended)
        {
            if (!clinician)
            {
                w.Wrap($"[{Upper(item.Urgency)}] {item.Title} ({CategoryName(item.Category)})", "  ", Indent);
                w.Wrap(item.PatientText, Indent);
                w.Blank();
                continue;
            }
            w.Wrap($"[{Upper(item.Urgency)}] {item.Id}  {item.Title}", "  ", Indent);
            var facets = new List<string> { CategoryName(item.Category), "evidence " + item.EvidenceCode };
            if (item.Strength is { Length: > 0 } strength) facets.Add(strength);
            w.Wrap(string.Join(" · ", facets), Indent);
            w.Wrap(item.ClinicianText, Indent);
            foreach (var detail in item.Details) w.Wrap("- " + detail, Indent, Indent + "  ");
            if (item.Reasons.Count > 0) w.Line(Indent + "Not recommended because:");
            foreach (var reason in item.Reasons)
            {
                var facts = reason.TriggeringFacts.Count > 0 ? ": " + Facts(reason.TriggeringFacts) : "";
                w.Wrap("* " + reason.Code + facts, Indent + "  ", Indent + "    ");
            }
            if (item.References.Count > 0) w.Wrap("References: " + References(item.References), Indent, Indent + "  ");
            w.Blank();
        }
    }

    private static void WriteDoNotOffer(Writer w, PathwayResult r, bool clinician)
    {
        w.Section(clinician ? $"DO NOT OFFER ({r.DoNotOffer.Count})" : $"NOT ADVISED FOR THIS PROBLEM ({r.DoNotOffer.Count})");
        if (r.DoNotOffer.Count == 0) w.None();
        foreach (var item in r.DoNotOffer)
        {
            if (clinician)
            {
                w.Wrap($"{item.Id}  {item.Title}  [evidence {item.EvidenceCode}]", "  ", Indent);
                w.Wrap(item.ClinicianText, Indent);
                if (item.References.Count > 0) w.Wrap("References: " + References(item.References), Indent, Indent + "  ");
            }
            else
            {
                w.Wrap(item.Title, "  ", Indent);
                w.Wrap(item.PatientText, Indent);
            }
        }
    }

    private static void WriteMissing(Writer w, PathwayResult r, bool clinician)
    {
        w.Section(clinician ? $"MISSING INFORMATION ({r.MissingInformation.Count})" : $"QUESTIONS STILL TO ANSWER ({r.MissingInformation.Count})");
        if (r.MissingInformation.Count == 0) w.None();
        foreach (var m in r.MissingInformation)
        {
            if (clinician)
            {
                w.Wrap($"[{Upper(m.Priority)}] {m.Id}  fields: {string.Join(", ", m.Fields)}", "  ", Indent);
                w.Wrap(m.ClinicianText, Indent);
            }
            else
            {
                w.Wrap($"[{Upper(m.Priority)}] " + m.PatientText, "  ", Indent);
            }
        }
    }

    private static void WriteLoading(Writer w, PathwayResult r, bool clinician)
    {
        w.Section(clinician ? "LOADING DECISION" : "EXERCISE PROGRAMME");
        if (r.LoadingDecision is { } d)
        {
            w.Wrap(clinician
                    ? $"{Upper(d.Decision)} → {PhaseName(d.TargetPhase)}  ({d.RuleId}, {d.ReasonCode})"
                    : $"{Words(d.Decision)} → {PhaseName(d.TargetPhase)}",
                "  ", Indent);
            if (clinician) w.Wrap(d.Explanation, Indent);
        }
        else
        {
            w.Line("  No loading decision at this visit.");
        }
        w.Line("  Loading phase after this visit: " + PhaseName(r.Phase));
    }

    private static void WriteFollowUp(Writer w, PathwayResult r, bool clinician)
    {
        var plan = r.FollowUp;
        w.Section(clinician ? "FOLLOW-UP AND ESCALATION" : "NEXT STEPS AND WHEN TO GET HELP SOONER");
        if (clinician)
        {
            w.Wrap("Review: " + (plan.ReviewItems.Count > 0 ? string.Join(", ", plan.ReviewItems) : "none recommended at this visit"), "  ", Indent);
            if (plan.EscalationItems.Count > 0) w.Wrap("Escalation already recommended: " + string.Join(", ", plan.EscalationItems), "  ", Indent);
        }
        if (plan.EscalationTriggers.Count == 0)
        {
            w.Line(clinician ? "  No further escalation criteria apply." : "  Follow the advice above and come back as arranged.");
            return;
        }
        foreach (var t in plan.EscalationTriggers)
        {
            w.Wrap(clinician ? $"{t.RuleId}  {t.ClinicianText}" : "- " + t.PatientText, "  ", Indent);
        }
    }

    private static string Evidence(string code, IReadOnlyList<EvidenceReference> references) =>
        references.Count > 0 ? $"Evidence: {code}; references {References(references)}" : $"Evidence: {code}";

    private static string References(IReadOnlyList<EvidenceReference> references) =>
        string.Join(", ", references.Select(x => x.Id));

    private static string Facts(IReadOnlyList<FactValue> facts) => string.Join("; ", facts.Select(f => f.ToString()));

    private static string PhaseName(LoadingPhase phase) => phase == LoadingPhase.None ? "none (no loading programme)" : phase.ToString();

    private static string Upper<T>(T value) where T : struct, Enum => Words(value).ToUpperInvariant();

    /// <summary>"NotEvaluated" → "not evaluated".</summary>
    private static string Words<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) sb.Append(' ');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }

    private static string UrgencyMeaning(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => "immediate hospital or on-call specialist assessment, same day within hours",
        Urgency.Urgent => "specialist or prescriber contact within 24–48 hours",
        Urgency.Soon => "prompt specialist referral or investigation, within 2 weeks",
        _ => "usual scheduling in primary care or physiotherapy (weeks)",
    };

    private static string CategoryName(ItemCategory category) => category switch
    {
        ItemCategory.Referral => "Referral",
        ItemCategory.Investigation => "Investigation",
        ItemCategory.MedicationSafety => "Medicine safety",
        ItemCategory.Education => "Education",
        ItemCategory.LoadManagement => "Load management",
        ItemCategory.Exercise => "Exercise",
        ItemCategory.SymptomReliefNonDrug => "Symptom relief (non-drug)",
        ItemCategory.Pharmacological => "Medicines",
        ItemCategory.Injection => "Injection",
        ItemCategory.Device => "Device",
        ItemCategory.SurgicalReferral => "Surgical referral",
        ItemCategory.FollowUp => "Follow-up",
        _ => category.ToString(),
    };

    /// <summary>Line-oriented output with word wrapping at <see cref="Width"/>.</summary>
    private sealed class Writer(TextWriter output)
    {
        private bool _started;
        private bool _afterBlank;

        public void Line(string text)
        {
            output.WriteLine(text.TrimEnd());
            _started = true;
            _afterBlank = false;
        }

        /// <summary>An empty line; never two in a row.</summary>
        public void Blank()
        {
            if (_afterBlank) return;
            output.WriteLine();
            _afterBlank = true;
        }

        public void None() => Line("  (none)");

        public void Section(string title)
        {
            if (_started) Blank();
            Line(title);
            Line(new string('-', Math.Min(title.Length, Width)));
        }

        /// <summary>Writes <paramref name="text"/> word-wrapped; the first line starts with <paramref name="first"/>, the rest
        /// with <paramref name="rest"/> (default: the same). Line breaks in the text start new paragraphs.</summary>
        public void Wrap(string? text, string first, string? rest = null)
        {
            rest ??= first;
            if (string.IsNullOrWhiteSpace(text)) return;
            var prefix = first;
            foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                var line = new StringBuilder(prefix);
                var empty = true;
                // Split on single spaces so that deliberate double spaces (between an ID and its title) survive; an empty
                // token is an extra space, dropped at the start of a line.
                foreach (var word in paragraph.Split(' '))
                {
                    if (word.Length == 0 && empty) continue;
                    if (!empty && line.Length + 1 + word.Length > Width)
                    {
                        Line(line.ToString());
                        line.Clear().Append(rest);
                        empty = true;
                    }
                    if (!empty) line.Append(' ');
                    line.Append(word);
                    empty = false;
                }
                if (!empty) Line(line.ToString());
                prefix = rest;
            }
        }
    }
}
