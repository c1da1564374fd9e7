namespace Tendinopathy.Rules.Catalogue;

// Texts for injections (INJ-), PATHWAY.md 4.6, and for the two hamstring-imaging items whose conditions read INJ-01 and
// ESWT-01 (IMG-10, and IMG-05 which reads IMG-10), 3.4. Evidence comes from the rules of the same ID.
internal static partial class ItemCatalogue
{
    static partial void AddInjections(List<ItemDefinition> list)
    {
        list.Add(Item("INJ-01", "Image-guided peritendinous corticosteroid injection",
            "Consider a corticosteroid injection for short-term relief to enable loading: image-guided, peritendinous, not intratendinous (ultrasound or fluoroscopy guided, around the tendon origin / ischial bursa, never into the tendon substance). Continue the loading programme and reduce provocative load for about 2 weeks afterwards. Not within 6 weeks of ESWT. Expect only a minority to have lasting benefit (in one series about half improved for more than a month and about a quarter for more than 6 months).",
            "A steroid injection next to (not into) the tendon, guided by a scan, may ease the pain for a while so that you can keep doing your exercises. Keep up your exercise programme and go easier on painful activities for about two weeks afterwards. The effect often wears off, and it is not given within 6 weeks of shockwave treatment.",
            category: ItemCategory.Injection));

        list.Add(Item("INJ-02", "Platelet-rich plasma injection",
            "Platelet-rich plasma is considered and not recommended: one small RCT (n = 15) found no difference from whole-blood injection, a pilot cohort showed no significant VISA-H change at 8 weeks, positive data come from retrospective case series, and overall certainty is very low.",
            "Injections of platelet-rich plasma (made from your own blood) have not been shown to work for this tendon problem, so they are not recommended.",
            category: ItemCategory.Injection));

        list.Add(Item("IMG-10", "Hamstring-origin imaging",
            "Image the proximal hamstring origin: MRI preferred (more sensitive than ultrasound for peritendinous oedema and tendinopathy); ultrasound acceptable to support a typical clinical picture when MRI is unavailable, and to guide an injection.",
            "A scan of the hamstring tendon at your sitting bone, ideally an MRI (an ultrasound scan is an alternative), will help confirm the diagnosis or plan a treatment.",
            category: ItemCategory.Investigation));

        list.Add(Item("IMG-05", "No imaging needed to start treatment",
            "Informational: the clinical picture is typical of proximal hamstring tendinopathy, so no imaging is needed to start treatment. Reconsider imaging if the picture changes or the response to loading is insufficient.",
            "You do not need a scan before starting treatment: your symptoms and examination are typical of this tendon problem.",
            category: ItemCategory.Investigation, isOrder: false));
    }
}
