namespace Tendinopathy.Rules.Authoring;

/// <summary>
/// Rule priorities (NRules salience): red flags, then diagnoses, then derived conclusions and alerts, then the loading
/// decision, then treatment items, then items that depend on other items being recommended, and finally the do-not-offer
/// list and prompts. A rule with a <c>Not</c> condition always has lower salience than every rule that can insert the
/// fact it negates, so it sees settled facts.
/// </summary>
public static class Salience
{
    /// <summary>Red flags (RF-).</summary>
    public const int RedFlag = 100;
    /// <summary>Red-flag derived facts and imaging (DER-11, IMG-01…IMG-03).</summary>
    public const int RedFlagDerived = 95;
    /// <summary>Working diagnoses (DX-).</summary>
    public const int Diagnosis = 90;
    /// <summary>The working-diagnosis summary.</summary>
    public const int DiagnosisSummary = 85;
    /// <summary>Safety alerts (AL-).</summary>
    public const int Alert = 80;
    /// <summary>The pain-monitoring decision (PMM-).</summary>
    public const int LoadingDecision = 70;
    /// <summary>Treatment items.</summary>
    public const int Treatment = 50;
    /// <summary>Items that read whether a treatment item was recommended (IMG-10, ESC-01, DER-16…).</summary>
    public const int Dependent = 40;
    /// <summary>Items that read the dependent stage (IMG-05, phase-based advice).</summary>
    public const int SecondOrder = 30;
    /// <summary>Do-not-offer items.</summary>
    public const int DoNotOffer = 20;
    /// <summary>Missing-information prompts.</summary>
    public const int Missing = 10;
}

/// <summary>Tag values for the pathway stage of a rule (NRules <c>[Tag]</c>).</summary>
public static class PathwayStage
{
    /// <summary>Red-flag screening (RF-).</summary>
    public const string RedFlags = "RedFlags";
    /// <summary>Time-critical and safety alerts (AL-).</summary>
    public const string Alerts = "Alerts";
    /// <summary>Working diagnoses (DX-).</summary>
    public const string Diagnosis = "Diagnosis";
    /// <summary>Derived facts (DER-).</summary>
    public const string Derived = "Derived";
    /// <summary>Investigations (IMG-).</summary>
    public const string Investigations = "Investigations";
    /// <summary>Missing-information prompts (MISS-).</summary>
    public const string MissingInformation = "MissingInformation";
    /// <summary>Education and load management (LM-).</summary>
    public const string LoadManagement = "LoadManagement";
    /// <summary>Staged loading (LOAD-).</summary>
    public const string Loading = "Loading";
    /// <summary>Pain-monitoring model (PMM-).</summary>
    public const string PainMonitoring = "PainMonitoring";
    /// <summary>Symptom relief and medicines (SYM-).</summary>
    public const string SymptomRelief = "SymptomRelief";
    /// <summary>Injections (INJ-).</summary>
    public const string Injections = "Injections";
    /// <summary>Shockwave (ESWT-).</summary>
    public const string Shockwave = "Shockwave";
    /// <summary>Sciatica, NICE NG59 (SCI-).</summary>
    public const string Sciatica = "Sciatica";
    /// <summary>Deep gluteal syndrome and ischiofemoral impingement (DGS-).</summary>
    public const string DeepGluteal = "DeepGluteal";
    /// <summary>Hamstring avulsion (AV-).</summary>
    public const string Avulsion = "Avulsion";
    /// <summary>Risk factors and medicine safety (RISK-).</summary>
    public const string Risk = "Risk";
    /// <summary>Follow-up (FU-).</summary>
    public const string FollowUp = "FollowUp";
    /// <summary>Escalation (ESC-).</summary>
    public const string Escalation = "Escalation";
    /// <summary>Surgery (SURG-).</summary>
    public const string Surgery = "Surgery";
    /// <summary>Do-not-offer list (DNO-).</summary>
    public const string DoNotOffer = "DoNotOffer";
}
