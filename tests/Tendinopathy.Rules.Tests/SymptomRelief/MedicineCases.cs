using Tendinopathy.Rules.Tests.Support;

namespace Tendinopathy.Rules.Tests.SymptomRelief;

/// <summary>Cases and assertions the medicine, injection, shockwave and risk tests share (PATHWAY.md 4.5–4.7, 4.11, 7).</summary>
internal static class MedicineCases
{
    /// <summary>V06: chronic PHT (34 weeks) after 26 weeks of failed documented loading and one injection 20 weeks ago; MRI recorded.</summary>
    public static CaseBuilder V06() => CaseBuilder.Sample("v06-chronic-pht");

    /// <summary>V07: PHT at 63 with a current fluoroquinolone and prednisolone (RFI-07 Yes, no RF).</summary>
    public static CaseBuilder V07() => CaseBuilder.Sample("v07-fluoroquinolone");

    /// <summary>V08: PHT at 70 with CKD G3b (eGFR 38), a DOAC and an ACE inhibitor.</summary>
    public static CaseBuilder V08() => CaseBuilder.Sample("v08-ckd-doac");

    /// <summary>V12: PHT at 31, pregnant at 24 weeks.</summary>
    public static CaseBuilder V12() => CaseBuilder.Baseline()
        .Age(31).Female(TriState.Yes, 24)
        .Patient(p => p with { ActivityLevel = ActivityLevel.Recreational, Sports = [Sport.Running] })
        .SymptomWeeks(10)
        .Locations(PainLocation.LowerGlutealIschial)
        .Aggravators(Aggravator.Sitting, Aggravator.Running)
        .Pain(p => p with { SittingToleranceMinutes = 40, NrsNow = 4, LoadTestNrs = 3 })
        .Tests((ExamTest.Palpation, TestResult.Positive), (ExamTest.ModifiedBentKneeStretch, TestResult.Positive),
               (ExamTest.SingleLegBridge, TestResult.Positive));

    /// <summary>Typical PHT (DX-01 Likely), chronic, after 8 weeks of failed documented loading: INJ-01 and ESWT-01 fire.</summary>
    public static CaseBuilder ChronicFailedLoading() => CaseBuilder.TypicalPht().SymptomWeeks(16).FailedLoading(8);

    /// <summary>A corticosteroid-injection prior-treatment entry.</summary>
    public static PriorTreatment Csi(int weeksSinceLast, int count = 1) => new()
    {
        Type = TreatmentType.CorticosteroidInjection, DurationWeeks = 0, WeeksAgoEnded = weeksSinceLast, Documented = true,
        Response = TreatmentResponse.ImprovedInsufficient, Count = count, WeeksSinceLast = weeksSinceLast, Intratendinous = TriState.No,
    };

    /// <summary>A shockwave prior-treatment entry.</summary>
    public static PriorTreatment Eswt(int weeksAgoEnded, int? weeksSinceLast) => new()
    {
        Type = TreatmentType.Eswt, DurationWeeks = 0, WeeksAgoEnded = weeksAgoEnded, Documented = true,
        Response = TreatmentResponse.ImprovedInsufficient, Count = 4, WeeksSinceLast = weeksSinceLast,
    };

    public static CaseBuilder MedicationsNotReviewed(this CaseBuilder b) =>
        b.With(c => c with { Medications = c.Medications with { Reviewed = false } });

    public static CaseBuilder ComorbiditiesNotReviewed(this CaseBuilder b) => b.Comorbidities(m => m with { Reviewed = false });

    public static Recommendation Recommended(PathwayResult r, string id)
    {
        var item = Assert.Single(r.Recommendations, x => x.Id == id);
        Assert.Empty(item.Reasons);
        Assert.Equal(TraceOutcome.Fired, r.TraceOf(id).Outcome);
        Assert.False(r.Considers(id));
        return item;
    }

    public static Recommendation Considered(PathwayResult r, string id)
    {
        var item = Assert.Single(r.ConsideredNotRecommended, x => x.Id == id);
        Assert.NotEmpty(item.Reasons);
        Assert.Equal(TraceOutcome.Fired, r.TraceOf(id).Outcome);
        Assert.False(r.Recommends(id));
        return item;
    }

    /// <summary>Asserts <paramref name="id"/> is considered and not recommended with a reason <paramref name="code"/> carrying every given fact.</summary>
    public static NotRecommendedReason Reason(PathwayResult r, string id, string code, params (string Field, string Value)[] facts)
    {
        var reason = Assert.Single(Considered(r, id).Reasons, x => x.Code == code);
        foreach (var (field, value) in facts) Assert.Contains(new FactValue(field, value), reason.TriggeringFacts);
        return reason;
    }

    /// <summary>Asserts the reason codes of a considered item exactly.</summary>
    public static void ReasonCodes(PathwayResult r, string id, params string[] codes) =>
        Assert.Equal(codes.Order(StringComparer.Ordinal), Considered(r, id).Reasons.Select(x => x.Code));

    public static void NotApplicable(PathwayResult r, string id)
    {
        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf(id).Outcome);
        Assert.False(r.Recommends(id));
        Assert.False(r.Considers(id));
    }

    public static bool HasDetail(this Recommendation item, string text) =>
        item.Details.Any(d => d.Contains(text, StringComparison.Ordinal));
}
