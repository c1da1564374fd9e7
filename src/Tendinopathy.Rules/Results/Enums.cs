namespace Tendinopathy.Rules;

/// <summary>Urgency scale, a total order (PATHWAY.md 0.2).</summary>
public enum Urgency
{
    /// <summary>Usual scheduling, primary care or physiotherapy (weeks).</summary>
    Routine = 1,
    /// <summary>Prompt specialist referral or investigation (within 2 weeks).</summary>
    Soon = 2,
    /// <summary>Specialist or prescriber contact within 24–48 h.</summary>
    Urgent = 3,
    /// <summary>Immediate hospital or on-call specialist assessment, same day within hours.</summary>
    Emergency = 4,
}

/// <summary>Category of a recommendation; its order is the PATHWAY.md 0.4 ordering.</summary>
public enum ItemCategory
{
    /// <summary>Referral.</summary>
    Referral = 1,
    /// <summary>Investigation (imaging, tests).</summary>
    Investigation = 2,
    /// <summary>Medicine safety.</summary>
    MedicationSafety = 3,
    /// <summary>Education.</summary>
    Education = 4,
    /// <summary>Load management.</summary>
    LoadManagement = 5,
    /// <summary>Exercise.</summary>
    Exercise = 6,
    /// <summary>Non-drug symptom relief.</summary>
    SymptomReliefNonDrug = 7,
    /// <summary>Medicines.</summary>
    Pharmacological = 8,
    /// <summary>Injections.</summary>
    Injection = 9,
    /// <summary>Devices (e.g. shockwave).</summary>
    Device = 10,
    /// <summary>Surgical referral.</summary>
    SurgicalReferral = 11,
    /// <summary>Follow-up and review.</summary>
    FollowUp = 12,
}

/// <summary>Working-diagnosis likelihood (PATHWAY.md 3.3); <see cref="NotEvaluated"/> counts as below <see cref="Possible"/>.</summary>
public enum Likelihood
{
    /// <summary>Not evaluated (a precondition of the diagnosis was not met).</summary>
    NotEvaluated = 0,
    /// <summary>Unlikely.</summary>
    Unlikely = 1,
    /// <summary>Possible.</summary>
    Possible = 2,
    /// <summary>Likely.</summary>
    Likely = 3,
    /// <summary>Confirmed (imaging).</summary>
    Confirmed = 4,
}

/// <summary>Three-valued status of a diagnostic criterion (PATHWAY.md 3.3).</summary>
public enum CriterionStatus
{
    /// <summary>True on known facts.</summary>
    Met = 1,
    /// <summary>False on known facts.</summary>
    NotMet = 2,
    /// <summary>Depends on an unknown fact, a test not performed, or a study not done.</summary>
    Unknown = 3,
}

/// <summary>Outcome of a rule in the trace (PATHWAY.md 0.5).</summary>
public enum TraceOutcome
{
    /// <summary>Its conditions hold; the item is in Recommendations or ConsideredNotRecommended.</summary>
    Fired = 1,
    /// <summary>At least one of its own conditions is not met.</summary>
    NotApplicable = 2,
    /// <summary>Its own conditions hold, but a red flag or AL-02 suppressed the item.</summary>
    SuppressedBy = 3,
    /// <summary>An imaging item whose conditions hold, but the same study is already in the input.</summary>
    AlreadyAvailable = 4,
}

/// <summary>Priority of a missing-information prompt (PATHWAY.md 3.5).</summary>
public enum MissingInformationPriority
{
    /// <summary>Low.</summary>
    Low = 1,
    /// <summary>Medium.</summary>
    Medium = 2,
    /// <summary>High.</summary>
    High = 3,
}

/// <summary>Which audience a text is written for.</summary>
public enum Audience
{
    /// <summary>The treating clinician.</summary>
    Clinician = 1,
    /// <summary>The patient, in plain language.</summary>
    Patient = 2,
}

/// <summary>Kind of an alert.</summary>
public enum AlertKind
{
    /// <summary>A red flag for serious pathology (RF-).</summary>
    RedFlag = 1,
    /// <summary>A time-critical or medicine-safety alert (AL-).</summary>
    SafetyAlert = 2,
}
