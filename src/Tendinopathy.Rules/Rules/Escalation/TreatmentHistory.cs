using Tendinopathy.Rules.Derived;

namespace Tendinopathy.Rules.Pathway.Escalation;

/// <summary>
/// Readings of the prior-treatment list (PATHWAY.md 2.8) that the escalation rules share. The "most recent entry" of a set is
/// the entries with the smallest <c>WeeksAgoEnded</c>; with several, its response is the worst among them in the order
/// Worse &lt; NoChange &lt; ImprovedInsufficient &lt; Unknown &lt; ImprovedSufficient &lt; Resolved, so the result never depends on list
/// order (SAFE-18).
/// </summary>
internal static class TreatmentHistory
{
    /// <summary>The response of the most recent <c>StructuredLoading</c> entry (ESC-02), or null when there is none.</summary>
    public static TreatmentResponse? MostRecentLoadingResponse(CaseFact c) =>
        MostRecentResponse(c, static t => t.Type == TreatmentType.StructuredLoading);

    /// <summary>
    /// The response of the most recent documented non-surgical entry of the DER-15 types (StructuredLoading,
    /// GeneralPhysiotherapy, EducationLoadManagement, NsaidOral, NsaidTopical) (ESC-06), or null when there is none.
    /// </summary>
    public static TreatmentResponse? MostRecentNonSurgicalResponse(CaseFact c) =>
        MostRecentResponse(c, static t => t.Documented == true &&
            t.Type is TreatmentType.StructuredLoading or TreatmentType.GeneralPhysiotherapy or TreatmentType.EducationLoadManagement
                or TreatmentType.NsaidOral or TreatmentType.NsaidTopical);

    /// <summary>ImprovedInsufficient, NoChange or Worse.</summary>
    public static bool Failed(TreatmentResponse? response) =>
        response is TreatmentResponse.ImprovedInsufficient or TreatmentResponse.NoChange or TreatmentResponse.Worse;

    /// <summary>Position in the 2.8 order, worst first.</summary>
    public static int Rank(TreatmentResponse response) => response switch
    {
        TreatmentResponse.Worse => 0,
        TreatmentResponse.NoChange => 1,
        TreatmentResponse.ImprovedInsufficient => 2,
        TreatmentResponse.Unknown => 3,
        TreatmentResponse.ImprovedSufficient => 4,
        TreatmentResponse.Resolved => 5,
        _ => 3,
    };

    private static TreatmentResponse? MostRecentResponse(CaseFact c, Func<PriorTreatment, bool> include)
    {
        int? weeksAgo = null;
        TreatmentResponse? response = null;
        foreach (var t in c.Input.PriorTreatments)
        {
            if (!include(t)) continue;
            var ended = t.WeeksAgoEnded ?? 0;
            var r = t.Response ?? TreatmentResponse.Unknown;
            if (weeksAgo is null || ended < weeksAgo)
            {
                weeksAgo = ended;
                response = r;
            }
            else if (ended == weeksAgo && Rank(r) < Rank(response!.Value))
            {
                response = r;
            }
        }
        return response;
    }
}
