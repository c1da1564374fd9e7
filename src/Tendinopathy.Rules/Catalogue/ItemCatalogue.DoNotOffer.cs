namespace Tendinopathy.Rules.Catalogue;

// Texts for the do-not-offer list (DNO-), PATHWAY.md 4.14, except DNO-32 (added with the loading rules). DNO items are
// displayed by list rules named for the items they show, so each entry carries its own evidence code and references.
internal static partial class ItemCatalogue
{
    private static readonly string[] Ng59 = ["REF-NICE-NG59"];

    static partial void AddDoNotOffer(List<ItemDefinition> list)
    {
        list.Add(Dno("DNO-01", "Gabapentinoids for sciatica",
            "Do not offer gabapentinoids (gabapentin, pregabalin) for sciatica.",
            "Gabapentin and pregabalin are not recommended for sciatica: they do not help enough to outweigh their side effects.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-02", "Other antiepileptics for sciatica",
            "Do not offer other antiepileptic drugs for sciatica.",
            "Other epilepsy medicines are not recommended for sciatica.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-03", "Oral corticosteroids for sciatica",
            "Do not offer oral corticosteroids for sciatica.",
            "Steroid tablets are not recommended for sciatica.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-04", "Benzodiazepines for sciatica",
            "Do not offer benzodiazepines for sciatica.",
            "Benzodiazepines (such as diazepam) are not recommended for sciatica.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-05", "Opioids for chronic sciatica",
            "Do not offer opioids for chronic sciatica.",
            "Strong painkillers such as opioids are not recommended for long-lasting sciatica.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-06", "Belts or corsets",
            "Do not offer belts or corsets for low back pain or sciatica.",
            "Back belts and corsets are not recommended.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-07", "Foot orthotics",
            "Do not offer foot orthotics for low back pain or sciatica.",
            "Shoe inserts are not recommended for back pain or sciatica.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-08", "Rocker-sole shoes",
            "Do not offer rocker-sole shoes for low back pain or sciatica.",
            "Special rocker-sole shoes are not recommended for back pain or sciatica.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-09", "Traction",
            "Do not offer traction for low back pain or sciatica.",
            "Stretching the spine with traction is not recommended.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-10", "Acupuncture",
            "Do not offer acupuncture for low back pain or sciatica.",
            "Acupuncture is not recommended for back pain or sciatica.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-11", "Therapeutic ultrasound",
            "Do not offer therapeutic ultrasound for low back pain or sciatica.",
            "Ultrasound treatment is not recommended for back pain or sciatica.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-12", "Percutaneous electrical nerve stimulation (PENS)",
            "Do not offer percutaneous electrical nerve stimulation (PENS) for low back pain or sciatica.",
            "Nerve stimulation through needles (PENS) is not recommended.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-13", "Transcutaneous electrical nerve stimulation (TENS)",
            "Do not offer transcutaneous electrical nerve stimulation (TENS) for low back pain or sciatica.",
            "TENS machines are not recommended for back pain or sciatica.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-14", "Interferential therapy",
            "Do not offer interferential therapy for low back pain or sciatica.",
            "Interferential (electrical current) therapy is not recommended.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-15", "Routine lumbar imaging in a non-specialist setting",
            "Do not routinely offer lumbar imaging in a non-specialist setting for low back pain or sciatica without a red flag; imaging belongs in a specialist setting, and only when the result would change management (IMG-06).",
            "A back scan is not needed routinely. It rarely changes treatment and is only arranged by a specialist when it would.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-16", "Epidurals for neurogenic claudication with central canal stenosis",
            "Do not offer epidural injections for neurogenic claudication in a person with central spinal canal stenosis.",
            "Spinal (epidural) injections are not recommended when leg symptoms come from narrowing of the spinal canal.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-17", "Spinal injections for low back pain without sciatica",
            "Do not offer spinal injections for low back pain without sciatica.",
            "Injections into the spine are not recommended for back pain that does not spread down the leg.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-18", "Disc replacement or spinal fusion for low back pain",
            "Do not offer disc replacement, and do not offer spinal fusion for low back pain other than as part of a randomised controlled trial.",
            "Operations to replace a disc or fuse the spine are not recommended for low back pain, except within a research trial.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-19", "Paracetamol alone for low back pain",
            "Do not offer paracetamol alone for managing low back pain.",
            "Paracetamol on its own is not recommended for low back pain.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-20", "Opioids for low back pain",
            "Do not offer opioids for chronic low back pain, nor routinely for acute low back pain.",
            "Opioid painkillers are not recommended for long-lasting low back pain, and are not used routinely for recent back pain.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-21", "Antidepressants for low back pain",
            "Do not offer SSRIs, SNRIs or tricyclic antidepressants for low back pain.",
            "Antidepressant medicines are not recommended to treat low back pain.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-22", "Anticonvulsants for low back pain",
            "Do not offer anticonvulsants for low back pain.",
            "Epilepsy medicines are not recommended to treat low back pain.",
            "G-DNO", Ng59));
        list.Add(Dno("DNO-30", "Corticosteroid injection into the tendon",
            "Never inject corticosteroid into the tendon substance: intratendinous steroid harms tendon tissue. Any injection is image-guided and peritendinous.",
            "A steroid injection must never go into the tendon itself, because it can weaken it.",
            "EO", ["REF-FREDBERG1997"]));
        list.Add(Dno("DNO-31", "Stand-alone injection, shockwave or PRP",
            "Do not give an injection, shockwave therapy or platelet-rich plasma as a stand-alone treatment without an exercise / loading programme.",
            "Injections or shockwave treatment only help alongside your exercise programme, never instead of it.",
            "EO", ["REF-GOOM2016", "REF-BEATTY2017"]));
        list.Add(Dno("DNO-33", "Complete rest or immobilisation for PHT",
            "Do not offer complete rest or immobilisation as the sole treatment for proximal hamstring tendinopathy; rest is relative (reduce provocative load, keep loading).",
            "Complete rest does not help a tendon heal. Reduce what makes it worse, but keep the tendon working with the right exercises.",
            "EO", ["REF-WILSON2005", "REF-SILBERNAGEL2007"]));
        list.Add(Dno("DNO-34", "Early surgical referral for chronic PHT",
            "Do not refer for a surgical opinion for proximal hamstring tendinopathy before 12 weeks of documented failed conservative care (structured loading).",
            "Surgery is not considered until at least 3 months of a well-followed exercise programme have not helped enough.",
            "EO", ["REF-SEED", "REF-WILSON2005"]));
        list.Add(Dno("DNO-40", "Stretching, shockwave or injections in an avulsion",
            "In a suspected or confirmed proximal hamstring avulsion, do not offer hamstring stretching, shockwave therapy, corticosteroid injection or platelet-rich plasma.",
            "With a possible torn-off hamstring tendon, avoid stretching the back of your thigh, and shockwave or injection treatments are not used.",
            "EO", ["REF-SPEC"]));
        list.Add(Dno("DNO-50", "Conservative-only plan during an emergency red flag",
            "While an emergency red flag is unresolved, do not offer a conservative-only or self-management-only plan: the patient needs same-day specialist assessment.",
            "Your symptoms need to be checked in hospital today. Exercise or self-care at home alone is not safe until then.",
            "EO", ["REF-BMJBP-CES"]));
        list.Add(Dno("DNO-51", "Delaying emergency referral for a rectal examination or bladder scan",
            "Do not delay emergency referral or MRI for suspected cauda equina syndrome to perform a rectal examination or a bladder scan; a residual below 200 mL does not exclude it.",
            "Do not wait for any extra test before going to hospital: the emergency team will do what is needed there.",
            "EO", ["REF-BMJBP-CES"]));
    }

    private static ItemDefinition Dno(string id, string title, string clinician, string patient, string code, string[] references) =>
        Item(id, title, clinician, patient, code: code, references: references);
}
