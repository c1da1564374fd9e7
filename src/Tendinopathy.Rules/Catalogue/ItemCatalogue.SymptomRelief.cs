namespace Tendinopathy.Rules.Catalogue;

// Texts for symptom relief and medicines (SYM-), PATHWAY.md 4.5, with the review of the oral NSAID (ESC-01, 4.12) and the
// prompt for the low-back-pain status that SYM-04 needs (MISS-15, 3.5). Evidence comes from the rules of the same ID; dose
// and protocol lines, cautions and contraindication reasons are added per case by the rules.
internal static partial class ItemCatalogue
{
    static partial void AddSymptomRelief(List<ItemDefinition> list)
    {
        list.Add(Item("SYM-01", "Cryotherapy (ice) for short-term pain relief",
            "Optional short-term pain relief: melting ice or iced water in a wet towel over the painful area for about 10 minutes, which may be repeated intermittently (10 min on, 10 off, 10 on) several times a day. Use a damp barrier; never put ice directly on the skin. Expect only a modest effect over a deep tendon.",
            "You can use ice to ease the pain for a short time: wrap ice or iced water in a wet towel and hold it on the sore area for about 10 minutes, then take it off for 10 minutes and, if you like, put it back for another 10. Never put ice straight onto your skin.",
            category: ItemCategory.SymptomReliefNonDrug));

        list.Add(Item("SYM-02", "Oral NSAID, short course",
            "A short course of an oral NSAID for pain relief only: the lowest effective dose for the shortest time, reviewed within 14 days; one NSAID at a time. It does not change the long-term outcome of the tendon; in sciatica NICE notes limited evidence of benefit and a risk of harm. Add gastroprotection when a gastrointestinal caution applies; with a cardiovascular caution avoid diclofenac and COX-2 inhibitors.",
            "An anti-inflammatory painkiller by mouth (such as ibuprofen or naproxen) can ease the pain for a short time. Take the lowest dose that helps for as few days as possible, and only one such medicine at a time; we will review it within two weeks. It will not heal the tendon by itself.",
            category: ItemCategory.Pharmacological));

        list.Add(Item("SYM-03", "Topical NSAID",
            "A topical NSAID over the painful area: an alternative to an oral NSAID, or the first choice when systemic risk is higher, with fewer systemic adverse effects. Its benefit over other analgesics for a deep tendon is uncertain.",
            "An anti-inflammatory gel rubbed on the sore area is an option with fewer side effects than tablets, although it may help less for a deep tendon.",
            category: ItemCategory.Pharmacological));

        list.Add(Item("SYM-04", "Paracetamol",
            "Paracetamol as a simple analgesic option, particularly when NSAIDs are unsuitable. Not recommended for low back pain alone (DNO-19).",
            "Paracetamol is a simple painkiller you can use, especially if anti-inflammatory medicines are not suitable for you.",
            category: ItemCategory.Pharmacological));

        list.Add(Item("ESC-01", "Review of the oral NSAID",
            "Stop or review the oral NSAID (SYM-02) within 14 days: benefit, adverse effects and whether it is still needed (shortest period).",
            "Your anti-inflammatory tablets should be reviewed within two weeks, to check whether they help and whether you still need them.",
            category: ItemCategory.FollowUp));

        list.Add(Item("MISS-15", "Low-back-pain status unknown",
            "Whether the patient has low back pain is not recorded. Paracetamol (SYM-04) needs a known 'no' (it is not recommended for low back pain alone), so it is withheld until the status is recorded.",
            "We need to know whether you also have low back pain before we can suggest paracetamol.",
            priority: MissingInformationPriority.Medium));
    }
}
