namespace Tendinopathy.Rules.Catalogue;

// Texts for shockwave therapy (ESWT-), PATHWAY.md 4.7. Evidence comes from the rule of the same ID.
internal static partial class ItemCatalogue
{
    static partial void AddShockwave(List<ItemDefinition> list)
    {
        list.Add(Item("ESWT-01", "Radial extracorporeal shockwave therapy",
            "Radial ESWT as an adjunct to continued loading, with the trialled protocol: 2,500 impulses per session at an energy flux density of 0.18 mJ/mm², no local anaesthetic, one session a week for 4 weeks; review at 3 months. With sciatic nerve involvement (DX-04) avoid focusing over the sciatic nerve course. Not within 6 weeks of a corticosteroid injection. Evidence: one small trial in professional athletes; generalisability uncertain.",
            "Shockwave treatment sends sound-wave pulses into the sore tendon, once a week for 4 weeks, alongside your exercise programme. It can be uncomfortable but needs no anaesthetic. We will check how you are 3 months later.",
            category: ItemCategory.Device));
    }
}
