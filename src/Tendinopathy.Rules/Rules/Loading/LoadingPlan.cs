using Tendinopathy.Rules.Derived;

namespace Tendinopathy.Rules.Pathway.Loading;

/// <summary>
/// The staged loading programme of PATHWAY.md 4.3: the own conditions of LOAD-START and LOAD-CONTINUE, the LOAD-START
/// starting phase (shared with DER-16 so the phase and the item agree), the phase order (LOAD-SEQ) and the phase content
/// shown in the item detail. Thresholds come from <see cref="PathwayOptions"/>.
/// </summary>
internal static class LoadingPlan
{
    private static readonly string[] None = [];

    /// <summary>
    /// Own conditions (i) and (iii) of LOAD-START and LOAD-CONTINUE: DX-01 or DX-04 at least Possible, or a confirmed
    /// avulsion on the AV-04 non-operative pathway; and <c>AvulsionBlocksLoading</c> (DER-14) false.
    /// </summary>
    public static bool Eligible(WorkingDiagnoses dx) =>
        (dx.PhtOrHamstringSyndromePossible || dx.AvulsionNonOperativePathway) && !dx.AvulsionBlocksLoading;

    /// <summary>LOAD-CONTINUE visit condition: a follow-up with <c>CurrentPhase</c> P1–P5.</summary>
    public static bool ProgrammeActive(CaseFact c) => c.IsFollowUp && c.CurrentPhase >= LoadingPhase.P1;

    /// <summary>
    /// LOAD-START starting phase: P1 on the AV-04 pathway, when any P1 trigger holds (load test ≥ 4, sitting tolerance &lt; 30
    /// min, rest or night pain, NRS now ≥ 5) or when any of the four inputs is unknown; otherwise P2.
    /// </summary>
    public static LoadingPhase StartingPhase(CaseFact c, WorkingDiagnoses dx) =>
        dx.AvulsionNonOperativePathway || UnknownStartInputs(c).Length > 0 || P1Triggers(c).Count > 0 ? LoadingPhase.P1 : LoadingPhase.P2;

    /// <summary>The starting-phase inputs that are unknown, as field paths (MISS-13).</summary>
    public static string[] UnknownStartInputs(CaseFact c)
    {
        var pain = c.Pain;
        List<string>? fields = null;
        if (pain.LoadTestNrs is null) (fields ??= []).Add("Pain.LoadTestNrs");
        if (pain.SittingToleranceMinutes is null) (fields ??= []).Add("Pain.SittingToleranceMinutes");
        if (pain.RestOrNightPain == TriState.Unknown) (fields ??= []).Add("Pain.RestOrNightPain");
        if (pain.NrsNow is null) (fields ??= []).Add("Pain.NrsNow");
        return fields?.ToArray() ?? None;
    }

    /// <summary>The known facts that start loading in P1, in words.</summary>
    public static List<string> P1Triggers(CaseFact c)
    {
        var pain = c.Pain;
        var o = c.Options;
        var triggers = new List<string>();
        if (pain.LoadTestNrs >= o.StartInP1LoadTestNrs) triggers.Add($"load-test pain {pain.LoadTestNrs}/10, at or above {o.StartInP1LoadTestNrs}");
        if (pain.SittingToleranceMinutes < o.SittingToleranceMinutes)
        {
            triggers.Add($"sitting tolerance {pain.SittingToleranceMinutes} min, below {o.SittingToleranceMinutes}");
        }
        if (pain.RestOrNightPain == TriState.Yes) triggers.Add("rest or night pain");
        if (pain.NrsNow >= o.StartInP1NrsNow) triggers.Add($"pain now {pain.NrsNow}/10, at or above {o.StartInP1NrsNow}");
        return triggers;
    }

    /// <summary>LOAD-SEQ (PATHWAY.md 4.3): phases are strictly ordered and one decision never skips a phase (SAFE-10).</summary>
    public const string SequenceRuleId = "LOAD-SEQ";

    /// <summary>The next phase (LOAD-SEQ: one step, never beyond P5).</summary>
    public static LoadingPhase Next(LoadingPhase phase) => phase >= LoadingPhase.P5 ? LoadingPhase.P5 : phase + 1;

    /// <summary>The previous phase, never below P1.</summary>
    public static LoadingPhase Previous(LoadingPhase phase) => phase <= LoadingPhase.P1 ? LoadingPhase.P1 : phase - 1;

    /// <summary>LOAD-START detail: the starting phase, why, and that phase's content and dosing.</summary>
    public static string StartDetail(CaseFact c, WorkingDiagnoses dx)
    {
        var phase = StartingPhase(c, dx);
        string why;
        if (dx.AvulsionNonOperativePathway)
        {
            why = "a confirmed avulsion on the non-operative pathway (AV-04) always starts in P1, once pain allows";
        }
        else
        {
            var reasons = P1Triggers(c);
            var unknown = UnknownStartInputs(c);
            if (unknown.Length > 0) reasons.Add(string.Join(", ", unknown) + " not recorded, so P1 by default (MISS-13)");
            why = reasons.Count > 0
                ? string.Join("; ", reasons)
                : "load test, sitting tolerance, rest/night pain and pain now all recorded with no P1 trigger";
        }
        return $"Start in {phase}: {why}. {Content(phase, c.Options)}";
    }

