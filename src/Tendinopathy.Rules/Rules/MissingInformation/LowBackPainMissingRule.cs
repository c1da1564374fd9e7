using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway.SymptomRelief;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>
/// MISS-15 (PATHWAY.md 3.5): SYM-04's other conditions hold (DX-01, DX-04, DX-05 or DX-06 at least Possible) but
/// <c>History.LowBackPain</c> is Unknown, so paracetamol is withheld (it needs a known No).
/// </summary>
[Name("MISS-15"), Description("Low-back-pain status unknown"), Tag(PathwayStage.MissingInformation), Priority(Salience.Missing)]
[Evidence("EO", "REF-SPEC")]
internal sealed class LowBackPainMissingRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx,
                d => ReliefDiagnoses.TendonAvulsionOrImpingement(d),
                d => d.Case.History.LowBackPain == TriState.Unknown);

        Then()
            .Do(ctx => ctx.Prompt(dx.Case, "History.LowBackPain"));
    }
}
