using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;

namespace Tendinopathy.Rules.Pathway.Sciatica;

/// <summary>
/// SCI-11 (PATHWAY.md 4.8, NICE NG59 §1.2 2020 update; extrapolated to DX-03/DX-04): in a sciatic context (DER-10), a
/// current opioid, gabapentinoid, other antiepileptic or benzodiazepine whose indication is not known to be something other
/// than sciatica: explain the risks of continuing and plan tapering if a shared decision to stop is made. MedicationSafety.
/// </summary>
[Name("SCI-11"), Description("Review of current sciatica medicines the guideline advises against"), Tag(PathwayStage.Sciatica)]
[Priority(Salience.Treatment)]
[Evidence("G", "REF-NICE-NG59")]
internal sealed class SciaticaMedicineReviewRule : Rule
{
    public override void Define()
    {
        WorkingDiagnoses dx = null!;

        When()
            .Match(() => dx, d => d.SciaticContext, d => SciaticaCriteria.TakesSciaticaMedicine(d.Case));

        Then()
            .Do(ctx => ctx.Recommend(dx.Case, Urgency.Routine, Detail(dx.Case)));
    }

    private static string Detail(CaseFact c) =>
        "Current: " + string.Join("; ", SciaticaCriteria.SciaticaMedicines(c).Select(f => f.ToString()));
}
