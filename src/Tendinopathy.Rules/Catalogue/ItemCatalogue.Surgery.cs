namespace Tendinopathy.Rules.Catalogue;

// Texts for surgery (SURG-), PATHWAY.md 4.13. SURG-02…SURG-04 are annotations on the item they name (0.1): they have no
// category, so they are neither list entries nor trace rules; their clinician text is the annotation. Evidence comes from the
// rule of the same ID. The engine recommends a surgical opinion only, never a technique (1.4).
internal static partial class ItemCatalogue
{
    /// <summary>SURG-01 option (a), listed always.</summary>
    internal const string SurgicalOptionTenotomy =
        "Option (a): semimembranosus tenotomy with reattachment to the biceps femoris, with exploration and release of the sciatic nerve";

    /// <summary>SURG-01 option (b), listed with a low-grade partial tear.</summary>
    internal const string SurgicalOptionDebridement = "Option (b): debridement and reattachment of the tendon";

    /// <summary>SURG-01 option (c), listed with DX-04 at least Possible.</summary>
    internal const string SurgicalOptionNeurolysis = "Option (c): sciatic neurolysis / division of constricting fibrous bands";

    /// <summary>The clinician text of an annotation item (SCI-07, SCI-10, SURG-02…SURG-04), from the rule set's catalogue.</summary>
    internal static string AnnotationText(CaseFact c, string id) => c.Collector.Model.Item(id).ClinicianText;

    static partial void AddSurgery(List<ItemDefinition> list)
    {
        list.Add(Item("SURG-01", "Surgical opinion for chronic PHT",
            "Refer for a surgical opinion for chronic proximal hamstring tendinopathy after documented failed conservative care, with MRI showing tendon pathology. The options the surgeon may weigh are listed with the facts that make them relevant.",
            "Your tendon problem has not settled despite months of exercise treatment. A surgeon can talk with you about whether an operation could help, and which kind.",
            category: ItemCategory.SurgicalReferral));
        list.Add(Item("SURG-02", "Avulsion repair options",
            "SURG-02: options the surgeon may weigh — acute anatomical reattachment of the avulsed tendons to the ischial tuberosity (suture anchors) within the early-repair window; delayed repair of a chronic avulsion, which may need more extensive mobilisation, graft augmentation and sciatic neurolysis; or non-operative rehabilitation through shared decision-making.",
            "The surgeon may discuss reattaching the tendon to the bone, a more complex repair if the injury is older, or treatment without an operation."));
        list.Add(Item("SURG-03", "Deep gluteal decompression options",
            "SURG-03: options the specialist may weigh — endoscopic or open release of the sciatic nerve in the deep gluteal space (division of fibrous bands or of the piriformis tendon, neurolysis, removal of a compressing lesion), for persistent or recurrent symptoms or a compressing mass.",
            "The specialist may discuss a keyhole or open operation to free the sciatic nerve in your buttock."));
        list.Add(Item("SURG-04", "Spinal decompression opinion",
            "SURG-04: the spinal surgeon weighs decompression of the compressed nerve root (for example microdiscectomy or foraminotomy) against continued non-surgical care.",
            "The spinal surgeon may discuss an operation to take pressure off the trapped nerve, or carrying on without surgery."));
    }
}
