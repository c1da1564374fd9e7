using Tendinopathy.Rules.Derived;

namespace Tendinopathy.Rules.Pathway.LoadManagement;

/// <summary>The diagnosis contexts of PATHWAY.md 4.2, shared by the LM- rules so each condition is one definition.</summary>
internal static class LoadManagementContext
{
    /// <summary>LM-00, LM-01, LM-02, LM-06: DX-01, DX-04 or DX-06 at least Possible.</summary>
    public static bool TendonOrInterface(WorkingDiagnoses dx) =>
        dx.Pht >= Likelihood.Possible || dx.HamstringSyndrome >= Likelihood.Possible || dx.Ischiofemoral >= Likelihood.Possible;

    /// <summary>LM-03, LM-04, LM-05: DX-01 or DX-04 at least Possible.</summary>
    public static bool Tendon(WorkingDiagnoses dx) => dx.PhtOrHamstringSyndromePossible;
}
