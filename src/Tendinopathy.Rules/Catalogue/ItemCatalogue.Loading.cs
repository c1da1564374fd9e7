namespace Tendinopathy.Rules.Catalogue;

// Texts for the staged loading programme (LOAD-), PATHWAY.md 4.3, and the items this stage owns elsewhere in the lists:
// DNO-32 (4.14), MISS-10 and MISS-13 (3.5). The starting or target phase, its content and dosing are item details added by
// the rule. Evidence comes from the rule of the same ID.
internal static partial class ItemCatalogue
{
    static partial void AddLoading(List<ItemDefinition> list)
    {
        list.Add(Item("LOAD-START", "Start the staged loading programme",
            "Start the staged hamstring loading programme in the phase shown below (P1 isometric, low hip flexion; or P2 isotonic strength with minimal hip flexion), with its content and dosing. Difficulty rises with load, speed and hip-flexion angle; progress one phase at a time using the pain-monitoring model (pain during loading up to 5/10, settled by the next morning, not worsening week on week). Set up a daily load test (default: short-lever single-leg bridge, 3 repetitions).",
            "You will start an exercise programme that loads the tendon step by step, beginning at the level shown. Some discomfort is fine, but keep it to 5 out of 10 or less, and it should settle by the next morning. Each day, do a simple test movement and score your pain, so you and your clinician can see how the tendon is coping.",
            category: ItemCategory.Exercise));

        list.Add(Item("LOAD-CONTINUE", "Continue the staged loading programme",
            "Continue the staged loading programme at the phase decided by the pain-monitoring model this visit (content and dosing below); after a Regress, at the reduced load. Phases are never skipped.",
            "Carry on with your exercise programme at the level agreed today (details below). If you were asked to step back, use the lighter load you managed well before.",
            category: ItemCategory.Exercise));

        list.Add(Item("DNO-32", "Static or aggressive hamstring stretching in phases P1–P2",
            "Do not prescribe static or aggressive hamstring stretching (hip flexion with knee extension) while the programme is in phase P1 or P2 (or not yet started): it compresses the proximal tendon against the ischium.",
            "Do not do strong or long-held hamstring stretches at this stage: they press the sore tendon against the bone and can make it worse."));

        list.Add(Item("MISS-10", "Pain-monitoring data not recorded",
            "One or more pain-monitoring inputs (worst pain during loading, next-morning load test, load-test baseline) were not recorded, so the loading decision defaults to Hold (PMM-07). Record them to allow progression.",
            "We need your pain scores during the exercises and on the morning test before we can decide whether to move your programme on.",
            priority: MissingInformationPriority.Medium));

        list.Add(Item("MISS-13", "Starting-phase inputs not recorded",
            "One or more of the inputs that choose the starting phase of loading (load-test pain, sitting tolerance, rest or night pain, pain now) were not recorded, so the programme starts in P1 by default. Record them to allow a P2 start.",
            "A few details about your pain were not recorded, so your exercises start at the gentlest level to be safe.",
            priority: MissingInformationPriority.Medium));
    }
}
