namespace Tendinopathy.Rules.Authoring;

// Intermediate conclusions that rules match (PATHWAY.md 2.14: DER-10, DER-11, DER-14, DER-16), plus the red-flag, alert and
// diagnosis facts they are derived from. They are sealed classes with reference identity, so two conclusions with equal
// contents never collide in the NRules working memory. Rules read them; only the engine's rules create them.

/// <summary>A red flag (RF-) that fired, with its urgency. Asserted at <see cref="Salience.RedFlag"/>.</summary>
public sealed class RedFlagFact
{
    internal RedFlagFact(string id, Urgency urgency)
    {
        Id = id;
        Urgency = urgency;
    }

    /// <summary>The RF- ID.</summary>
    public string Id { get; }

    /// <summary>Its urgency (Emergency or Urgent).</summary>
    public Urgency Urgency { get; }

    /// <summary>The flag fired at Emergency urgency.</summary>
    public bool IsEmergency => Urgency == Urgency.Emergency;

    /// <inheritdoc />
    public override string ToString() => _description ??= Id + " (" + Urgency + ")";

    private string? _description;
}

/// <summary>DER-11: an Emergency-level red flag fired (one fact per such flag).</summary>
public sealed class EmergencyRedFlag
{
    internal EmergencyRedFlag(string redFlagId) => RedFlagId = redFlagId;

    /// <summary>The RF- ID that fired at Emergency.</summary>
    public string RedFlagId { get; }

    /// <inheritdoc />
    public override string ToString() => _description ??= "EmergencyRedFlag (" + RedFlagId + ")";

    private string? _description;
}

/// <summary>A safety alert (AL-) that fired. Asserted at <see cref="Salience.Alert"/>.</summary>
public sealed class AlertFact
{
    internal AlertFact(string id, Urgency urgency)
    {
        Id = id;
        Urgency = urgency;
    }

    /// <summary>The AL- ID.</summary>
    public string Id { get; }

    /// <summary>Its urgency.</summary>
    public Urgency Urgency { get; }

    /// <inheritdoc />
    public override string ToString() => _description ??= Id + " (" + Urgency + ")";

    private string? _description;
}

/// <summary>One working diagnosis (DX-) with its likelihood and criteria. Asserted at <see cref="Salience.Diagnosis"/>.</summary>
public sealed class DiagnosisFact
{
    internal DiagnosisFact(string id, Likelihood likelihood, IReadOnlyList<CriterionResult> criteria, IReadOnlyList<FactValue>? details = null)
    {
        Id = id;
        Likelihood = likelihood;
        Criteria = criteria;
        Details = details ?? [];
    }

    /// <summary>The DX- ID.</summary>
    public string Id { get; }

    /// <summary>The likelihood.</summary>
    public Likelihood Likelihood { get; }

    /// <summary>Every criterion with its three-valued status.</summary>
    public IReadOnlyList<CriterionResult> Criteria { get; }

    /// <summary>Extra findings reported with the diagnosis.</summary>
    public IReadOnlyList<FactValue> Details { get; }

    /// <summary>The likelihood is at least Possible.</summary>
    public bool AtLeastPossible => Likelihood >= Likelihood.Possible;

    /// <summary>The status of one criterion (Unknown when the diagnosis does not list it).</summary>
    /// <param name="criterionId">The C- ID.</param>
    /// <returns>The status.</returns>
    public CriterionStatus Status(string criterionId)
    {
        foreach (var c in Criteria) if (c.Id == criterionId) return c.Status;
        return CriterionStatus.Unknown;
    }

    /// <inheritdoc />
    public override string ToString() => _description ??= Id + " " + Likelihood;

    private string? _description;
}

/// <summary>
/// All seven working diagnoses in one fact, asserted once DX-07 is known (<see cref="Salience.DiagnosisSummary"/>), with DER-10
/// <see cref="SciaticContext"/> and DER-14 <see cref="AvulsionBlocksLoading"/>, so treatment rules join one diagnosis fact
/// instead of seven. It also carries the case and whether any red flag fired, so a treatment rule is one pattern on this fact
/// (one shared alpha chain) instead of a join with <see cref="CaseFact"/> and a <c>Not&lt;RedFlagFact&gt;</c> node.
/// </summary>
public sealed class WorkingDiagnoses
{
    internal WorkingDiagnoses(CaseFact @case, bool anyRedFlag)
    {
        Case = @case;
        AnyRedFlag = anyRedFlag;
    }

    /// <summary>The case the diagnoses belong to (the one <see cref="CaseFact"/> of the session).</summary>
    public CaseFact Case { get; }

