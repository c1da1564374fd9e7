namespace Tendinopathy.Rules.Catalogue;

// Texts for investigations (IMG-), PATHWAY.md 3.4.
internal static partial class ItemCatalogue
{
    static partial void AddInvestigations(List<ItemDefinition> list)
    {
        list.Add(Item("IMG-01", "Emergency MRI of the lumbosacral spine",
            "Emergency MRI of the lumbosacral spine, in hospital, within 4 hours of the request where cauda equina syndrome is suspected.",
            "You need an urgent MRI scan of your lower back in hospital today.",
            category: ItemCategory.Investigation));

        list.Add(Item("IMG-02", "Urgent MRI of the spine / pelvis with blood tests",
            "Urgent MRI of the spine and/or pelvis plus blood tests (for example full blood count, inflammatory markers, cultures or tumour work-up) as directed by the receiving specialist, at the urgency of the red flag.",
            "You need an urgent scan of your back or pelvis and some blood tests. The specialist team will arrange them.",
            category: ItemCategory.Investigation));

        list.Add(Item("IMG-03", "Urgent pelvic radiograph",
            "Urgent pelvic radiograph; if it is normal and a stress fracture is still suspected, MRI of the pelvis.",
            "You need an X-ray of your pelvis soon. If it looks normal but a small crack in the bone is still possible, you may need an MRI scan.",
            category: ItemCategory.Investigation));

        list.Add(Item("IMG-04", "MRI with proximal-hamstring protocol",
            "MRI of the pelvis/hip with a proximal-hamstring protocol, fast enough for a surgical decision within 4 weeks of injury (target within 7 days): it distinguishes a partial from a complete avulsion, counts the tendons involved and measures retraction. Protect the injury and hold any loading programme until it is reported.",
            "You need an MRI scan of the back of your thigh and hip soon, ideally within a week. It shows whether the hamstring tendon has torn away from the bone and how far, so a surgeon can help you decide on treatment in time.",
            category: ItemCategory.Investigation));

        list.Add(Item("IMG-08", "MRI for ischiofemoral impingement",
            "MRI of the pelvis/hip to measure the ischiofemoral and quadratus femoris spaces and look for quadratus femoris oedema.",
            "An MRI scan of your hip can show whether a muscle is being pinched between the sitting bone and the top of the thigh bone.",
            category: ItemCategory.Investigation));

        list.Add(Item("IMG-09", "Consider nerve conduction studies / EMG",
            "Consider nerve conduction studies / EMG of the sciatic nerve through a specialist: supportive, not mandatory, for a deep gluteal syndrome lasting 12 weeks or more.",
            "A specialist may offer a test that measures how well the large nerve in your buttock and leg is working. It can help, but it is not essential.",
            category: ItemCategory.Investigation));
    }
}
