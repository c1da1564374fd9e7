namespace Tendinopathy.Rules.Catalogue;

// Texts for proximal hamstring avulsion (AV-), PATHWAY.md 4.10. The engine recommends an opinion and a shared decision,
// never an operation. Evidence comes from the rule of the same ID.
internal static partial class ItemCatalogue
{
    /// <summary>AV-02 detail when the acute window (<c>AvulsionAcuteWeeks</c>) has passed.</summary>
    internal const string AvulsionBeyondRepairWindow =
        "Beyond the early-repair window: still refer — repair of a chronic avulsion is possible but technically more complex.";

    /// <summary>AV-04 detail for a competitive or professional athlete.</summary>
    internal const string AvulsionHighDemandOpinion =
        "Competitive or professional athlete: arrange a surgical opinion soon (within 2 weeks) alongside the rehabilitation.";

    static partial void AddAvulsion(List<ItemDefinition> list)
    {
        list.Add(Item("AV-01", "Protect a suspected avulsion and image it before loading",
            "Possible, suspected or MRI-pending proximal hamstring avulsion: arrange the hamstring-protocol MRI (IMG-04); protect the injury — avoid hip flexion with the knee straight, walking aids if needed, analgesia — and start no loading programme until the imaging or a surgeon has reviewed it.",
            "The hamstring tendons may have pulled away from your sitting bone. Until a scan or a specialist has checked, avoid bending forward with your knee straight or stretching the back of your thigh, use crutches if walking is hard, and do not start strengthening exercises yet.",
            category: ItemCategory.Referral));
        list.Add(Item("AV-02", "Urgent surgical opinion for a surgically relevant avulsion",
            "Complete avulsion of three tendons, or of two tendons retracted more than 2.0 cm: protect the injury as in AV-01 and refer urgently to an orthopaedic or sports surgeon for a shared operative-versus-non-operative decision within the early-repair window (aim for a decision within 2 weeks and, if repair is chosen, surgery within 4 weeks of injury). Surgery is favoured mainly on case-series evidence; non-operative care is a reasonable choice for some, so the decision is shared.",
            "The scan shows the hamstring tendons have torn away from the bone. You need to see a surgeon urgently to decide together whether an operation or rehabilitation without surgery is best for you; if you choose an operation, it works best within about 4 weeks of the injury. Until then, protect the leg.",
            category: ItemCategory.SurgicalReferral));
        list.Add(Item("AV-03", "Add sciatic nerve involvement to the avulsion referral",
            "Confirmed avulsion with sciatic symptoms or signs: state sciatic nerve involvement in the urgent surgical referral so that the surgeon can assess and, if needed, release the nerve.",
            "The torn tendon may also be irritating the sciatic nerve. The surgeon will be told so that the nerve is checked as well.",
            category: ItemCategory.SurgicalReferral));
        list.Add(Item("AV-04", "Non-operative rehabilitation of a confirmed avulsion",
            "Confirmed avulsion managed without surgery: staged rehabilitation starting in phase P1 once pain allows, progressing by the pain-monitoring rules; competitive or professional athletes also get a prompt surgical opinion.",
            "Your tendon injury can be treated with a gradual exercise programme without an operation. You will start with gentle exercises once the pain allows and build up step by step.",
            category: ItemCategory.Exercise));
        list.Add(Item("AV-05", "Surgical opinion for a chronic incomplete avulsion with persisting pain",
            "Partial or incomplete avulsion managed non-operatively with pain persisting at 6 months or more: refer for a surgical opinion on repair of the chronic incomplete avulsion (case series report return to pre-injury sport after repair in patients refractory to non-operative care).",
            "Your hamstring injury is still painful after 6 months of treatment without surgery. A surgeon can talk with you about whether repairing the tendon would help.",
            category: ItemCategory.SurgicalReferral));
    }
}
