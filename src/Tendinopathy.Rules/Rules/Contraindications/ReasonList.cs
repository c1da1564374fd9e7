namespace Tendinopathy.Rules.Pathway.Contraindications;

/// <summary>
/// Accumulates the reasons an item is considered and not recommended (PATHWAY.md 4.1 item 2): one reason per code, each
/// with the union of the facts that made it true, in the order the codes were first added (the result orders them by code).
/// </summary>
internal sealed class ReasonList
{
    private readonly List<(string Code, List<FactValue> Facts)> _reasons = [];

    /// <summary>True when no reason was added (the item can be recommended).</summary>
    public bool IsEmpty => _reasons.Count == 0;

    /// <summary>Adds a reason code with no triggering fact (e.g. <c>INSUFFICIENT_EVIDENCE</c>), or nothing new if present.</summary>
    public ReasonList Add(string code)
    {
        Facts(code);
        return this;
    }

    /// <summary>Adds a triggering fact to the reason <paramref name="code"/>, creating the reason on first use.</summary>
    public ReasonList Add(string code, string field, string value)
    {
        var facts = Facts(code);
        var fact = new FactValue(field, value);
        if (!facts.Contains(fact)) facts.Add(fact);
        return this;
    }

    /// <summary>The reasons, each with its facts.</summary>
    public IReadOnlyList<NotRecommendedReason> Build()
    {
        if (_reasons.Count == 0) return [];
        var result = new NotRecommendedReason[_reasons.Count];
        for (var i = 0; i < result.Length; i++) result[i] = new NotRecommendedReason(_reasons[i].Code, _reasons[i].Facts.ToArray());
        return result;
    }

    private List<FactValue> Facts(string code)
    {
        foreach (var r in _reasons) if (r.Code == code) return r.Facts;
        var facts = new List<FactValue>();
        _reasons.Add((code, facts));
        return facts;
    }
}
