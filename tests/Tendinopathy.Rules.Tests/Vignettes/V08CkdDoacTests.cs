using static Tendinopathy.Rules.Tests.Vignettes.VignetteAssert;

namespace Tendinopathy.Rules.Tests.Vignettes;

/// <summary>PATHWAY.md 7, V08: PHT with CKD G3b and a DOAC (oral NSAID contraindicated; topical with cautions).</summary>
public sealed class V08CkdDoacTests
{
    private static PathwayResult R => VignetteCases.Evaluate("v08-ckd-doac");

    [Fact]
    public void No_red_flag_because_RFI12_alone_never_fires_and_urgency_is_Routine()
    {
        AlertsExactly(R);
        Assert.Equal(Urgency.Routine, R.OverallUrgency);
    }

    [Fact]
    public void DX01_is_Likely()
    {
        Diagnoses(R, ("DX-01", Likelihood.Likely));
    }

    [Fact]
    public void Recommends_the_PHT_plan_with_topical_NSAID_and_paracetamol()
    {
        Recommends(R, Ids("IMG-05", Range("LM-", 0, 4), "LM-06", "LOAD-START", "SYM-01", "SYM-03", "SYM-04", "RISK-03", "FU-01"));
    }

    [Fact]
    public void Loading_starts_in_P1()
    {
        StartsLoadingIn(R, LoadingPhase.P1);
    }

    [Fact]
    public void The_topical_NSAID_carries_the_small_area_short_course_caution()
    {
        var sym03 = Recommended(R, "SYM-03");
        DetailsMention(sym03, "small area");
        DetailsMention(sym03, "short course");
    }

    [Fact]
    public void The_oral_NSAID_is_contraindicated_by_anticoagulation_and_eGFR_below_60()
    {
        var reason = Considered(R, "SYM-02", "CI-NSAID-ORAL");
        TriggeredBy(reason, ("Anticoagulated", null), ("EgfrBelow60", null));
    }

    [Fact]
    public void Must_not_recommend_the_oral_NSAID_its_review_or_running_technique()
    {
        DoesNotRecommend(R, "SYM-02", "ESC-01", "LM-05");
    }

    [Fact]
    public void Displays_the_PHT_do_not_offer_items()
    {
        Displays(R, Range("DNO-", 30, 34));
    }
}
