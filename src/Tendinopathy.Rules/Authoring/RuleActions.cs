using NRules.RuleModel;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Authoring;

/// <summary>
/// The right-hand-side vocabulary of the rules (STYLE: a small domain DSL). Every action records the firing for the
/// explanation trace, then places its output in the per-case collector; conclusions other rules match are inserted as facts.
/// The emitting rule is always <c>ctx.Rule.Name</c>, so a rule never names itself twice.
/// </summary>
public static class RuleActions
{
    /// <summary>
    /// Items that other rules read as "X ∈ Recommendations" (IMG-05, IMG-07, IMG-10, ESC-01, SCI-07, DER-16, MISS-13,
    /// FU-01/FU-02): when one is recommended a <see cref="RecommendedItem"/> fact is inserted.
    /// </summary>
    private static readonly HashSet<string> Watched = new(StringComparer.Ordinal)
    {
        "INJ-01", "ESWT-01", "IMG-10", "SYM-02", "SYM-04", "SURG-01", "LOAD-START", "LOAD-CONTINUE", "FU-01", "FU-02", "FU-05",
        "AV-01", "AV-02", "AV-04", "AV-05", "SCI-08", "SCI-09", "ESC-07",
    };

    /// <summary>Raises a red flag (RF-): the alert, its ACT- actions at the flag's urgency, and the <see cref="RedFlagFact"/>.</summary>
    public static void RedFlag(this IContext ctx, CaseFact c, Urgency urgency, IReadOnlyList<FactValue> facts, params string[] actions)
    {
        var id = ctx.Rule.Name;
        c.Collector.RecordFiring(ctx);
        var alert = c.Collector.RaiseAlert(id, AlertKind.RedFlag, urgency, facts);
        foreach (var action in actions)
        {
            alert.Actions.Add(action);
            if (action.StartsWith("ACT-", StringComparison.Ordinal)) c.Collector.Emit(action, id, urgency);
        }
        ctx.Insert(new RedFlagFact(id, urgency));
    }

    /// <summary>Raises a safety alert (AL-): the alert, its ACT- actions at the alert's urgency, and the <see cref="AlertFact"/>.</summary>
    public static void SafetyAlert(this IContext ctx, CaseFact c, Urgency urgency, IReadOnlyList<FactValue> facts, params string[] actions)
    {
        var id = ctx.Rule.Name;
        c.Collector.RecordFiring(ctx);
        var alert = c.Collector.RaiseAlert(id, AlertKind.SafetyAlert, urgency, facts);
        foreach (var action in actions)
        {
            alert.Actions.Add(action);
            if (action.StartsWith("ACT-", StringComparison.Ordinal)) c.Collector.Emit(action, id, urgency);
        }
        ctx.Insert(new AlertFact(id, urgency));
    }

    /// <summary>Asserts an intermediate conclusion (a diagnosis or a DER- fact) for other rules to match.</summary>
    public static void Conclude(this IContext ctx, CaseFact c, object conclusion)
    {
        c.Collector.RecordFiring(ctx);
        if (conclusion is DiagnosisFact d) c.Collector.Diagnoses.Add(d);
        else if (conclusion is WorkingDiagnoses summary) c.Collector.Summary = summary;
        ctx.Insert(conclusion);
    }

    /// <summary>Recommends the rule's own item (or <paramref name="itemId"/>), subject to the suppression policy.</summary>
    public static void Recommend(this IContext ctx, CaseFact c, Urgency urgency = Urgency.Routine, string? detail = null,
        string? strength = null, string? itemId = null, string? emitter = null)
    {
        c.Collector.RecordFiring(ctx);
        Place(ctx, c, itemId ?? ctx.Rule.Name, emitter ?? ctx.Rule.Name, urgency, null, detail, strength);
    }

    /// <summary>Recommends the rule's own item with several detail lines (e.g. SURG-01's options), recorded as one firing.</summary>
    public static void RecommendWithDetails(this IContext ctx, CaseFact c, Urgency urgency, IReadOnlyList<string> details,
        string? strength = null)
    {
        c.Collector.RecordFiring(ctx);
        foreach (var detail in details) Place(ctx, c, ctx.Rule.Name, ctx.Rule.Name, urgency, null, detail, strength);
    }

    /// <summary>
    /// Offers a medicine, injection or device: recommended only when <paramref name="reasons"/> is empty (every
    /// contraindication known to be false); otherwise listed as considered and not recommended with the reasons (4.1 item 2).
    /// </summary>
    public static void Offer(this IContext ctx, CaseFact c, IReadOnlyList<NotRecommendedReason> reasons, Urgency urgency = Urgency.Routine,
        string? detail = null, string? strength = null, string? itemId = null)
    {
        c.Collector.RecordFiring(ctx);
        Place(ctx, c, itemId ?? ctx.Rule.Name, ctx.Rule.Name, urgency, reasons, detail, strength);
    }

    /// <summary>As <see cref="Offer(IContext, CaseFact, IReadOnlyList{NotRecommendedReason}, Urgency, string?, string?, string?)"/>, with several detail lines (dose, protocol, cautions).</summary>
    public static void Offer(this IContext ctx, CaseFact c, IReadOnlyList<NotRecommendedReason> reasons, IReadOnlyList<string> details,
        string? strength = null)
    {
        c.Collector.RecordFiring(ctx);
        var id = ctx.Rule.Name;
        if (details.Count == 0) Place(ctx, c, id, id, Urgency.Routine, reasons, null, strength);
        foreach (var detail in details) Place(ctx, c, id, id, Urgency.Routine, reasons, detail, strength);
    }

    /// <summary>Records an imaging item whose study is already in the input (trace AlreadyAvailable, 3.4).</summary>
    public static void AlreadyAvailable(this IContext ctx, CaseFact c, string? itemId = null)
    {
        c.Collector.RecordFiring(ctx);
        c.Collector.AlreadyAvailable(itemId ?? ctx.Rule.Name, ctx.Rule.Name);
    }

    /// <summary>Displays one or more do-not-offer items.</summary>
    public static void DoNotOffer(this IContext ctx, CaseFact c, params string[] ids)
    {
        c.Collector.RecordFiring(ctx);
        foreach (var id in ids) c.Collector.DoNotOffer(id, ctx.Rule.Name);
    }

    /// <summary>Raises the rule's missing-information prompt naming the missing fields.</summary>
    public static void Prompt(this IContext ctx, CaseFact c, params string[] fields)
    {
        c.Collector.RecordFiring(ctx);
        c.Collector.Prompt(ctx.Rule.Name, fields);
    }

    /// <summary>Adds an annotation to another item (shown only if that item is listed).</summary>
    public static void Annotate(this IContext ctx, CaseFact c, string itemId, string text)
    {
        c.Collector.RecordFiring(ctx);
        c.Collector.Annotate(itemId, text);
    }

    private static void Place(IContext ctx, CaseFact c, string id, string emitter, Urgency urgency,
        IReadOnlyList<NotRecommendedReason>? reasons, string? detail, string? strength)
    {
        var outcome = c.Collector.Emit(id, emitter, urgency, reasons, detail, strength);
        if (outcome == ItemOutcome.Recommended && Watched.Contains(id) && c.Collector.Announce(id))
        {
            ctx.TryInsert(new RecommendedItem(id));
        }
    }
}
