namespace Tendinopathy.Rules.Catalogue;

// Texts for sciatica (SCI-, NICE NG59), PATHWAY.md 4.8, with the sciatica investigations IMG-06 and IMG-07 (3.4) and the
// MISS-14 prompt (3.5). SCI-07 and SCI-10 are annotations (no category: not list entries, not trace rules); their clinician
// text is the annotation. Evidence comes from the rule of the same ID.
internal static partial class ItemCatalogue
{
    static partial void AddSciatica(List<ItemDefinition> list)
    {
        list.Add(Item("SCI-01", "Self-management advice for sciatica",
            "Give advice and written information tailored to the person's needs to support self-management of sciatica, and encourage them to carry on with normal activities as far as they can.",
            "Sciatica usually gets better with time. Keeping as active as you can and carrying on with your usual activities helps. We will give you information on how to manage it yourself.",
            category: ItemCategory.Education));
        list.Add(Item("SCI-02", "Risk stratification (e.g. STarT Back)",
            "Consider a risk-stratification tool such as STarT Back at first contact to decide how much support to offer (simpler, less intensive care for lower risk; more comprehensive support for higher risk).",
            "We may ask you a short set of questions to decide how much support will help you most.",
            category: ItemCategory.Education));
        list.Add(Item("SCI-03", "Group exercise programme",
            "Consider a group exercise programme (biomechanical, aerobic, mind–body or a combination), taking the person's needs, preferences and capabilities into account.",
            "Exercising in a group, for example strengthening, aerobic or mind–body exercise, can help with sciatica.",
            category: ItemCategory.Exercise));
        list.Add(Item("SCI-04", "Manual therapy only with exercise",
            "Consider manual therapy (spinal manipulation, mobilisation or soft-tissue techniques) only as part of a treatment package that includes exercise, never on its own.",
            "Hands-on treatment such as manipulation or massage may help, but only together with an exercise programme.",
            category: ItemCategory.Exercise));
        list.Add(Item("SCI-05", "Cognitive-behavioural approach within an exercise package",
            "Consider psychological therapy using a cognitive-behavioural approach only as part of a package that includes exercise; consider a combined physical and psychological programme when there are psychosocial obstacles to recovery or previous evidence-based care has not helped.",
            "Because the pain has lasted a while or is likely to be harder to shift, a programme that combines exercise with help in coping with pain and getting back to activities may be useful.",
            category: ItemCategory.Exercise));
        list.Add(Item("SCI-06", "Staying in or returning to work",
            "Promote and facilitate staying in work, or an early return to work and normal activities, with adjustments where needed.",
            "Staying at work, or getting back to work and your normal routine as soon as you can, usually helps recovery. We can help you plan any changes you need.",
            category: ItemCategory.Education));
        list.Add(Item("SCI-07", "NICE NG59 wording for NSAIDs in sciatica",
            "SCI-07 (NICE NG59): evidence of benefit from NSAIDs in sciatica is limited; before prescribing, consider gastrointestinal, liver and cardio-renal risk; use the lowest effective dose for the shortest possible period.",
            "Anti-inflammatory tablets help sciatica only a little and can have side effects, so if you take them use the lowest dose for the shortest time."));
        list.Add(Item("SCI-08", "Referral for an epidural injection",
            "Consider referral for an epidural injection of local anaesthetic and steroid for acute and severe sciatica. This is a specialist procedure: lumbar imaging is usually not available at referral, and the specialist excludes central canal stenosis (epidurals are not offered for neurogenic claudication with central canal stenosis, DNO-16) before injecting.",
            "Your leg pain is severe and recent. A specialist may be able to offer an injection near the irritated nerve (an epidural) to ease it. They will check, with a scan if needed, that it is suitable for you before doing it.",
            category: ItemCategory.Referral));
        list.Add(Item("SCI-09", "Referral for a spinal decompression opinion",
            "Consider referral for an opinion on spinal decompression: sciatica with nerve-root compression on MRI concordant with the symptoms, whose pain or function has not improved with non-surgical treatment.",
            "Your scan shows a trapped nerve that matches your symptoms, and treatment so far has not helped enough. A spinal surgeon can talk with you about whether an operation to free the nerve would help.",
            category: ItemCategory.Referral));
        list.Add(Item("SCI-10", "Factors that must not sway the decompression referral",
            "SCI-10 (NICE NG59): body mass index, smoking status and psychological distress must not influence the decision to refer for a spinal decompression opinion.",
            "Your weight, whether you smoke, or how stressed or low you feel do not decide whether you can see a spinal surgeon."));
        list.Add(Item("SCI-11", "Review of current sciatica medicines",
            "The patient is taking an opioid, gabapentinoid, other antiepileptic or benzodiazepine (for sciatica, or for an unrecorded reason). NICE advises against these for sciatica: explain the risks of continuing; if a shared decision is made to stop, discuss withdrawal problems and plan a gradual taper. Extrapolated to deep gluteal syndrome and hamstring syndrome (EO).",
            "Some of the medicines you take for nerve pain are not recommended for sciatica because the risks can outweigh the benefits. Please do not stop them suddenly: we will talk about whether and how to reduce them slowly and safely.",
            category: ItemCategory.MedicationSafety));
        list.Add(Item("SCI-12", "Safety-net: when to seek emergency care",
            "Safety-net advice: the patient must seek emergency care at once for new bladder or bowel disturbance, saddle (perianal/genital) numbness, new sexual dysfunction, or weakness or numbness in both legs (possible cauda equina syndrome).",
            "Go to an emergency department straight away, day or night, if you notice new problems passing urine or controlling your bladder or bowels, numbness between your legs or around your bottom, new problems with sexual function, or weakness or numbness in both legs.",
            category: ItemCategory.Education, safetyNet: true));

        list.Add(Item("IMG-06", "Specialist setting for lumbar MRI",
            "Refer to a specialist setting where lumbar MRI may be considered because the result would change management: an epidural (SCI-08) or a spinal decompression opinion (SCI-09 requires a concordant MRI). Do not order lumbar imaging from a non-specialist setting (DNO-15).",
            "A specialist will decide whether you need an MRI scan of your lower back. A scan is only useful if it would change your treatment, such as an injection or an operation.",
            category: ItemCategory.Investigation));
        list.Add(Item("IMG-07", "Pelvic MRI of the sciatic nerve course",
            "Pelvic MRI covering the course of the sciatic nerve (MR neurography where available), once lumbar causes have been considered, to look for entrapment or signal change in the deep gluteal space or at the ischial tuberosity.",
            "An MRI scan of your pelvis can show whether the sciatic nerve is being squeezed in your buttock.",
            category: ItemCategory.Investigation));

        list.Add(Item("MISS-14", "Neurogenic claudication status unknown",
            "Acute, severe sciatica meets every condition for an epidural referral (SCI-08) except that neurogenic claudication (leg symptoms on walking relieved by sitting or bending forward) is not recorded. Ask and record it: until it is known to be absent, SCI-08 — and the lumbar-imaging referral that depends on it (IMG-06) — are not recommended.",
            "We need to know whether walking brings on your leg symptoms and sitting or bending forward eases them. The answer decides whether an injection treatment could be suitable.",
            priority: MissingInformationPriority.Medium));
    }
}
