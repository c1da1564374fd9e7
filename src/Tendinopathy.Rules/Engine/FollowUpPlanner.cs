using System.Globalization;

namespace Tendinopathy.Rules.Engine;

/// <summary>
/// Summarises the follow-up plan from what the rules decided: the FU- review items, the escalations already recommended,
/// and the escalation criteria of PATHWAY.md that apply to this patient next (safety-net red flags, the pain-monitoring
/// regress rules, the escalation gates of 4.12). It adds no clinical decision of its own: every trigger restates a rule's
/// condition with that rule's ID and the thresholds in force.
/// </summary>
internal static class FollowUpPlanner
{
    public static FollowUpPlan Plan(CaseFact c, WorkingDiagnoses? dx, IReadOnlyList<Recommendation> recommended, bool anyRedFlag)
    {
        var review = new List<string>();
        var escalations = new List<string>();
        foreach (var r in recommended)
        {
            if (r.Id.StartsWith("FU-", StringComparison.Ordinal)) review.Add(r.Id);
            else if (r.Id.StartsWith("ESC-", StringComparison.Ordinal) || r.Id.StartsWith("SURG-", StringComparison.Ordinal)) escalations.Add(r.Id);
        }

        bool Rec(string id)
        {
            foreach (var r in recommended) if (r.Id == id) return true;
            return false;
        }

        var o = c.Options;
        var triggers = new List<EscalationTrigger>();
        var radicular = dx?.Radicular ?? Likelihood.NotEvaluated;
        var pht = dx?.Pht ?? Likelihood.NotEvaluated;
        var avulsion = dx?.Avulsion ?? Likelihood.NotEvaluated;
        if (dx?.SciaticContext == true || c.History.LowBackPain == TriState.Yes)
        {
            triggers.Add(new EscalationTrigger("RF-01",
                "New bladder or bowel disturbance, saddle numbness, sexual dysfunction, or symptoms or weakness in both legs: emergency spinal assessment and MRI at once.",
                "Go to the emergency department at once if you get new bladder or bowel problems, numbness between your legs, or weakness or pain in both legs."));
        }
        if (radicular >= Likelihood.Possible || c.Neuro.RadiatingBelowKnee == TriState.Yes)
        {
            triggers.Add(new EscalationTrigger("RF-02",
                "Progressive weakness, or a myotome graded MRC 3 or less: same-day spinal assessment.",
                "Seek help the same day if your leg becomes weaker or keeps getting weaker."));
        }
        if (Rec("LOAD-START") || Rec("LOAD-CONTINUE"))
        {
            triggers.Add(new EscalationTrigger("PMM-02",
                "Pain during loading of 6/10 or more, a next-morning load test above its baseline (PMM-03) or a worsening week-on-week trend (PMM-04): regress the programme; two consecutive regressions (PMM-08) lead to a clinician review (ESC-03).",
                "If exercise pain reaches 6 out of 10, your pain the next morning is worse than usual, or things get worse from week to week, the exercises will be made easier; tell us if that happens twice in a row."));
        }
        if (pht >= Likelihood.Possible && !anyRedFlag)
        {
            if (!Rec("ESC-04") && !Rec("ESC-05"))
            {
                triggers.Add(new EscalationTrigger("ESC-04",
                    string.Format(CultureInfo.InvariantCulture,
                        "No sufficient improvement after {0} weeks of documented, adherent structured loading: consider shockwave, MRI and a surgical opinion (ESC-04); after {1} weeks recommend a surgical opinion (ESC-05).",
                        o.SurgicalOpinionConsiderWeeks, o.SurgicalOpinionRecommendWeeks),
                    "If the pain has not improved enough after about three months of the exercise programme, other treatments and a specialist opinion can be considered."));
            }
            else if (!Rec("ESC-05"))
            {
                triggers.Add(new EscalationTrigger("ESC-05",
                    string.Format(CultureInfo.InvariantCulture,
                        "No sufficient improvement after {0} weeks of documented, adherent structured loading: recommend referral for a surgical opinion.",
                        o.SurgicalOpinionRecommendWeeks),
                    "If the pain still has not improved enough after about six months of the programme, a surgeon's opinion is recommended."));
            }
        }
        if (radicular >= Likelihood.Possible && !anyRedFlag && !Rec("ESC-06"))
        {
            triggers.Add(new EscalationTrigger("ESC-06",
                string.Format(CultureInfo.InvariantCulture,
                    "Leg pain no longer tolerable, or no improvement after {0} weeks: specialist (spinal/MSK interface) referral.",
                    o.SpecialistReferralWeeks),
                "If your leg pain becomes too much to bear, or is not improving after about six weeks, you will be referred to a specialist."));
        }
        if (avulsion is Likelihood.Possible or Likelihood.Likely or Likelihood.Confirmed &&
            c.History.AvulsionSurgicalDecision == AvulsionSurgicalDecision.Pending)
        {
            triggers.Add(new EscalationTrigger("AV-02",
                string.Format(CultureInfo.InvariantCulture,
                    "A complete avulsion of three tendons, or of two retracted more than {0} cm: urgent surgical opinion within the early-repair window ({1} weeks from injury).",
                    o.AvulsionRetractionCm.ToString("0.0", CultureInfo.InvariantCulture), o.AvulsionAcuteWeeks),
                "If the scan shows the tendons have pulled away from the bone, you will be seen urgently by a surgeon, because early repair works best."));
        }
        return new FollowUpPlan(review.ToArray(), escalations.ToArray(), triggers.ToArray());
    }
}
