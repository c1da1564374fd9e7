using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Pathway.Sciatica;

namespace Tendinopathy.Rules.Pathway.MissingInformation;

/// <summary>
/// MISS-14 (PATHWAY.md 3.5, SAFE-14(e)): every SCI-08 condition other than <c>NeurogenicClaudication = No</c> holds (DX-02
/// Likely, acute, severe, no RF, central canal stenosis not Yes) and neurogenic claudication is Unknown, so neither SCI-08
/// nor IMG-06 through its SCI-08 branch is recommended.
/// </summary>
[Name("MISS-14"), Description("Neurogenic claudication status unknown in acute severe sciatica"), Tag(PathwayStage.MissingInformation)]
[Priority(Salience.Missing)]
[Evidence("EO", "REF-SPEC")]
internal sealed class ClaudicationStatusMissingRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => SciaticaCriteria.EpiduralBlockedByUnknownClaudication(d.Case, d), d => !d.AnyRedFlag);

        Then()
            .Do(ctx => ctx.Prompt(dx.Case, "History.NeurogenicClaudication"));
    }
}
