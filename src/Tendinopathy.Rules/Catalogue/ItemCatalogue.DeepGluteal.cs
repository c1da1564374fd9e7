namespace Tendinopathy.Rules.Catalogue;

// Texts for deep gluteal syndrome, hamstring syndrome and ischiofemoral impingement (DGS-), PATHWAY.md 4.9. DGS-04 has no
// entry: it displays the DNO-01…DNO-05 items, which carry their own texts. Evidence comes from the rule of the same ID.
internal static partial class ItemCatalogue
{
    static partial void AddDeepGluteal(List<ItemDefinition> list)
    {
        list.Add(Item("DGS-01", "Conservative multimodal care for sciatic nerve irritation",
            "Start with conservative multimodal care: avoid provoking positions (prolonged sitting, sustained hip flexion with adduction and internal rotation), graded hip and hamstring strengthening, sciatic nerve-mobility exercises as tolerated, and analgesia as set out in the SYM- items.",
            "The nerve at the back of your buttock is irritated. Avoiding long spells of sitting and positions that bring on the pain, gradually strengthening your hip, and gentle nerve-gliding exercises usually help first.",
            category: ItemCategory.Exercise));
        list.Add(Item("DGS-02", "Specialist referral for a perineural injection",
            "Symptoms of deep gluteal syndrome for 6 weeks or more: consider referral to a specialist for an image-guided perineural injection around the sciatic nerve, which is both diagnostic and therapeutic. The specialist applies the injection contraindications.",
            "A specialist may offer an injection around the sciatic nerve in your buttock, guided by a scan. It can ease the pain and also help confirm where the problem is.",
            category: ItemCategory.Referral));
        list.Add(Item("DGS-03", "Activity modification and hip strengthening for ischiofemoral impingement",
            "Modify activity (shorter strides, avoid combined hip extension and adduction, LM-07) and strengthen the hip abductors and extensors; seek a specialist opinion if there is no improvement after 12 weeks.",
            "Taking shorter steps, avoiding long strides, and strengthening the muscles at the side and back of your hip usually help. If it is not better after about 3 months, a specialist can review you.",
            category: ItemCategory.Exercise));
    }
}
