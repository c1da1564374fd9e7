using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.LoadManagement;

/// <summary>
/// LM-00 (PATHWAY.md 4.2): with DX-01, DX-04 or DX-06 at least Possible, explain the condition — a load-related tendon or
/// nerve-interface problem that adapts to graded load over months, usually settling within 3–6 months.
/// </summary>
[Name("LM-00"), Description("Explain the condition and the role of graded load"), Tag(PathwayStage.LoadManagement), Priority(Salience.Treatment)]
[Evidence("EO", "REF-WILSON2005", "REF-NASSER2021B")]
internal sealed class ConditionEducationRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => LoadManagementContext.TendonOrInterface(d));

        Then()
            .Do(ctx => ctx.Recommend(dx.Case));
    }
}