    /// <summary>
    /// At least one red flag (RF-) fired. Settled: the summary is asserted at <see cref="Salience.DiagnosisSummary"/>, after
    /// every rule at <see cref="Salience.RedFlag"/> has fired, and red-flag rules match only the <see cref="CaseFact"/>.
    /// <c>!AnyRedFlag</c> is the same condition as <c>Not&lt;RedFlagFact&gt;()</c> in a rule of lower salience.
    /// </summary>
    public bool AnyRedFlag { get; }

    /// <summary>DX-01 proximal hamstring tendinopathy.</summary>
    public required Likelihood Pht { get; init; }

    /// <summary>DX-02 lumbar radicular pain.</summary>
    public required Likelihood Radicular { get; init; }

    /// <summary>DX-03 deep gluteal syndrome.</summary>
    public required Likelihood DeepGluteal { get; init; }

    /// <summary>DX-04 PHT with sciatic nerve involvement.</summary>
    public required Likelihood HamstringSyndrome { get; init; }

    /// <summary>DX-05 proximal hamstring avulsion.</summary>
    public required Likelihood Avulsion { get; init; }

    /// <summary>DX-06 ischiofemoral impingement.</summary>
    public required Likelihood Ischiofemoral { get; init; }

    /// <summary>DX-07 undifferentiated lower-gluteal pain (Possible when it fired).</summary>
    public required Likelihood Undifferentiated { get; init; }

    /// <summary>DER-10: any of DX-02, DX-03, DX-04 at least Possible.</summary>
    public required bool SciaticContext { get; init; }

    /// <summary>DER-14: loading must wait for avulsion imaging or the surgical decision.</summary>
    public required bool AvulsionBlocksLoading { get; init; }

    /// <summary>The AV-02 size criteria hold on recorded imaging.</summary>
    public required bool AvulsionSizeCriteria { get; init; }

    /// <summary>AV-04's conditions hold (confirmed avulsion on the non-operative pathway).</summary>
    public required bool AvulsionNonOperativePathway { get; init; }

    /// <summary>DX-01 or DX-04 is at least Possible (the tendinopathy treatment context).</summary>
    public bool PhtOrHamstringSyndromePossible => Pht >= Likelihood.Possible || HamstringSyndrome >= Likelihood.Possible;

    /// <summary>DX-07 fired.</summary>
    public bool UndifferentiatedFired => Undifferentiated == Likelihood.Possible;

    /// <inheritdoc />
    public override string ToString() => _description ??=
        $"WorkingDiagnoses DX-01 {Pht}, DX-02 {Radicular}, DX-03 {DeepGluteal}, DX-04 {HamstringSyndrome}, DX-05 {Avulsion}, DX-06 {Ischiofemoral}, DX-07 {Undifferentiated}";

    private string? _description;
}

/// <summary>An item that is in Recommendations, for rules that depend on another item being recommended (watched IDs only).</summary>
public sealed class RecommendedItem
{
    internal RecommendedItem(string id) => Id = id;

    /// <summary>The item ID.</summary>
    public string Id { get; }

    /// <inheritdoc />
    public override string ToString() => _description ??= Id + " recommended";

    private string? _description;
}

/// <summary>The pain-monitoring decision (PATHWAY.md 4.4), asserted at <see cref="Salience.LoadingDecision"/>.</summary>
public sealed class LoadingDecisionFact
{
    internal LoadingDecisionFact(LoadingDecisionKind decision, string reasonCode, string ruleId, LoadingPhase targetPhase)
    {
        Decision = decision;
        ReasonCode = reasonCode;
        RuleId = ruleId;
        TargetPhase = targetPhase;
    }

    /// <summary>Progress, Hold, Regress or Suspend.</summary>
    public LoadingDecisionKind Decision { get; }

    /// <summary>The reason code (e.g. CRITERIA_MET).</summary>
    public string ReasonCode { get; }

    /// <summary>The PMM- rule that decided.</summary>
    public string RuleId { get; }

    /// <summary>The phase after this visit.</summary>
    public LoadingPhase TargetPhase { get; }

    /// <inheritdoc />
    public override string ToString() => _description ??= "LoadingDecision " + Decision + " → " + TargetPhase;

    private string? _description;
}

/// <summary>DER-16: the loading phase after this visit, asserted at <see cref="Salience.Dependent"/>.</summary>
public sealed class PhaseFact
{
    internal PhaseFact(LoadingPhase phase) => Phase = phase;

    /// <summary>The phase (None when no programme is active).</summary>
    public LoadingPhase Phase { get; }

    /// <summary>None, P1 or P2: the early phases of PATHWAY.md 4.2/4.14 advice.</summary>
    public bool Early => Phase is LoadingPhase.None or LoadingPhase.P1 or LoadingPhase.P2;

    /// <inheritdoc />
    public override string ToString() => _description ??= "Phase " + Phase;

    private string? _description;
}
