namespace Tendinopathy.Rules.Catalogue;

// Texts for time-critical and safety alerts (AL-), PATHWAY.md 3.2. Their action items (ACT-) are in ItemCatalogue.RedFlags.cs.
internal static partial class ItemCatalogue
{
    static partial void AddAlerts(List<ItemDefinition> list)
    {
        list.Add(Item("AL-01", "Suspected, surgically relevant or MRI-pending proximal hamstring avulsion",
            "A proximal hamstring avulsion is suspected, meets the size criteria for a surgical opinion, or is confirmed but awaits the MRI the surgical decision needs. Early repair (within about 4 weeks of injury) is technically easier: arrange MRI and surgical review promptly, protect the injury (avoid hip flexion with the knee straight, walking aids if needed) and do not start a loading programme until imaging or surgeon review.",
            "The hamstring tendon may have torn away from your sitting bone. This needs a scan and, if confirmed, a surgeon's opinion quickly, because repair works best within about 4 weeks of the injury. Until then, avoid bending forward with straight legs or stretching the back of the thigh, and do not start strengthening exercises."));

        list.Add(Item("AL-02", "Fluoroquinolone with tendon pain",
            "Tendon pain during a current fluoroquinolone: the patient should stop the antibiotic now and the prescriber should be contacted the same or next day to choose an alternative (MHRA). Loading and shockwave are suspended while it continues; advise relative rest of the painful tendon, then reassess once the fluoroquinolone is stopped.",
            "The antibiotic you are taking (a fluoroquinolone, such as ciprofloxacin) can damage tendons, and your tendon is already painful. Stop taking it now and contact the doctor who prescribed it today or tomorrow for a different antibiotic. Rest the painful tendon and pause your exercise programme until you have been reviewed."));

        list.Add(Item("AL-03", "Recent fluoroquinolone exposure",
            "Fluoroquinolone current or taken within the risk window (default 60 days): the risk of tendon injury and rupture stays raised for about 60 days after exposure. Give tendon-risk advice; no corticosteroid injection and no progression into loading phases P4–P5 during this window (RISK-01).",
            "You have recently taken an antibiotic (a fluoroquinolone) that can weaken tendons for about two months afterwards. Build up exercise gently and tell us straight away if a tendon becomes newly painful or swollen."));

        list.Add(Item("AL-04", "High-risk tendon combination with a fluoroquinolone",
            "Fluoroquinolone exposure with a further tendon-rupture risk factor (current systemic corticosteroid, age 60 or over, eGFR below 60 or a solid-organ transplant). Combined fluoroquinolone and oral corticosteroid use showed about a 19-fold Achilles-rupture rate ratio. While the fluoroquinolone is current, contact the prescriber the same or next day; otherwise give tendon-risk advice.",
            "The antibiotic you are taking or took recently, together with your age, other medicines or health conditions, makes tendon tears more likely. If you are still taking it, your prescriber needs to review it today or tomorrow. Avoid heavy or sudden loading and tell us straight away if a tendon becomes painful."));

        list.Add(Item("AL-05", "Inflammatory back-pain features",
            "Inflammatory back-pain features (early-morning stiffness over 30 minutes, improvement with exercise, alternating buttock pain, onset before 45): consider rheumatology assessment for axial spondyloarthritis.",
            "Some of your symptoms, such as long morning stiffness that gets better with movement, can be caused by inflammation of the spine joints. A joint specialist (rheumatologist) may need to check this."));
    }
}
