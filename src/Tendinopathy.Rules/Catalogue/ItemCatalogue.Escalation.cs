namespace Tendinopathy.Rules.Catalogue;

// Texts for the escalation items ESC-02, ESC-04…ESC-07, PATHWAY.md 4.12 (ESC-01 and ESC-03 live with their own rules'
// catalogues). Evidence comes from the rule of the same ID.
internal static partial class ItemCatalogue
{
    static partial void AddEscalation(List<ItemDefinition> list)
    {
        list.Add(Item("ESC-02", "Insufficient response to loading: review",
            "Six weeks or more of structured loading with an insufficient response (poor reported response, VISA-H gain below the meaningful change, or a stable or worsening weekly trend): review the diagnosis, adherence and dosing; consider hamstring imaging (IMG-10) and, if its criteria are met, a corticosteroid injection (INJ-01).",
            "Your exercise programme has not helped as much as expected. We will check the diagnosis, how the exercises are going and whether the amount is right, and think about a scan or other treatment.",
            category: ItemCategory.FollowUp));
        list.Add(Item("ESC-04", "Failed conservative care for 12 weeks: escalate",
            "Twelve weeks or more of documented failed structured loading: consider shockwave therapy (ESWT-01) and hamstring MRI if not done; a surgical opinion may be considered (strength as set by SURG-01).",
            "After 3 months of exercise treatment without enough improvement, other options such as shockwave treatment or a scan may help, and a surgeon's opinion can be considered.",
            category: ItemCategory.FollowUp));
        list.Add(Item("ESC-05", "Failed conservative care for 26 weeks: surgical opinion",
            "Twenty-six weeks or more of documented failed structured loading: recommend referral for a surgical opinion (SURG-01, strength Recommend).",
            "After 6 months of exercise treatment without enough improvement, we recommend that you see a surgeon to discuss whether an operation could help.",
            category: ItemCategory.SurgicalReferral));
        list.Add(Item("ESC-06", "Specialist referral for sciatica",
            "Sciatica that is not tolerable, or not improving after 6 weeks or more: refer to a specialist (spinal / MSK interface service), which decides on an epidural (SCI-08), lumbar imaging (IMG-06) or a decompression opinion (SCI-09). Any new or worsening neurological deficit is a red flag (RF-02).",
            "Your leg pain is too severe or has not improved enough, so we will refer you to a specialist back and nerve pain service. If your leg becomes weaker or numb, seek help urgently.",
            category: ItemCategory.Referral));
        list.Add(Item("ESC-07", "Sciatic decompression opinion for deep gluteal syndrome",
            "Deep gluteal syndrome with 12 weeks or more of documented failed non-surgical care: refer to a hip-preservation or peripheral-nerve specialist to consider endoscopic or open sciatic nerve decompression.",
            "The trapped nerve in your buttock has not improved with treatment so far. A specialist can discuss whether a procedure to free the nerve would help.",
            category: ItemCategory.SurgicalReferral));
    }
}
