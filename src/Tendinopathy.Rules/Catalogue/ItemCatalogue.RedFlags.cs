namespace Tendinopathy.Rules.Catalogue;

// Texts for red flags (RF-), alerts (AL-) and their action items (ACT-), PATHWAY.md 3.1 and 3.2.
internal static partial class ItemCatalogue
{
    static partial void AddRedFlags(List<ItemDefinition> list)
    {
        list.Add(Item("RF-01", "Suspected cauda equina syndrome",
            "Possible cauda equina syndrome: arrange emergency spinal assessment and MRI now. Do not delay referral or MRI to perform a rectal examination or bladder scan; a post-void residual below 200 mL does not exclude cauda equina syndrome.",
            "Some of your symptoms can be a sign of pressure on the nerves at the bottom of the spine, which needs to be checked in hospital today. Please go to the emergency department now."));

        list.Add(Item("RF-02", "Severe or progressive motor deficit",
            "Progressive weakness, or a nerve-root myotome graded MRC 3 or less: arrange same-day assessment by the spinal / orthopaedic team and emergency MRI of the lumbosacral spine. Do not start or continue a conservative plan while this is unexplained.",
            "Your leg muscles are weak, or getting weaker, which can mean a nerve is badly squeezed. You need to be seen by the hospital spine team today."));

        list.Add(Item("RF-03", "Suspected spinal or pelvic infection",
            "Features suggesting spinal or pelvic infection (fever or systemic illness with infection risk, non-mechanical pain or a suspicious MRI lesion; or infection risk with non-mechanical pain, since fever is often absent): arrange same-day hospital assessment, with MRI and an infection work-up as the admitting team directs.",
            "Your symptoms could be caused by an infection near the spine or pelvis. This needs to be checked in hospital, with a scan and blood tests."));

        list.Add(Item("RF-04", "Suspected malignancy",
            "Features suggesting malignancy (cancer history, unexplained weight loss, non-mechanical pain, a first episode at 50 or over with these, or a suspicious lesion on lumbar MRI): urgent specialist referral (acute oncology / spinal) within 24–48 h with urgent MRI. With any neurological deficit (reflex change, objective sensory loss, myotome MRC 4 or less) treat as possible metastatic cord or cauda equina compression: emergency spinal referral.",
            "Some of your symptoms need a quick check to rule out a serious cause such as a growth near the spine or pelvis. You will be referred to a specialist and offered a scan within a day or two, or today if your legs are affected."));

        list.Add(Item("RF-05", "Suspected fracture (including ischial or pubic ramus stress fracture)",
            "Significant trauma, or minor trauma with osteoporosis or long-term corticosteroid use: suspect a fracture, including an ischial or pubic ramus stress fracture. Urgent pelvic radiograph (MRI if normal and suspicion persists) and urgent orthopaedic / specialist referral within 24–48 h; avoid loading until a fracture is excluded.",
            "Because of your injury or bone health, a broken or cracked bone in the pelvis needs to be ruled out. You need an X-ray and a specialist review within a day or two; avoid exercises that load the sore area until then."));

        list.Add(Item("ACT-EMERGENCY-SPINAL", "Emergency spinal referral",
            "Immediate referral to the emergency / on-call spinal service, day or night. The patient must not be sent home with a conservative plan.",
            "You need to be seen by the hospital spine team straight away, today. Do not wait to see if things settle.",
            category: ItemCategory.Referral));

        list.Add(Item("ACT-SAMEDAY-SPINAL", "Same-day spinal / orthopaedic assessment",
            "Same-day assessment by the spinal / orthopaedic team; contact the on-call team now rather than booking a routine referral.",
            "You need to be seen by the hospital spine or bone team today.",
            category: ItemCategory.Referral));

        list.Add(Item("ACT-SAMEDAY-HOSPITAL", "Same-day hospital assessment for possible infection",
            "Same-day hospital assessment for possible spinal or pelvic infection; the admitting team directs MRI, blood tests and cultures.",
            "You need to go to hospital today so they can check for an infection near your spine or pelvis.",
            category: ItemCategory.Referral));

        list.Add(Item("ACT-URGENT-SPECIALIST", "Urgent specialist referral (24–48 h)",
            "Urgent specialist referral within 24–48 h: acute oncology, spinal or orthopaedic team as the suspected cause requires.",
            "You are being referred urgently to a specialist, who should see you within one to two days.",
            category: ItemCategory.Referral));

        list.Add(Item("ACT-FQ-REVIEW", "Prescriber review of the fluoroquinolone",
            "Contact the prescriber the same or next day to review the fluoroquinolone: usually stop it and choose an alternative antibiotic (MHRA: stop at the first sign of tendon pain or inflammation).",
            "The antibiotic you are taking can damage tendons. Stop taking it now and contact the doctor who prescribed it today or tomorrow so they can give you a different one.",
            category: ItemCategory.MedicationSafety));
    }
}
