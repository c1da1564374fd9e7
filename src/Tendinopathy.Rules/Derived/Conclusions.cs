namespace Tendinopathy.Rules.Derived;

// Intermediate conclusions that other rules match (PATHWAY.md 2.14: DER-10, DER-11, DER-14, DER-16), plus the
// red-flag, alert and diagnosis facts they are derived from. They are sealed classes with reference identity, so two
// conclusions with equal contents never collide in the NRules working memory.

/// <summary>A red flag RF- that fired, with its urgency.</summary>
internal sealed class RedFlagFact(string id, Urgency urgency)
{
    public string Id { get; } = id;
    public Urgency Urgency { get; } = urgency;
    public bool IsEmergency => Urgency == Urgency.Emergency;
    public override string ToString() => Id + " (" + Urgency + ")";
}

/// <summary>DER-11: an Emergency-level red flag fired.</summary>
internal sealed class EmergencyRedFlag(string redFlagId)
{
    public string RedFlagId { get; } = redFlagId;
    public override string ToString() => "EmergencyRedFlag (" + RedFlagId + ")";
}

/// <summary>An AL- alert that fired.</summary>
internal sealed class AlertFact(string id, Urgency urgency)
{
    public string Id { get; } = id;
    public Urgency Urgency { get; } = urgency;
    public override string ToString() => Id + " (" + Urgency + ")";
}

/// <summary>One working diagnosis DX- with its likelihood and criteria.</summary>
internal sealed class DiagnosisFact(string id, Likelihood likelihood, IReadOnlyList<CriterionResult> criteria, IReadOnlyList<FactValue>? details = null)
{
    public string Id { get; } = id;
    public Likelihood Likelihood { get; } = likelihood;
    public IReadOnlyList<CriterionResult> Criteria { get; } = criteria;
    public IReadOnlyList<FactValue> Details { get; } = details ?? [];
    public bool AtLeastPossible => Likelihood >= Likelihood.Possible;
    public CriterionStatus Status(string criterionId)
    {
        foreach (var c in Criteria) if (c.Id == criterionId) return c.Status;
        return CriterionStatus.Unknown;
    }
    public override string ToString() => Id + " " + Likelihood;
}

/// <summary>
/// All seven working diagnoses in one fact, asserted once DX-07 is known, with DER-10 <c>SciaticContext</c> and
/// DER-14 <c>AvulsionBlocksLoading</c>, so treatment rules join one diagnosis fact instead of seven.
/// </summary>
internal sealed class WorkingDiagnoses
{
    public required Likelihood Pht { get; init; }
    public required Likelihood Radicular { get; init; }
    public required Likelihood DeepGluteal { get; init; }
    public required Likelihood HamstringSyndrome { get; init; }
    public required Likelihood Avulsion { get; init; }
    public required Likelihood Ischiofemoral { get; init; }
    public required Likelihood Undifferentiated { get; init; }

    /// <summary>DER-10: any of DX-02, DX-03, DX-04 at least Possible.</summary>
    public required bool SciaticContext { get; init; }

    /// <summary>DER-14: loading must wait for avulsion imaging or the surgical decision.</summary>
    public required bool AvulsionBlocksLoading { get; init; }

    /// <summary>The AV-02 size criteria hold on recorded imaging.</summary>
    public required bool AvulsionSizeCriteria { get; init; }

    /// <summary>AV-04's conditions hold (confirmed avulsion on the non-operative pathway).</summary>
    public required bool AvulsionNonOperativePathway { get; init; }

    public bool PhtOrHamstringSyndromePossible => Pht >= Likelihood.Possible || HamstringSyndrome >= Likelihood.Possible;
    public bool UndifferentiatedFired => Undifferentiated == Likelihood.Possible;

    public override string ToString() =>
        $"WorkingDiagnoses DX-01 {Pht}, DX-02 {Radicular}, DX-03 {DeepGluteal}, DX-04 {HamstringSyndrome}, DX-05 {Avulsion}, DX-06 {Ischiofemoral}, DX-07 {Undifferentiated}";
}

/// <summary>An item that is in Recommendations, for rules that depend on another item being recommended.</summary>
internal sealed class RecommendedItem(string id)
{
    public string Id { get; } = id;
    public override string ToString() => Id + " recommended";
}

/// <summary>The pain-monitoring decision (PATHWAY.md 4.4).</summary>
internal sealed class LoadingDecisionFact(LoadingDecisionKind decision, string reasonCode, string ruleId, LoadingPhase targetPhase)
{
    public LoadingDecisionKind Decision { get; } = decision;
    public string ReasonCode { get; } = reasonCode;
    public string RuleId { get; } = ruleId;
    public LoadingPhase TargetPhase { get; } = targetPhase;
    public override string ToString() => "LoadingDecision " + Decision + " → " + TargetPhase;
}

/// <summary>DER-16: the loading phase after this visit.</summary>
internal sealed class PhaseFact(LoadingPhase phase)
{
    public LoadingPhase Phase { get; } = phase;
    public bool Early => Phase is LoadingPhase.None or LoadingPhase.P1 or LoadingPhase.P2;
    public override string ToString() => "Phase " + Phase;
}
