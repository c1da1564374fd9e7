using Tendinopathy.Rules.Tests.Support;
using static Tendinopathy.Rules.Tests.Support.Evaluation;

namespace Tendinopathy.Rules.Tests.Regression;

/// <summary>Shrunk counterexamples found by the FsCheck safety properties, kept as regular tests once fixed.</summary>
public sealed class PropertyCounterexampleTests
{
    /// <summary>
    /// SAFE-18 counterexample: SCI-11's triggering facts followed the caller's medication order, so two orderings of the
    /// same medicines gave different results. Fixed by putting every unordered list in canonical order before rules run.
    /// </summary>
    [Fact]
    public void SAFE18_SCI11_reason_facts_do_not_depend_on_the_order_of_the_medication_list()
    {
        var sciatica = CaseBuilder.Baseline()
            .Neuro(n => n with { RadiatingBelowKnee = TriState.Yes })
            .Aggravators(Aggravator.CoughSneezeStrain);
        var gabapentinFirst = sciatica.Medication(MedicationClass.Gabapentinoid).Medication(MedicationClass.Opioid);
        var opioidFirst = sciatica.Medication(MedicationClass.Opioid).Medication(MedicationClass.Gabapentinoid);

        var a = Evaluate(gabapentinFirst);
        Assert.True(a.Recommends("SCI-11"));
        Assert.Equal(PathwayJson.Write(a), PathwayJson.Write(Evaluate(opioidFirst)));
    }
}
