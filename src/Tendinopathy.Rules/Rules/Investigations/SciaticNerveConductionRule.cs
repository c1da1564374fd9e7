using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Investigations;

/// <summary>
/// IMG-09 (PATHWAY.md 3.4): consider nerve conduction studies / EMG through a specialist (supportive, not mandatory) when
/// DX-03 is at least Possible and symptoms have lasted at least 12 weeks (DER-01 ChronicSymptoms). Routine.
/// </summary>
[Name("IMG-09"), Description("Consider nerve conduction studies / EMG for deep gluteal syndrome"), Tag(PathwayStage.Investigations)]
[Priority(Salience.Treatment)]
[Evidence("EO", "REF-PARK2020")]
internal sealed class SciaticNerveConductionRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.DeepGluteal >= Likelihood.Possible, d => d.Case.ChronicSymptoms);

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Routine, null, null, null, null));
    }
}
