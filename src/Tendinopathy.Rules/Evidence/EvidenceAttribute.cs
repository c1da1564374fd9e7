namespace Tendinopathy.Rules;

/// <summary>
/// The evidence a rule rests on: its evidence/strength code (PATHWAY.md 0.3, the first code of its row) and the REF- IDs of
/// the evidence catalogue. Every rule carries one; references that do not resolve fail the rule-set build.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class EvidenceAttribute : Attribute
{
    /// <summary>Declares the evidence of a rule.</summary>
    /// <param name="code">Evidence/strength code, e.g. <c>G-OFFER</c>, <c>COND</c>, <c>EO</c>, <c>L4</c>.</param>
    /// <param name="references">REF- identifiers from the evidence catalogue.</param>
    public EvidenceAttribute(string code, params string[] references)
    {
        Code = code;
        References = references;
    }

    /// <summary>Evidence/strength code.</summary>
    public string Code { get; }

    /// <summary>REF- identifiers.</summary>
    public IReadOnlyList<string> References { get; }
}
