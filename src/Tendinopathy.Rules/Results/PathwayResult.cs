namespace Tendinopathy.Rules;

/// <summary>
/// The engine's answer for one case: urgency, alerts, working diagnoses, recommendations (including investigations),
/// items considered and not recommended, the do-not-offer list, missing information, the loading decision and follow-up,
/// and a trace of every rule. Lists are ordered as PATHWAY.md 0.4 specifies, so equal cases give equal results.
/// </summary>
public sealed record PathwayResult
{
    /// <summary>The case identifier echoed from the input, if any.</summary>
    public string? CaseId { get; init; }

    /// <summary>Which rule set produced this result (name, specification version, content hash).</summary>
    public required RuleSetIdentity RuleSet { get; init; }

    /// <summary>The maximum urgency of every alert and recommendation; never below <see cref="Urgency.Routine"/>.</summary>
    public required Urgency OverallUrgency { get; init; }

    /// <summary>False when any of RFI-01…RFI-05 is unknown: the plan is then provisional (MISS-01).</summary>
    public required bool RedFlagScreenComplete { get; init; }

    /// <summary>True only when RFI-01…RFI-11 are all known "no" and no red flag fired: the only case where "no red flags" may be printed.</summary>
    public required bool NoRedFlags { get; init; }

    /// <summary>True when the plan is provisional because the red-flag screen is incomplete.</summary>
    public bool Provisional => !RedFlagScreenComplete;

    /// <summary>Red flags (RF-) and safety alerts (AL-), by urgency descending then ID.</summary>
    public required IReadOnlyList<Alert> Alerts { get; init; }

    /// <summary>Working diagnoses DX-01…DX-07 with likelihood and criteria, by ID.</summary>
    public required IReadOnlyList<WorkingDiagnosis> Diagnoses { get; init; }

    /// <summary>Recommended items, by urgency descending, then category, then ID (PATHWAY.md 0.4).</summary>
    public required IReadOnlyList<Recommendation> Recommendations { get; init; }

    /// <summary>Items whose conditions hold but which are not recommended, each with its reasons.</summary>
    public required IReadOnlyList<Recommendation> ConsideredNotRecommended { get; init; }

    /// <summary>Things not to offer in this context (never recommended), by ID.</summary>
    public required IReadOnlyList<DoNotOfferItem> DoNotOffer { get; init; }

    /// <summary>Information that is missing and would change the decision (MISS-), by ID.</summary>
    public required IReadOnlyList<MissingInformation> MissingInformation { get; init; }

    /// <summary>The pain-monitoring decision at a follow-up visit (PATHWAY.md 4.4); null when no loading decision exists.</summary>
    public LoadingDecision? LoadingDecision { get; init; }

    /// <summary>When to reassess and what would trigger escalation.</summary>
    public required FollowUpPlan FollowUp { get; init; }

    /// <summary>The loading phase after this visit (DER-16).</summary>
    public LoadingPhase Phase { get; init; }

    /// <summary>One outcome for every rule of the PATHWAY.md 0.4 category table, by rule ID.</summary>
    public required IReadOnlyList<TraceEntry> Trace { get; init; }

    /// <summary>Every rule that fired, in firing order, with the facts it matched.</summary>
    public required IReadOnlyList<FiredRule> Explanation { get; init; }

    /// <summary>The intended-use statement that must accompany every result (PATHWAY.md 1.2).</summary>
    public required string IntendedUse { get; init; }

    /// <summary>The investigations among <see cref="Recommendations"/> (category <see cref="ItemCategory.Investigation"/>).</summary>
    public IEnumerable<Recommendation> Investigations => Recommendations.Where(r => r.Category == ItemCategory.Investigation);
}

/// <summary>Identity of the rule set that produced a result, for audit.</summary>
/// <param name="Name">Rule-set name.</param>
/// <param name="Version">Specification version the rules implement (PATHWAY.md header).</param>
/// <param name="ContentHash">Hash over the rule IDs and their metadata; changes whenever the rule set changes.</param>
public sealed record RuleSetIdentity(string Name, string Version, string ContentHash);

/// <summary>A reference from the evidence catalogue (PATHWAY.md 6).</summary>
/// <param name="Id">REF- identifier.</param>
/// <param name="Citation">Short citation.</param>
/// <param name="Design">Design and level as the source states it.</param>
public sealed record EvidenceReference(string Id, string Citation, string Design);

/// <summary>A fact that made a rule, reason or alert true, e.g. <c>RedFlags.SaddleAnaesthesia = Yes</c>.</summary>
/// <param name="Field">Field path or derived-fact name.</param>
/// <param name="Value">Its value as text.</param>
public sealed record FactValue(string Field, string Value)
{
    /// <inheritdoc />
    public override string ToString() => Field + " = " + Value;
}

