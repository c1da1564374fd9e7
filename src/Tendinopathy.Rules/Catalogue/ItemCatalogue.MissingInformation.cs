namespace Tendinopathy.Rules.Catalogue;

// Texts for missing-information prompts (MISS-), PATHWAY.md 3.5. Each states what is missing, why it matters and what it
// blocks. Their evidence comes from the MISS- rule of the same ID.
internal static partial class ItemCatalogue
{
    static partial void AddMissingInformation(List<ItemDefinition> list)
    {
        list.Add(Item("MISS-01", "Red-flag screen incomplete",
            "One or more cauda equina screening questions (new bladder or bowel disturbance, saddle numbness, new sexual dysfunction, bilateral leg symptoms) are unanswered. Ask them now: until they are answered the plan is provisional and the screen cannot be reported as clear.",
            "We still need to ask you a few important questions about your bladder, bowel, sexual function, numbness between your legs and symptoms in both legs. Until then, this plan is only provisional.",
            priority: MissingInformationPriority.High));

        list.Add(Item("MISS-02", "Hamstring-origin tests not performed",
            "Ischial pain is recorded but ischial tuberosity palpation, or all of the provocation tests (Puranen–Orava, bent-knee stretch, modified bent-knee stretch, single-leg bridge), were not performed. Without them proximal hamstring tendinopathy can reach Likely only through imaging.",
            "A few simple tests of the tendon at your sitting bone have not been done yet. They help confirm what is causing your pain without needing a scan.",
            priority: MissingInformationPriority.Medium));

        list.Add(Item("MISS-03", "Nerve tension tests not performed",
            "Neural leg symptoms are recorded (pain below the knee or posterior-thigh paraesthesia / burning) but neither the straight-leg raise nor the slump test was performed, so nerve-root tension (C-LRP-2) cannot be assessed.",
            "You have nerve-type leg symptoms, but the simple leg-raising tests that check whether a nerve is irritated have not been done yet.",
            priority: MissingInformationPriority.Medium));

        list.Add(Item("MISS-04", "Neurological examination not recorded",
            "Leg pain radiates below the knee but no neurological examination (power, sensation, reflexes) is recorded, so a severe or progressive motor deficit (RF-02) cannot be excluded. Examine and record it.",
            "Your leg pain spreads below the knee, so your leg strength, feeling and reflexes need to be checked.",
            priority: MissingInformationPriority.High));

        list.Add(Item("MISS-05", "Medication list not reviewed",
            "The medication list has not been reviewed, so absence of a contraindicating medicine is unknown. Oral and topical NSAIDs, paracetamol, corticosteroid injection and shockwave are listed as considered and not recommended (MISSING_MEDICATION_REVIEW) until it is.",
            "We need a full list of the medicines you take before we can suggest any medicines, injections or shockwave treatment safely.",
            priority: MissingInformationPriority.High));

        list.Add(Item("MISS-06", "Comorbidities not reviewed",
            "Comorbidities have not been reviewed, so absence of a contraindicating condition is unknown. Cryotherapy, NSAIDs, paracetamol, corticosteroid injection and shockwave are listed as considered and not recommended (MISSING_COMORBIDITY_REVIEW) until they are.",
            "We need to know about your other health conditions before we can suggest ice treatment, medicines, injections or shockwave treatment safely.",
            priority: MissingInformationPriority.High));

        list.Add(Item("MISS-07", "Pregnancy status unknown",
            "Pregnancy status is unknown in a patient for whom it is relevant. Oral and topical NSAIDs and shockwave are listed as considered and not recommended (MISSING_PREGNANCY_STATUS) until it is recorded.",
            "We need to know whether you are or might be pregnant, because some pain medicines and shockwave treatment are not safe in pregnancy.",
            priority: MissingInformationPriority.High));

        list.Add(Item("MISS-08", "Avulsion signs not recorded after an acute injury",
            "Acute onset with a typical or unrecorded avulsion mechanism, but a pop, posterior-thigh bruising, inability to sit or walk normally, or a palpable gap below the ischial tuberosity is not recorded. A proximal hamstring avulsion cannot be excluded: ask, examine and record them.",
            "Your pain started with a sudden injury. We need to check a few signs, such as a pop, bruising on the back of the thigh, trouble sitting or walking, or a gap under the sitting bone, to make sure the tendon has not torn off the bone.",
            priority: MissingInformationPriority.High));

        list.Add(Item("MISS-09", "Prior treatment not recorded",
            "Symptoms are chronic but no prior treatment is recorded, so escalation (ESC-04, ESC-05), shockwave (ESWT-01) and a surgical opinion (SURG-01) cannot be evaluated. Record previous treatments with their duration and response.",
            "You have had this pain for a long time. Tell us which treatments you have already tried, for how long and whether they helped, so we can plan the next steps.",
            priority: MissingInformationPriority.Medium));

        list.Add(Item("MISS-11", "VISA-H not recorded",
            "Proximal hamstring tendinopathy is possible but no VISA-H score is recorded. Record it as a baseline for monitoring progress (no decision is blocked).",
            "Please fill in a short questionnaire about your hamstring pain and activity, so we can measure how you improve over time.",
            priority: MissingInformationPriority.Low));

        list.Add(Item("MISS-12", "Oswestry Disability Index not recorded",
            "Lumbar radicular pain is possible but no Oswestry Disability Index is recorded; the severity criterion for an epidural referral (SCI-08) then relies on leg pain NRS alone. Record the ODI.",
            "Please fill in a short questionnaire about how your back and leg pain affect daily life. It helps judge how severe the problem is.",
            priority: MissingInformationPriority.Low));
    }
}
