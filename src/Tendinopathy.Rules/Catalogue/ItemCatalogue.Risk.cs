namespace Tendinopathy.Rules.Catalogue;

// Texts for risk factors and medicine-safety adjustments (RISK-), PATHWAY.md 4.11. RISK-04 is an annotation on INJ-01
// (0.1), so it has no category and no trace entry. Evidence comes from the rules of the same ID.
internal static partial class ItemCatalogue
{
    static partial void AddRisk(List<ItemDefinition> list)
    {
        list.Add(Item("RISK-01", "Fluoroquinolone: tendon-rupture risk",
            "Recent or current fluoroquinolone (risk persists for about 60 days): a corticosteroid injection is contraindicated, no progression into loading phases P4–P5 while the risk lasts, and loading and shockwave are suspended while a current fluoroquinolone coincides with tendon pain. Advise the patient to stop the antibiotic and contact the prescriber if tendon pain appears.",
            "Your antibiotic (a fluoroquinolone, such as ciprofloxacin) can harm tendons for up to two months. If tendon pain starts or gets worse while you take it, stop the antibiotic and contact the person who prescribed it.",
            category: ItemCategory.MedicationSafety));

        list.Add(Item("RISK-02", "Systemic corticosteroid: tendon and NSAID risk",
            "Current systemic corticosteroid: raises tendon-rupture risk (especially with a fluoroquinolone); an oral NSAID needs gastroprotection (CAU-NSAID-GI); a corticosteroid injection needs caution (CI-CSI).",
            "Steroid tablets can weaken tendons and, with anti-inflammatory painkillers, irritate the stomach. We take this into account in your treatment plan.",
            category: ItemCategory.MedicationSafety));

        list.Add(Item("RISK-03", "Modifiable tendon risk factors",
            "Education on modifiable tendon risk factors: training-load errors (sudden increases, hill and speed work), biomechanics, body weight, medicines (e.g. fluoroquinolones, corticosteroids) and systemic disease (e.g. diabetes).",
            "Some things that strain the tendon can be changed: sudden increases in training, hills and sprinting, body weight, some medicines and conditions such as diabetes. We will go through those that apply to you.",
            category: ItemCategory.Education));

        list.Add(Item("RISK-04", "Diabetes: blood-glucose warning",
            "A corticosteroid injection can cause a transient rise in blood glucose; advise closer glucose monitoring for a few days.",
            "A steroid injection can raise your blood sugar for a few days; check it more often after the injection."));
    }
}
