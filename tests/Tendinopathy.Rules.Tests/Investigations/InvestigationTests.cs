using Tendinopathy.Rules.Tests.Alerts;
using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Investigations;

public sealed class InvestigationTests
{
    private static CaseBuilder PossibleIschiofemoralImpingement() => CaseBuilder.Baseline()
        .Locations(PainLocation.LateralToIschium)
        .Aggravators(Aggravator.LongStrideWalking);

    private static CaseBuilder PossibleDeepGlutealSyndrome(int weeks) => CaseBuilder.Baseline()
        .Locations(PainLocation.DeepButtockSciaticNotch)
        .Aggravators(Aggravator.Sitting)
        .Test(ExamTest.SeatedPiriformisStretch, TestResult.Positive)
        .SymptomWeeks(weeks);

    private static Recommendation Item(PathwayResult r, string id, Urgency urgency)
    {
        var item = Assert.Single(r.Recommendations, x => x.Id == id);
        Assert.Equal(urgency, item.Urgency);
        Assert.Equal(ItemCategory.Investigation, item.Category);
        Assert.NotEmpty(item.References);
        Assert.Equal(TraceOutcome.Fired, r.TraceOf(id).Outcome);
        return item;
    }

    [Fact]
    public void IMG03_is_urgent_after_RF05_and_never_otherwise()
    {
        var fired = Evaluate(CaseBuilder.Baseline().RedFlags(f => f with { SignificantTrauma = TriState.Yes }));
        var silent = Evaluate(CaseBuilder.Baseline());

        Assert.Equal(["RF-05"], Item(fired, "IMG-03", Urgency.Urgent).Emitters);
        Assert.Equal(TraceOutcome.NotApplicable, silent.TraceOf("IMG-03").Outcome);
    }

    [Fact]
    public void IMG02_is_not_deduplicated_against_a_lumbar_MRI_already_done()
    {
        var r = Evaluate(CaseBuilder.Baseline().Lumbar(m => m with { SuspiciousLesion = TriState.Yes }));

        Item(r, "IMG-02", Urgency.Urgent);
    }

    [Fact]
    public void IMG04_is_urgent_for_a_suspected_avulsion_in_week_4()
    {
        var r = Evaluate(AlertCases.SuspectedAvulsion(weeks: 4));

        Item(r, "IMG-04", Urgency.Urgent);
    }

    [Fact]
    public void IMG04_is_soon_for_a_suspected_avulsion_in_week_5()
    {
        var r = Evaluate(AlertCases.SuspectedAvulsion(weeks: 5));

        Item(r, "IMG-04", Urgency.Soon);
    }

    [Fact]
    public void IMG04_is_already_available_when_a_hamstring_MRI_is_recorded()
    {
        // V05: its conditions hold (Confirmed, decision Pending) but the MRI is in the input.
        var r = Evaluate(AlertCases.ConfirmedAvulsion(HamstringModality.Mri, 2, 3.0m));

        Assert.False(r.Recommends("IMG-04"));
        Assert.False(r.Considers("IMG-04"));
        Assert.Equal(TraceOutcome.AlreadyAvailable, r.TraceOf("IMG-04").Outcome);
    }

    [Fact]
    public void IMG04_orders_MRI_for_a_confirmed_avulsion_seen_only_on_ultrasound()
    {
        var r = Evaluate(AlertCases.ConfirmedAvulsion(HamstringModality.Ultrasound, 1, 1.0m));

        Item(r, "IMG-04", Urgency.Urgent);
    }

