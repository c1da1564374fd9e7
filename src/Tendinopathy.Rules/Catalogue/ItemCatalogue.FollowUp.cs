namespace Tendinopathy.Rules.Catalogue;

// Texts for follow-up (FU-), PATHWAY.md 4.12, and ESC-03, which PMM-08 emits (4.4); configurable review intervals are
// added as item details by the rules. FU- evidence comes from the rule of the same ID; ESC-03 carries its own.
internal static partial class ItemCatalogue
{
    static partial void AddFollowUp(List<ItemDefinition> list)
    {
        list.Add(Item("FU-01", "Early review",
            "Arrange an early review (interval below). When a loading programme is active, review the load-test, pain-during-loading, next-morning and weekly-trend data.",
            "Come back for a check-up soon (see the time below). If you are doing the exercise programme, keep a note of your daily pain scores to bring with you.",
            category: ItemCategory.FollowUp));

        list.Add(Item("FU-02", "Programme review",
            "Review the loading programme regularly in the later phases (interval below), with the load-test, pain-during-loading, next-morning and weekly-trend data.",
            "Come back for a check-up regularly while you build up to full activity (see the time below), bringing your pain scores.",
            category: ItemCategory.FollowUp));

        list.Add(Item("FU-03", "Sciatica review",
            "Review the sciatica (interval below); earlier if leg pain escalates; immediately if any cauda equina symptom or new weakness develops.",
            "Come back for a check-up (see the time below), sooner if your leg pain gets worse. Get help immediately if you notice numbness between your legs, bladder or bowel problems, or new weakness in your leg.",
            category: ItemCategory.FollowUp));

        list.Add(Item("FU-04", "Review with examination completed",
            "The cause of the pain is not yet clear: review in 2 weeks and complete the missing examination.",
            "We have not yet worked out what is causing your pain. Please come back in 2 weeks so the remaining examination can be done.",
            category: ItemCategory.FollowUp));

        list.Add(Item("FU-05", "Avulsion review",
            "Review a suspected or confirmed avulsion awaiting the MRI or the surgical decision promptly (interval below), or as soon as the MRI or surgical opinion is available.",
            "Because the tendon may be torn from the bone, we need to see you again very soon, or as soon as your scan or the surgeon's opinion is available.",
            category: ItemCategory.FollowUp));

        list.Add(Item("ESC-03", "Clinician review after two consecutive regressions",
            "The loading programme has regressed at two consecutive visits: arrange a clinician review and reconsider the diagnosis, including lumbar radicular pain, deep gluteal syndrome, avulsion, ischiofemoral impingement and red flags.",
            "Your exercise programme has had to be stepped back twice in a row, so a clinician will review your care and check again what is causing your pain.",
            category: ItemCategory.FollowUp, code: "EO", references: ["REF-SPEC"]));
    }
}
