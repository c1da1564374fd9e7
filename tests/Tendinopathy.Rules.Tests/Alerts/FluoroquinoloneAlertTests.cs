using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Alerts;

public sealed class FluoroquinoloneAlertTests
{
    [Fact]
    public void AL02_fires_urgent_with_prescriber_review_for_PHT_during_a_current_fluoroquinolone()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().Medication(MedicationClass.Fluoroquinolone));

        Assert.Equal(Likelihood.Likely, r.Dx("DX-01"));
        var alert = AlertCases.Alert(r, "AL-02", Urgency.Urgent);
        Assert.Equal(["ACT-FQ-REVIEW"], alert.Actions);
        Assert.Contains(alert.References, x => x.Id == "REF-MHRA2019");
        var review = Assert.Single(r.Recommendations, x => x.Id == "ACT-FQ-REVIEW");
        Assert.Equal(Urgency.Urgent, review.Urgency);
        Assert.Equal(ItemCategory.MedicationSafety, review.Category);
        Assert.Equal(["AL-02"], review.Emitters);
        Assert.Contains(review.References, x => x.Id == "REF-MHRA2024");
        Assert.True(Urgency.Urgent <= r.OverallUrgency);
        Assert.DoesNotContain("AL-03", r.AlertIds());
    }

    [Fact]
    public void AL02_fires_for_a_suspected_avulsion_during_a_current_fluoroquinolone()
    {
        var r = Evaluate(AlertCases.SuspectedAvulsion().Medication(MedicationClass.Fluoroquinolone));

        Assert.True(r.Dx("DX-05") >= Likelihood.Possible);
        AlertCases.Alert(r, "AL-02", Urgency.Urgent);
    }

    [Fact]
    public void AL02_is_silent_without_a_tendon_diagnosis_and_AL03_fires_instead()
    {
        var r = Evaluate(CaseBuilder.Baseline().Medication(MedicationClass.Fluoroquinolone));

        Assert.DoesNotContain("AL-02", r.AlertIds());
        var alert = AlertCases.Alert(r, "AL-03", Urgency.Routine);
        Assert.Contains(alert.TriggeringFacts, f => f.Field == "Medications.Fluoroquinolone" && f.Value == "Current");
        Assert.False(r.Recommends("ACT-FQ-REVIEW"));
    }

    [Fact]
    public void AL02_is_silent_for_a_stopped_fluoroquinolone_and_AL03_fires()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 20));

        Assert.DoesNotContain("AL-02", r.AlertIds());
        var alert = AlertCases.Alert(r, "AL-03", Urgency.Routine);
        Assert.Contains(alert.TriggeringFacts, f => f.Value == "Stopped 20 days ago");
        Assert.False(r.Recommends("ACT-FQ-REVIEW"));
        Assert.Equal(Urgency.Routine, r.OverallUrgency);
    }

    [Fact]
    public void AL03_fires_60_days_after_the_last_dose()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 60));

        Assert.Contains("AL-03", r.AlertIds());
    }

    [Fact]
    public void AL03_is_silent_61_days_after_the_last_dose()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 61));

        Assert.DoesNotContain(r.Alerts, a => a.Id.StartsWith("AL-0", StringComparison.Ordinal));
    }

    [Fact]
    public void AL03_fires_on_a_recorded_fluoroquinolone_even_when_the_list_was_not_reviewed()
    {
        var r = Evaluate(CaseBuilder.Baseline()
            .With(c => c with { Medications = c.Medications with { Reviewed = false } })
            .Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 5));

        Assert.Contains("AL-03", r.AlertIds());
    }

    [Fact]
    public void AL04_with_AL02_gives_one_urgent_prescriber_review_from_both_alerts()
    {
        // V07: ciprofloxacin and prednisolone, aged 63, PHT.
        var r = Evaluate(CaseBuilder.TypicalPht().Age(63)
            .Medication(MedicationClass.Fluoroquinolone)
            .Medication(MedicationClass.SystemicCorticosteroid));

        AlertCases.Alert(r, "AL-02", Urgency.Urgent);
        var alert = AlertCases.Alert(r, "AL-04", Urgency.Urgent);
        Assert.Equal(["ACT-FQ-REVIEW"], alert.Actions);
        Assert.Contains(alert.TriggeringFacts, f => f.Field == "Medications.SystemicCorticosteroid");
        Assert.Contains(alert.TriggeringFacts, f => f.Field == "Patient.AgeYears" && f.Value == "63");

        var review = Assert.Single(r.Recommendations, x => x.Id == "ACT-FQ-REVIEW");
        Assert.Equal(Urgency.Urgent, review.Urgency);
        Assert.Equal(["AL-02", "AL-04"], review.Emitters);
        Assert.Equal(["AL-02", "AL-04"], r.TraceOf("ACT-FQ-REVIEW").Emitters);
        Assert.Contains(review.References, x => x.Id == "REF-MHRA2024");   // from AL-02
        Assert.Contains(review.References, x => x.Id == "REF-MORALES2019"); // from AL-04
        Assert.DoesNotContain("AL-03", r.AlertIds());
    }

    [Fact]
    public void AL04_is_routine_without_prescriber_review_after_the_fluoroquinolone_was_stopped()
    {
        var r = Evaluate(CaseBuilder.Baseline().Age(60).Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 20));

        var alert = AlertCases.Alert(r, "AL-04", Urgency.Routine);
        Assert.Empty(alert.Actions);
        Assert.False(r.Recommends("ACT-FQ-REVIEW"));
        Assert.Contains("AL-03", r.AlertIds());
    }

    [Fact]
    public void AL04_is_silent_at_age_59_without_another_risk_factor()
    {
        var r = Evaluate(CaseBuilder.Baseline().Age(59).Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 20));

        Assert.DoesNotContain("AL-04", r.AlertIds());
    }

    [Fact]
    public void AL04_fires_with_eGFR_below_60()
    {
        var r = Evaluate(CaseBuilder.Baseline()
            .Comorbidities(c => c with { ChronicKidneyDisease = new ChronicKidneyDisease { EgfrMlMin = 45, Stage = CkdStage.G3a } })
            .Medication(MedicationClass.Fluoroquinolone));

        var alert = AlertCases.Alert(r, "AL-04", Urgency.Urgent);
        Assert.Contains(alert.TriggeringFacts, f => f.Field == "EgfrBelow60");
        Assert.True(r.Recommends("ACT-FQ-REVIEW"));
    }

    [Fact]
    public void AL04_fires_after_a_solid_organ_transplant()
    {
        var r = Evaluate(CaseBuilder.Baseline()
            .Comorbidities(c => c with { SolidOrganTransplant = true })
            .Medication(MedicationClass.Fluoroquinolone, MedicationStatus.Stopped, 3));

        AlertCases.Alert(r, "AL-04", Urgency.Routine);
    }

    [Fact]
    public void AL04_is_silent_for_a_corticosteroid_without_a_fluoroquinolone()
    {
        var r = Evaluate(CaseBuilder.TypicalPht().Age(70).Medication(MedicationClass.SystemicCorticosteroid));

        Assert.DoesNotContain("AL-04", r.AlertIds());
    }
}
