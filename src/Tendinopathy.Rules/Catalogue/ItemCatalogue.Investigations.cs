namespace Tendinopathy.Rules.Catalogue;

// Texts for investigations (IMG-), PATHWAY.md 3.4.
internal static partial class ItemCatalogue
{
    static partial void AddInvestigations(List<ItemDefinition> list)
    {
        list.Add(Item("IMG-01", "Emergency MRI of the lumbosacral spine",
            "Emergency MRI of the lumbosacral spine, in hospital, within 4 hours of the request where cauda equina syndrome is suspected.",
            "You need an urgent MRI scan of your lower back in hospital today.",
            category: ItemCategory.Investigation));

        list.Add(Item("IMG-02", "Urgent MRI of the spine / pelvis with blood tests",
            "Urgent MRI of the spine and/or pelvis plus blood tests (for example full blood count, inflammatory markers, cultures or tumour work-up) as directed by the receiving specialist, at the urgency of the red flag.",
            "You need an urgent scan of your back or pelvis and some blood tests. The specialist team will arrange them.",
            category: ItemCategory.Investigation));

        list.Add(Item("IMG-03", "Urgent pelvic radiograph",
            "Urgent pelvic radiograph; if it is normal and a stress fracture is still suspected, MRI of the pelvis.",
            "You need an X-ray of your pelvis soon. If it looks normal but a small crack in the bone is still possible, you may need an MRI scan.",
            category: ItemCategory.Investigation));
    }
}
