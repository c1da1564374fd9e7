namespace Tendinopathy.Rules.Catalogue;

// Texts for education and load management (LM-), PATHWAY.md 4.2. Evidence comes from the LM- rule of the same ID;
// configurable intervals are added as item details by the rules.
internal static partial class ItemCatalogue
{
    static partial void AddLoadManagement(List<ItemDefinition> list)
    {
        list.Add(Item("LM-00", "Explain the condition",
            "Explain that this is a load-related problem of the hamstring tendon (or of the nerve where it passes the tendon), not damage that rest will fix. Tendons adapt to gradually increased load over months; about 80% of overuse tendinopathies settle within 3–6 months of conservative care. Some pain during rehabilitation is acceptable as long as it stays within the pain-monitoring limits.",
            "Your pain comes from the tendon at your sitting bone (or a nearby nerve) being overloaded. Tendons get stronger when the load on them is increased gradually, and most people improve within 3 to 6 months. Some discomfort during your exercises is fine as long as it stays within the limits your clinician gives you.",
            category: ItemCategory.Education));

        list.Add(Item("LM-01", "Relative rest",
            "Relative, not complete, rest: keep the activities that leave the next-morning load test no worse than its baseline, and reduce running volume and speed rather than stopping all activity.",
            "Keep active, but cut back on what makes the tendon worse. A good guide: if your pain test the next morning is no worse than usual, the activity was fine. Run less far and less fast rather than stopping altogether.",
            category: ItemCategory.LoadManagement));

        list.Add(Item("LM-02", "Limit sustained and compressive sitting",
            "Limit sustained sitting, especially on hard or low seats; use a cushion that offloads the ischial tuberosity; break up sitting regularly (interval below); avoid sitting with the hips deeply flexed.",
            "Avoid sitting for long spells, especially on hard or low seats. Use a cushion that takes pressure off your sitting bone, get up regularly, and avoid sitting with your knees pulled up high towards your chest.",
            category: ItemCategory.LoadManagement));

        list.Add(Item("LM-03", "Avoid compressive deep hip flexion under load (early phases)",
            "In early rehabilitation (phases P1–P2) avoid loaded deep hip flexion that compresses the tendon against the ischium: deep squats, walking lunges, hill running, sprinting, straight-knee forward bending and high-hip-flexion cycling positions.",
            "For now, avoid movements that bend your hip deeply while it is loaded, such as deep squats, lunges, running uphill, sprinting, bending forward with straight knees, or cycling in a low, bent-over position. These squeeze the tendon against the bone.",
            category: ItemCategory.LoadManagement));

        list.Add(Item("LM-04", "Avoid static or aggressive hamstring stretching (early phases)",
            "Avoid static or aggressive hamstring stretching (hip flexion with knee extension) in the early phases; gentle range-of-motion work may return in P4–P5 if the load test stays settled. Conflict noted: older advice recommended frequent stretching; newer sources advise against early compressive stretch, and this pathway follows the newer, lower-risk position.",
            "Do not stretch your hamstrings hard for now: stretching squeezes the sore tendon. Gentle stretching can come back later in your programme if your pain stays settled.",
            category: ItemCategory.LoadManagement));

        list.Add(Item("LM-05", "Running technique and training errors",
            "Review running technique (over-striding, excessive anterior pelvic tilt), trunk and lumbopelvic control and gluteal strength, and correct training errors such as sudden increases in volume or speed.",
            "Your clinician will look at how you run (for example taking too long a stride), how well you control your trunk and hips, and the strength of your buttock muscles, and help you avoid sudden jumps in how far or fast you train.",
            category: ItemCategory.LoadManagement));

        list.Add(Item("LM-06", "Maintain fitness with non-provocative activity",
            "Maintain general fitness with activity that does not provoke the pain, for example swimming or walking at a comfortable stride.",
            "Stay fit with activities that do not bring on your pain, such as swimming or walking with a comfortable stride.",
            category: ItemCategory.LoadManagement));

        list.Add(Item("LM-07", "Shorten stride; avoid hip extension with adduction",
            "Avoid long strides and combined hip extension–adduction, which narrow the ischiofemoral space; shorten the stride when walking and running.",
            "Take shorter steps when you walk or run, and avoid movements that swing your leg far back and across your body, as these pinch the space where your pain comes from.",
            category: ItemCategory.LoadManagement));
    }
}
