using NRules.RuleModel;
using Tendinopathy.Rules.Catalogue;

namespace Tendinopathy.Rules.Engine;

/// <summary>What happened to an emitted item.</summary>
internal enum ItemOutcome
{
    Recommended,
    ConsideredNotRecommended,
    Suppressed,
    AlreadyAvailable,
}

/// <summary>
/// The per-case result collector: rule actions record alerts, diagnoses, items, prompts and the loading decision here
/// (PATHWAY.md 0.1 "one entry per ID": several emitters merge into one entry with the maximum urgency and the union of
/// references and reasons). <see cref="ResultBuilder"/> turns it into the ordered, immutable <see cref="PathwayResult"/>.
/// One collector per evaluation; never shared between threads.
/// </summary>
internal sealed class Collector(RuleSetModel model)
{
    internal sealed class AlertRecord
    {
        public required string Id;
        public required AlertKind Kind;
        public required Urgency Urgency;
        public required IReadOnlyList<FactValue> Facts;
        public readonly List<string> Actions = [];
    }

    internal sealed class ItemRecord
    {
        public required ItemDefinition Definition;
        public ItemOutcome Outcome;
        public Urgency Urgency;
        public readonly List<string> Emitters = [];
        public readonly List<NotRecommendedReason> Reasons = [];
        public readonly List<string> Details = [];
        public readonly List<string> SuppressedBy = [];
        public string? Strength;
    }

    internal sealed class MissingRecord
    {
        public required ItemDefinition Definition;
        public readonly List<string> Fields = [];
    }

    private readonly List<string> _emergencyFlags = [];
    private readonly List<string> _urgentFlags = [];
    private bool _fluoroquinoloneSuspension;
    private readonly HashSet<string> _announced = new(StringComparer.Ordinal);

    public RuleSetModel Model { get; } = model;
    public List<AlertRecord> Alerts { get; } = [];
    public List<DiagnosisFact> Diagnoses { get; } = [];

