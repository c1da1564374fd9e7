using Tendinopathy.Rules.Derived;

namespace Tendinopathy.Rules.Pathway.SymptomRelief;

/// <summary>The diagnosis conditions of the SYM- rows of PATHWAY.md 4.5 (and MISS-15, which mirrors SYM-04).</summary>
internal static class ReliefDiagnoses
{
    /// <summary>SYM-01, SYM-04, MISS-15: DX-01, DX-04, DX-05 or DX-06 at least Possible.</summary>
    public static bool TendonAvulsionOrImpingement(WorkingDiagnoses dx) =>
        dx.Pht >= Likelihood.Possible || dx.HamstringSyndrome >= Likelihood.Possible || dx.Avulsion >= Likelihood.Possible ||
        dx.Ischiofemoral >= Likelihood.Possible;

    /// <summary>SYM-02: any of DX-01…DX-06 at least Possible.</summary>
    public static bool AnyWorkingDiagnosis(WorkingDiagnoses dx) =>
        TendonAvulsionOrImpingement(dx) || dx.Radicular >= Likelihood.Possible || dx.DeepGluteal >= Likelihood.Possible;

    /// <summary>SYM-01: DX-01, DX-04, DX-05 or DX-06 at least Possible, or DX-07 fired.</summary>
    public static bool Cryotherapy(WorkingDiagnoses dx) => TendonAvulsionOrImpingement(dx) || dx.UndifferentiatedFired;

    /// <summary>SYM-03: any of DX-01…DX-06 at least Possible, or DX-07 fired.</summary>
    public static bool TopicalNsaid(WorkingDiagnoses dx) => AnyWorkingDiagnosis(dx) || dx.UndifferentiatedFired;
}
