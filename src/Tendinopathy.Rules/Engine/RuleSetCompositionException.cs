namespace Tendinopathy.Rules;

/// <summary>
/// Thrown when a rule set is built, never during evaluation, if it is inconsistent: duplicate rule IDs, a rule without a
/// description or evidence, a reference that is not in the evidence catalogue, or an item without texts.
/// </summary>
public sealed class RuleSetCompositionException : Exception
{
    /// <summary>Creates the exception with every problem found.</summary>
    /// <param name="problems">One line per problem.</param>
    public RuleSetCompositionException(IReadOnlyList<string> problems)
        : base("The rule set is inconsistent:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, one per line.</summary>
    public IReadOnlyList<string> Problems { get; }
}