    /// <summary>LOAD-CONTINUE detail: continue at the target phase of the loading decision, with that phase's content.</summary>
    public static string ContinueDetail(CaseFact c, LoadingDecisionFact decision)
    {
        var current = c.CurrentPhase;
        var target = decision.TargetPhase;
        var o = c.Options;
        var step = decision.Decision switch
        {
            LoadingDecisionKind.Progress =>
                $"Progress from {current} to {target} (one phase; phases are never skipped).",
            LoadingDecisionKind.Hold =>
                $"Hold in {target}: stay in the phase; small within-phase load increases are allowed while pain during loading stays ≤ {o.LoadToleranceNrs}/10.",
            LoadingDecisionKind.Regress when target < current =>
                $"Regress from {current} to {target}: the easiest level of {current} was already in use, so return to the previous phase at a load that was tolerated.",
            LoadingDecisionKind.Regress when target == LoadingPhase.P1 =>
                "Regress within P1 at a reduced load: fewer and/or shorter isometric holds.",
            LoadingDecisionKind.Regress =>
                $"Regress within {target} at a reduced load: return to the last load and hip-flexion level that was tolerated.",
            _ => $"Loading paused; the programme stays at {target} and is not reset.",
        };
        return $"{step} [{decision.RuleId} {decision.ReasonCode}] {Content(target, o)}";
    }

    /// <summary>"1 week" or "n weeks".</summary>
    public static string Weeks(int n) => n == 1 ? "1 week" : $"{n} weeks";

    /// <summary>The content, dosing and exit criteria of one phase (4.3 phase table).</summary>
    public static string Content(LoadingPhase phase, PathwayOptions o) => phase switch
    {
        LoadingPhase.P1 =>
            "P1 — isometric holds with the hip near neutral (about 0–30° flexion): bridge hold, prone or standing knee-flexion hold, " +
            "straight-leg pull-down. Usually 4–5 holds of 30–45 s at a moderate-to-high effort (about 70% of maximum) that keeps pain " +
            $"at or below {o.LoadToleranceNrs}/10, 1–3 times a day; use it as a pain-management option rather than a superior therapy. " +
            $"Exit when the load test is ≤ {o.LoadToleranceNrs}/10 with a settled next-morning response for at least {Weeks(o.P1ExitSettledWeeks)} " +
            $"and isotonic work at low hip flexion is tolerated with pain ≤ {o.LoadToleranceNrs}/10.",
        LoadingPhase.P2 =>
            "P2 — isotonic strength work with minimal hip flexion (heavy slow resistance): bridges (double to single leg, short lever), " +
            "machine or slider hamstring curls, hip extension; slow tempo (about 3 s lowering, 3 s lifting); 3–4 sets, load taken from " +
            "about a 15-repetition maximum toward a 6-repetition maximum over about 12 weeks; 3 sessions a week at least 48 h apart. " +
            "Eccentric emphasis is allowed at slow speed, low starting intensity and gradual increase; allow at least 20–30 sessions " +
            $"before judging the response. Exit when the planned loads are achieved with pain during ≤ {o.LoadToleranceNrs}/10 and a settled " +
            $"next morning, and strength limb symmetry is ≥ {o.P2ExitLimbSymmetryPercent}% where measured.",
        LoadingPhase.P3 =>
            "P3 — isotonic work with increasing hip flexion: Romanian and single-leg deadlifts, long-lever bridges, step-ups, lunges, " +
            "Nordic hamstring lowers; raise the hip-flexion angle stepwise (toward 90° or more) only while the load test stays settled. " +
            $"Exit when heavy loading at ≥ 90° hip flexion is tolerated (pain ≤ {o.LoadToleranceNrs}/10, settled next morning) and sitting " +
            $"tolerance is ≥ {o.P3ExitSittingToleranceMinutes} min.",
        LoadingPhase.P4 =>
            "P4 — energy storage and speed: drills, skipping, bounding, progressive running speed and acceleration; hills and sprinting last. " +
            $"Not entered within {o.FluoroquinoloneRiskDays} days of a fluoroquinolone (RISK-01). Exit when sport-relevant speed is tolerated with " +
            $"a settled response and VISA-H has improved by ≥ {o.VisaHMeaningfulChange} points from baseline.",
        LoadingPhase.P5 =>
            "P5 — return to sport or full activity: graded return to training, then competition; keep strength work 1–2 times a week. " +
            $"Not entered within {o.FluoroquinoloneRiskDays} days of a fluoroquinolone (RISK-01). Discharge when symptom-free in full activity.",
        _ => "No loading programme active.",
    };
}