/// <summary>A red flag or safety alert.</summary>
public sealed record Alert
{
    /// <summary>RF- or AL- identifier.</summary>
    public required string Id { get; init; }
    /// <summary>Red flag or safety alert.</summary>
    public required AlertKind Kind { get; init; }
    /// <summary>Short title.</summary>
    public required string Title { get; init; }
    /// <summary>Urgency of this alert.</summary>
    public required Urgency Urgency { get; init; }
    /// <summary>Text for the clinician.</summary>
    public required string ClinicianText { get; init; }
    /// <summary>Plain-language text for the patient.</summary>
    public required string PatientText { get; init; }
    /// <summary>The facts that made it fire.</summary>
    public required IReadOnlyList<FactValue> TriggeringFacts { get; init; }
    /// <summary>IDs of the action and investigation items it emitted.</summary>
    public required IReadOnlyList<string> Actions { get; init; }
    /// <summary>Evidence/strength code (PATHWAY.md 0.3).</summary>
    public required string EvidenceCode { get; init; }
    /// <summary>References from the evidence catalogue.</summary>
    public required IReadOnlyList<EvidenceReference> References { get; init; }
}

/// <summary>A working diagnosis with its likelihood and the status of each criterion.</summary>
public sealed record WorkingDiagnosis
{
    /// <summary>DX- identifier.</summary>
    public required string Id { get; init; }
    /// <summary>Name of the diagnosis.</summary>
    public required string Name { get; init; }
    /// <summary>Likelihood.</summary>
    public required Likelihood Likelihood { get; init; }
    /// <summary>Every criterion with its status (empty when not evaluated, and for DX-07).</summary>
    public required IReadOnlyList<CriterionResult> Criteria { get; init; }
    /// <summary>Extra findings reported with the diagnosis (e.g. avulsed tendon count, acute or chronic).</summary>
    public required IReadOnlyList<FactValue> Details { get; init; }
    /// <summary>Text for the clinician.</summary>
    public required string ClinicianText { get; init; }
    /// <summary>Plain-language text for the patient.</summary>
    public required string PatientText { get; init; }
    /// <summary>Evidence/strength code.</summary>
    public required string EvidenceCode { get; init; }
    /// <summary>References.</summary>
    public required IReadOnlyList<EvidenceReference> References { get; init; }
}

/// <summary>One diagnostic criterion and its three-valued status.</summary>
/// <param name="Id">C- identifier.</param>
/// <param name="Description">What the criterion tests.</param>
/// <param name="Status">Met, NotMet or Unknown.</param>
public sealed record CriterionResult(string Id, string Description, CriterionStatus Status);

/// <summary>A recommendation, an investigation, or an item considered and not recommended.</summary>
public sealed record Recommendation
{
    /// <summary>Rule or action identifier (e.g. SYM-02, ACT-EMERGENCY-SPINAL).</summary>
    public required string Id { get; init; }
    /// <summary>Short title.</summary>
    public required string Title { get; init; }
    /// <summary>Category (PATHWAY.md 0.4).</summary>
    public required ItemCategory Category { get; init; }
    /// <summary>Urgency.</summary>
    public required Urgency Urgency { get; init; }
    /// <summary>Evidence/strength code (PATHWAY.md 0.3), the first code of the row.</summary>
    public required string EvidenceCode { get; init; }
    /// <summary>Strength wording where the rule grades it (e.g. "Consider", "Recommend"); null otherwise.</summary>
    public string? Strength { get; init; }
    /// <summary>Text for the clinician, including dose or protocol where one exists.</summary>
    public required string ClinicianText { get; init; }
    /// <summary>Plain-language text for the patient.</summary>
    public required string PatientText { get; init; }
    /// <summary>References.</summary>
    public required IReadOnlyList<EvidenceReference> References { get; init; }
    /// <summary>Rules that emitted this item.</summary>
    public required IReadOnlyList<string> Emitters { get; init; }
    /// <summary>False only for informational items (IMG-05).</summary>
    public bool IsOrder { get; init; } = true;
    /// <summary>True only for pure "seek emergency care if…" advice (SCI-12).</summary>
    public bool SafetyNet { get; init; }
    /// <summary>Detail lines: dose, protocol, starting phase, options, cautions and annotations.</summary>
    public required IReadOnlyList<string> Details { get; init; }
    /// <summary>Why the item is not recommended (only in ConsideredNotRecommended), ordered by code.</summary>
    public required IReadOnlyList<NotRecommendedReason> Reasons { get; init; }
}

