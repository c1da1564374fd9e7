namespace Tendinopathy.Rules.Catalogue;

// Texts for red flags (RF-), alerts (AL-) and their action items (ACT-), PATHWAY.md 3.1 and 3.2.
internal static partial class ItemCatalogue
{
    static partial void AddRedFlags(List<ItemDefinition> list)
    {
        list.Add(Item("RF-01", "Suspected cauda equina syndrome",
            "Possible cauda equina syndrome: arrange emergency spinal assessment and MRI now. Do not delay referral or MRI to perform a rectal examination or bladder scan; a post-void residual below 200 mL does not exclude cauda equina syndrome.",
            "Some of your symptoms can be a sign of pressure on the nerves at the bottom of the spine, which needs to be checked in hospital today. Please go to the emergency department now."));

        list.Add(Item("ACT-EMERGENCY-SPINAL", "Emergency spinal referral",
            "Immediate referral to the emergency / on-call spinal service, day or night. The patient must not be sent home with a conservative plan.",
            "You need to be seen by the hospital spine team straight away, today. Do not wait to see if things settle.",
            category: ItemCategory.Referral));
    }
}