    /// <summary>The working-diagnosis summary (DER-10, DER-14), once asserted.</summary>
    public WorkingDiagnoses? Summary { get; set; }
    public Dictionary<string, ItemRecord> Items { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> DoNotOfferItems { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, MissingRecord> Missing { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> Annotations { get; } = new(StringComparer.Ordinal);
    public LoadingDecision? LoadingDecision { get; set; }
    public LoadingPhase Phase { get; set; }

    public bool AnyRedFlag => _emergencyFlags.Count > 0 || _urgentFlags.Count > 0;

    /// <summary>
    /// Records a rule firing with the facts it matched (the explanation trace). Cheap on the hot path: the rule name and
    /// the matched fact objects go into two flat buffers; their text is rendered once, by <see cref="RenderExplanation"/>.
    /// </summary>
    public void RecordFiring(IContext ctx)
    {
        var start = _firingFactCount;
        var first = true;
        foreach (var f in ctx.Match.Facts)
        {
            // A rule whose first pattern is the working-diagnosis summary reads the case through it (WorkingDiagnoses.Case):
            // the case is listed first, as it was when such rules matched CaseFact and WorkingDiagnoses separately.
            if (first && f.Value is WorkingDiagnoses { Case: { } matchedCase }) Append(matchedCase);
            first = false;
            Append(f.Value);
        }
        _firings.Add(new Firing(ctx.Rule.Name, start, _firingFactCount - start));
    }

    private void Append(object? fact)
    {
        if (_firingFactCount == _firingFacts.Length) Array.Resize(ref _firingFacts, _firingFacts.Length * 2);
        _firingFacts[_firingFactCount++] = fact;
    }

    /// <summary>The number of rule firings recorded so far.</summary>
    public int FiringCount => _firings.Count;

    /// <summary>
    /// The explanation trace in firing order. Each fact's text is its <see cref="object.ToString"/> (the conclusion facts
    /// cache it per instance, so a fact matched by many rules is described once).
    /// </summary>
    public FiredRule[] RenderExplanation()
    {
        var result = new FiredRule[_firings.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var firing = _firings[i];
            string[] facts = firing.Count == 0 ? [] : new string[firing.Count];
            for (var k = 0; k < firing.Count; k++) facts[k] = _firingFacts[firing.Start + k]?.ToString() ?? "null";
            result[i] = new FiredRule(firing.Rule, facts);
        }
        return result;
    }

    private readonly record struct Firing(string Rule, int Start, int Count);

    private readonly List<Firing> _firings = new(64);
    private object?[] _firingFacts = new object?[128];
    private int _firingFactCount;

    /// <summary>Records an RF- or AL- alert; red flags also switch on the suppression policy (3.1).</summary>
    public AlertRecord RaiseAlert(string id, AlertKind kind, Urgency urgency, IReadOnlyList<FactValue> facts)
    {
        var record = new AlertRecord { Id = id, Kind = kind, Urgency = urgency, Facts = facts };
        Alerts.Add(record);
        if (kind == AlertKind.RedFlag)
        {
            (urgency == Urgency.Emergency ? _emergencyFlags : _urgentFlags).Add(id);
        }
        return record;
    }

    /// <summary>True the first time an item is announced as recommended (so its <c>RecommendedItem</c> fact is inserted once).</summary>
    public bool Announce(string id) => _announced.Add(id);

    /// <summary>RISK-01(e): AL-02 fired while a fluoroquinolone is current.</summary>
    public void SuspendForFluoroquinolone() => _fluoroquinoloneSuspension = true;

    /// <summary>
    /// Places an item: suppressed by the 3.1 policy or RISK-01(e); in ConsideredNotRecommended when it has reasons;
    /// otherwise in Recommendations. Several emitters merge into one entry.
    /// </summary>
    public ItemOutcome Emit(string id, string emitter, Urgency urgency, IReadOnlyList<NotRecommendedReason>? reasons = null,
        string? detail = null, string? strength = null)
    {
        var definition = Model.Item(id);
        if (!Items.TryGetValue(id, out var record))
        {
            record = new ItemRecord { Definition = definition, Urgency = urgency };
            Items.Add(id, record);
            var suppressors = Suppressors(definition);
            record.Outcome = suppressors is null ? ItemOutcome.Recommended : ItemOutcome.Suppressed;
            if (suppressors is not null) record.SuppressedBy.AddRange(suppressors);
        }
        else if (urgency > record.Urgency)
        {
            record.Urgency = urgency;
        }

        if (!record.Emitters.Contains(emitter)) record.Emitters.Add(emitter);
        if (detail is not null && !record.Details.Contains(detail)) record.Details.Add(detail);
        if (strength is not null) record.Strength = strength;
        if (record.Outcome != ItemOutcome.Suppressed && reasons is { Count: > 0 })
        {
            foreach (var r in reasons)
            {
                if (!record.Reasons.Exists(x => x.Code == r.Code)) record.Reasons.Add(r);
            }
            record.Outcome = ItemOutcome.ConsideredNotRecommended;
        }
        return record.Outcome;
    }

    /// <summary>An IMG item whose conditions hold, but whose study is already in the input (3.4).</summary>
    public void AlreadyAvailable(string id, string emitter)
    {
        if (Items.ContainsKey(id)) return;
        var record = new ItemRecord { Definition = Model.Item(id), Outcome = ItemOutcome.AlreadyAvailable, Urgency = Urgency.Routine };
        record.Emitters.Add(emitter);
        Items.Add(id, record);
    }

    /// <summary>Displays a DNO- item.</summary>
    public void DoNotOffer(string id, string emitter)
    {
        Model.Item(id);
        if (!DoNotOfferItems.TryGetValue(id, out var emitters)) DoNotOfferItems.Add(id, emitters = []);
        if (!emitters.Contains(emitter)) emitters.Add(emitter);
    }

    /// <summary>Raises a MISS- prompt naming the missing fields.</summary>
    public void Prompt(string id, params string[] fields)
    {
        if (!Missing.TryGetValue(id, out var record)) Missing.Add(id, record = new MissingRecord { Definition = Model.Item(id) });
        foreach (var f in fields) if (!record.Fields.Contains(f)) record.Fields.Add(f);
    }

    /// <summary>An annotation on another item (SCI-07, SCI-10, DGS-04, RISK-04, SURG-02…SURG-04), shown if that item is listed.</summary>
    public void Annotate(string itemId, string text)
    {
        if (!Annotations.TryGetValue(itemId, out var list)) Annotations.Add(itemId, list = []);
        if (!list.Contains(text)) list.Add(text);
    }

    private List<string>? Suppressors(ItemDefinition item)
    {
        List<string>? by = null;
        if (_emergencyFlags.Count > 0)
        {
            if (!SuppressionPolicy.AllowedUnderEmergency(item)) by = [.. _emergencyFlags];
        }
        else if (_urgentFlags.Count > 0 && !SuppressionPolicy.AllowedUnderUrgent(item))
        {
            by = [.. _urgentFlags];
        }
        if (_fluoroquinoloneSuspension && SuppressionPolicy.SuspendedByFluoroquinolone(item.Id))
        {
            (by ??= []).Add("AL-02");
        }
        return by;
    }
}