    [Fact]
    public void IMG04_is_not_applicable_once_the_surgical_decision_is_recorded()
    {
        var r = Evaluate(AlertCases.ConfirmedAvulsion(HamstringModality.Ultrasound, 2, 3.0m, AvulsionSurgicalDecision.NonOperative));

        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("IMG-04").Outcome);
    }

    [Fact]
    public void IMG04_is_not_applicable_for_typical_PHT()
    {
        var r = Evaluate(CaseBuilder.TypicalPht());

        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("IMG-04").Outcome);
    }

    [Fact]
    public void IMG04_survives_an_emergency_red_flag()
    {
        var r = Evaluate(AlertCases.SuspectedAvulsion().Neuro(n => n with { WorstMyotomeMrc = 3 }));

        Item(r, "IMG-04", Urgency.Urgent);
    }

    [Fact]
    public void IMG08_is_routine_for_possible_ischiofemoral_impingement_without_hamstring_MRI()
    {
        var r = Evaluate(PossibleIschiofemoralImpingement());

        Assert.Equal(Likelihood.Possible, r.Dx("DX-06"));
        Item(r, "IMG-08", Urgency.Routine);
    }

    [Fact]
    public void IMG08_fires_when_only_ultrasound_was_done()
    {
        var r = Evaluate(PossibleIschiofemoralImpingement().Imaging(i => i with
        {
            HamstringModality = HamstringModality.Ultrasound, SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No,
            QuadratusFemorisOedema = TriState.No,
        }));

        Assert.True(r.Recommends("IMG-08"));
    }

    [Fact]
    public void IMG08_is_not_applicable_when_a_hamstring_MRI_is_recorded()
    {
        var r = Evaluate(PossibleIschiofemoralImpingement().Imaging(i => i with
        {
            HamstringModality = HamstringModality.Mri, IschiofemoralSpaceMm = 12, QuadratusFemorisOedema = TriState.Yes,
            SciaticNerveSignalChangeOrPerineuralFibrosis = TriState.No,
        }));

        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("IMG-08").Outcome);
    }

    [Fact]
    public void IMG08_is_not_applicable_without_ischiofemoral_impingement()
    {
        var r = Evaluate(CaseBuilder.TypicalPht());

        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("IMG-08").Outcome);
    }

    [Fact]
    public void IMG08_is_suppressed_by_an_emergency_red_flag_listing_it()
    {
        var r = Evaluate(PossibleIschiofemoralImpingement().Neuro(n => n with { WorstMyotomeMrc = 3 }));

        Assert.False(r.Recommends("IMG-08"));
        Assert.False(r.Considers("IMG-08"));
        var trace = r.TraceOf("IMG-08");
        Assert.Equal(TraceOutcome.SuppressedBy, trace.Outcome);
        Assert.Equal(["RF-02"], trace.SuppressedBy);
        Assert.True(r.Recommends("ACT-SAMEDAY-SPINAL"));
        Assert.True(r.Recommends("IMG-01"));
    }

    [Fact]
    public void IMG08_suppression_lists_every_emergency_red_flag()
    {
        var r = Evaluate(PossibleIschiofemoralImpingement()
            .RedFlags(f => f with { BladderDisturbance = TriState.Yes })
            .Neuro(n => n with { WeaknessProgressive = TriState.Yes }));

        Assert.Equal(["RF-01", "RF-02"], r.TraceOf("IMG-08").SuppressedBy);
    }

    [Fact]
    public void IMG08_is_suppressed_by_an_urgent_red_flag()
    {
        var r = Evaluate(PossibleIschiofemoralImpingement().RedFlags(f => f with { SignificantTrauma = TriState.Yes }));

        Assert.Equal(["RF-05"], r.TraceOf("IMG-08").SuppressedBy);
        Assert.True(r.Recommends("IMG-03"));
    }

    [Fact]
    public void IMG09_is_routine_for_possible_deep_gluteal_syndrome_at_12_weeks()
    {
        var r = Evaluate(PossibleDeepGlutealSyndrome(12));

        Assert.True(r.Dx("DX-03") >= Likelihood.Possible);
        Item(r, "IMG-09", Urgency.Routine);
    }

    [Fact]
    public void IMG09_is_not_applicable_at_11_weeks()
    {
        var r = Evaluate(PossibleDeepGlutealSyndrome(11));

        Assert.Equal(TraceOutcome.NotApplicable, r.TraceOf("IMG-09").Outcome);
    }

    [Fact]
    public void IMG09_is_suppressed_by_RF04_at_urgent()
    {
        var r = Evaluate(PossibleDeepGlutealSyndrome(20)
            .RedFlags(f => f with { CancerHistory = TriState.Yes, UnexplainedWeightLoss = TriState.Yes }));

        Assert.Equal(["RF-04"], r.TraceOf("IMG-09").SuppressedBy);
        Assert.True(r.Recommends("ACT-URGENT-SPECIALIST"));
    }
}
