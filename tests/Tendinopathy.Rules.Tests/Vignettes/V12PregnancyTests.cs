using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Vignettes.VignetteAssert;

namespace Tendinopathy.Rules.Tests.Vignettes;

/// <summary>PATHWAY.md 7, V12: PHT in pregnancy at 24 weeks (oral and topical NSAIDs and ESWT contraindicated).</summary>
public sealed class V12PregnancyTests
{
    private const string File = "v12-pregnancy";

    private static PathwayResult R => VignetteCases.Evaluate(File);

    [Fact]
    public void Urgency_is_Routine()
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
    public void Recommends_the_PHT_plan_with_cryotherapy_and_paracetamol()
    {
        Recommends(R, Ids("IMG-05", Range("LM-", 0, 6), "LOAD-START", "SYM-01", "SYM-04", "RISK-03", "FU-01"));
    }

    [Fact]
    public void Loading_starts_in_P2_because_all_four_inputs_are_known_and_none_triggers_P1()
    {
        StartsLoadingIn(R, LoadingPhase.P2);
        DoesNotPrompt(R, "MISS-13");
    }

    [Fact]
    public void The_oral_NSAID_is_contraindicated_from_20_weeks_of_pregnancy()
    {
        TriggeredBy(Considered(R, "SYM-02", "CI-NSAID-ORAL"), ("Pregnant", "Yes"), ("GestationWeeks", "24"));
    }

    [Fact]
    public void The_topical_NSAID_is_contraindicated_from_20_weeks_of_pregnancy()
    {
        TriggeredBy(Considered(R, "SYM-03", "CI-NSAID-TOP"), ("Pregnant", "Yes"), ("GestationWeeks", "24"));
    }

    [Fact]
    public void Displays_the_PHT_do_not_offer_items()
    {
        Displays(R, Range("DNO-", 30, 34));
    }

    [Fact]
    public void Later_chronic_with_failed_loading_shockwave_is_contraindicated_by_pregnancy()
    {
        var c = VignetteCases.Load(File);
        var later = c with
        {
            CaseId = "V12-later",
            Patient = c.Patient with { GestationWeeks = 34 },
            History = c.History with { SymptomWeeks = 20 },
            PriorTreatments =
            [
                new PriorTreatment
                {
                    Type = TreatmentType.StructuredLoading, DurationWeeks = 8, WeeksAgoEnded = 0, Supervised = TriState.No, Documented = true,
                    Adherence = Adherence.Good, Response = TreatmentResponse.ImprovedInsufficient,
                },
            ],
        };
        var r = Support.Evaluation.Evaluate(later);
        TriggeredBy(Considered(r, "ESWT-01", "CI-ESWT"), ("Pregnant", "Yes"));
    }
}