/// <summary>A machine-readable reason an item is considered and not recommended (PATHWAY.md 4.1 item 2).</summary>
/// <param name="Code">CI- ID, CAU-NSAID-MULTIPLE, CI-ESWT-RELATIVE, a MISSING_* code or INSUFFICIENT_EVIDENCE.</param>
/// <param name="TriggeringFacts">The facts that made the reason true.</param>
public sealed record NotRecommendedReason(string Code, IReadOnlyList<FactValue> TriggeringFacts);

/// <summary>An item on the do-not-offer list.</summary>
public sealed record DoNotOfferItem
{
    /// <summary>DNO- identifier.</summary>
    public required string Id { get; init; }
    /// <summary>What not to offer.</summary>
    public required string Title { get; init; }
    /// <summary>Text for the clinician.</summary>
    public required string ClinicianText { get; init; }
    /// <summary>Plain-language text for the patient.</summary>
    public required string PatientText { get; init; }
    /// <summary>Evidence/strength code.</summary>
    public required string EvidenceCode { get; init; }
    /// <summary>References.</summary>
    public required IReadOnlyList<EvidenceReference> References { get; init; }
}

/// <summary>A prompt for information that is missing and would change the decision (MISS-).</summary>
public sealed record MissingInformation
{
    /// <summary>MISS- identifier.</summary>
    public required string Id { get; init; }
    /// <summary>Priority.</summary>
    public required MissingInformationPriority Priority { get; init; }
    /// <summary>The missing fields (paths).</summary>
    public required IReadOnlyList<string> Fields { get; init; }
    /// <summary>Why it matters and what it blocks (clinician-facing).</summary>
    public required string ClinicianText { get; init; }
    /// <summary>Plain-language text for the patient.</summary>
    public required string PatientText { get; init; }
}

/// <summary>The pain-monitoring decision at a follow-up visit (PATHWAY.md 4.4).</summary>
/// <param name="Decision">Progress, Hold, Regress or Suspend.</param>
/// <param name="ReasonCode">Reason code (e.g. CRITERIA_MET).</param>
/// <param name="RuleId">The PMM- rule that decided.</param>
/// <param name="TargetPhase">Phase after this visit.</param>
/// <param name="Explanation">Why, in words.</param>
public sealed record LoadingDecision(LoadingDecisionKind Decision, string ReasonCode, string RuleId, LoadingPhase TargetPhase, string Explanation);

/// <summary>Trace outcome of one rule (PATHWAY.md 0.5).</summary>
/// <param name="RuleId">Rule identifier.</param>
/// <param name="Outcome">Fired, NotApplicable, SuppressedBy or AlreadyAvailable.</param>
/// <param name="SuppressedBy">With <see cref="TraceOutcome.SuppressedBy"/>: every RF (and AL-02) whose policy removed the item.</param>
/// <param name="Emitters">With <see cref="TraceOutcome.Fired"/>: every rule that emitted it.</param>
public sealed record TraceEntry(string RuleId, TraceOutcome Outcome, IReadOnlyList<string> SuppressedBy, IReadOnlyList<string> Emitters);

/// <summary>A rule that fired, with the facts it matched, for the explanation trace.</summary>
/// <param name="RuleId">Rule identifier.</param>
/// <param name="Facts">Descriptions of the facts it matched.</param>
public sealed record FiredRule(string RuleId, IReadOnlyList<string> Facts);

/// <summary>
/// When to reassess and what would trigger escalation (PATHWAY.md 4.4, 4.12): the review items recommended, the escalation
/// items already recommended, and the conditions that would escalate care next, each citing the rule that would act.
/// </summary>
/// <param name="ReviewItems">The FU- items in Recommendations (each states its interval in its text and details).</param>
/// <param name="EscalationItems">The ESC- and SURG- items already in Recommendations.</param>
/// <param name="EscalationTriggers">What would escalate care at or before the next review, most urgent first.</param>
public sealed record FollowUpPlan(IReadOnlyList<string> ReviewItems, IReadOnlyList<string> EscalationItems, IReadOnlyList<EscalationTrigger> EscalationTriggers);

/// <summary>A condition that would escalate care, and the rule that acts on it.</summary>
/// <param name="RuleId">The PATHWAY.md rule that escalates (e.g. RF-01, PMM-02, ESC-05).</param>
/// <param name="ClinicianText">The condition and the escalation, for the clinician.</param>
/// <param name="PatientText">The same in plain language.</param>
public sealed record EscalationTrigger(string RuleId, string ClinicianText, string PatientText);
