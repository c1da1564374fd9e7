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
    }
}
