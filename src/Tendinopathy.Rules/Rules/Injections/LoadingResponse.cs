using Tendinopathy.Rules.Derived;

namespace Tendinopathy.Rules.Pathway.Injections;

/// <summary>"Insufficient response to loading" as INJ-01 defines it (PATHWAY.md 4.6), shared by ESWT-01 (4.7).</summary>
internal static class LoadingResponse
{
    /// <summary>
    /// DER-06 <c>FailedConservativeWeeks</c> ≥ <c>InsufficientLoadingResponseWeeks</c>; or, at a follow-up,
    /// <c>WeeksOfStructuredLoading</c> ≥ that threshold with at least two previous decisions, the last two each Hold or Regress.
    /// </summary>
    public static bool Insufficient(CaseFact c)
    {
        var weeks = c.Options.InsufficientLoadingResponseWeeks;
        if (c.FailedConservativeWeeks >= weeks) return true;
        if (c.FollowUp is not { } f || (f.WeeksOfStructuredLoading ?? 0) < weeks) return false;
        var d = f.PreviousDecisions;
        return d.Count >= 2 && SteppedBackOrHeld(d[d.Count - 1]) && SteppedBackOrHeld(d[d.Count - 2]);
    }

    private static bool SteppedBackOrHeld(LoadingDecisionKind decision) =>
        decision is LoadingDecisionKind.Hold or LoadingDecisionKind.Regress;
}
