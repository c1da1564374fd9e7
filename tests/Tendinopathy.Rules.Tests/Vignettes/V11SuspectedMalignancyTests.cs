using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Vignettes.VignetteAssert;

namespace Tendinopathy.Rules.Tests.Vignettes;

/// <summary>PATHWAY.md 7, V11: suspected malignancy (RF-04 Urgent; the Urgent allow-list of 3.1).</summary>
public sealed class V11SuspectedMalignancyTests
{
    private static PathwayResult R => VignetteCases.Evaluate("v11-suspected-malignancy");

    [Fact]
    public void RF04_fires_at_Urgent_without_a_neurological_deficit_and_urgency_is_Urgent()
    {
        AlertsExactly(R, "RF-04");
        Assert.Equal(Urgency.Urgent, R.Alerts.Single(a => a.Id == "RF-04").Urgency);
        Assert.Equal(Urgency.Urgent, R.OverallUrgency);
    }

    [Fact]
    public void The_no_red_flags_statement_is_not_allowed()
    {
        NoRedFlagsStatement(R, allowed: false);
    }

    [Fact]
    public void The_urgent_specialist_referral_and_MRI_come_first()
    {
        Recommends(R, "ACT-URGENT-SPECIALIST", "IMG-02");
        Assert.Equal(new[] { "ACT-URGENT-SPECIALIST", "IMG-02" }, R.RecommendationIds().Take(2));
        Assert.Equal(Urgency.Urgent, Recommended(R, "IMG-02").Urgency);
    }

    [Fact]
    public void DX01_is_Possible()
    {
        Diagnoses(R, ("DX-01", Likelihood.Possible));
    }

    [Fact]
    public void Recommends_the_items_on_the_Urgent_allow_list()
    {
        Recommends(R, Ids(Range("LM-", 0, 4), "RISK-03", "SYM-01", "SYM-02", "SYM-03", "ESC-01"));
    }

    [Fact]
    public void The_oral_NSAID_comes_with_gastroprotection_for_age_65_or_over()
    {
        DetailsMention(Recommended(R, "SYM-02"), "gastroprotection");
    }

    [Fact]
    public void Fitness_loading_hamstring_imaging_and_review_are_suppressed_by_RF04()
    {
        TracedAll(R, TraceOutcome.SuppressedBy, ["LM-06", "LOAD-START", "IMG-10", "FU-01"], "RF-04");
    }

    [Fact]
    public void Prompts_for_VISA_H_but_not_for_the_starting_phase_inputs()
    {
        Prompts(R, "MISS-11");
        DoesNotPrompt(R, "MISS-13");
    }

    [Fact]
    public void Technique_paracetamol_injections_shockwave_and_surgery_are_not_applicable()
    {
        TracedAll(R, TraceOutcome.NotApplicable, ["LM-05", "SYM-04", "INJ-01", "INJ-02", "ESWT-01", "SURG-01"]);
    }

    [Fact]
    public void Displays_the_low_back_pain_and_PHT_do_not_offer_items()
    {
        Displays(R, Ids(Range("DNO-", 6, 14), "DNO-17", Range("DNO-", 18, 22), Range("DNO-", 30, 34)));
    }

    [Fact]
    public void Does_not_display_routine_lumbar_imaging_while_a_red_flag_is_present()
    {
        DoesNotDisplay(R, "DNO-15");
    }
}
