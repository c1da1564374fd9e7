namespace Tendinopathy.Rules.Catalogue;

// Texts for the working diagnoses (DX-), PATHWAY.md 3.3. Evidence comes from the DX- rules.
internal static partial class ItemCatalogue
{
    static partial void AddDiagnoses(List<ItemDefinition> list)
    {
        list.Add(Item("DX-01", "Proximal hamstring tendinopathy (PHT)",
            "Load-related tendinopathy of the proximal hamstring origin: a clinical diagnosis from lower-gluteal pain with sitting or running, pain on ischial palpation and on tendon provocation tests (Puranen–Orava, bent-knee stretch, modified bent-knee stretch, single-leg bridge). Imaging supports but is not required.",
            "An irritated hamstring tendon where it attaches to the sitting bone. It usually settles with the right amount of exercise over a few months."));
        list.Add(Item("DX-02", "Lumbar radicular pain (sciatica)",
            "Radicular leg pain from a lumbar nerve root: pain below the knee with neural tension signs (SLR, slump, crossed SLR), dermatomal or myotomal signs, or concordant nerve-root compression on MRI. Managed per NICE NG59.",
            "Pain travelling down the leg from an irritated nerve in the lower back (sciatica). Most people improve with time, staying active and exercise."));
        list.Add(Item("DX-03", "Deep gluteal syndrome (sciatic nerve entrapment)",
            "Sciatic nerve entrapment in the deep gluteal space: deep buttock pain with sitting intolerance and positive seated/active piriformis tests, after lumbar causes have been considered; pelvic MRI / MR neurography supports it.",
            "The sciatic nerve may be squeezed in the deep buttock, which can cause buttock pain on sitting and pain down the leg."));
        list.Add(Item("DX-04", "PHT with sciatic nerve involvement (hamstring syndrome)",
            "Proximal hamstring tendinopathy with irritation of the adjacent sciatic nerve: posterior thigh paraesthesia or burning, neural provocation signs, or sciatic signal change / perineural fibrosis near the ischial tuberosity.",
            "The irritated hamstring tendon is also bothering the nearby sciatic nerve, which can cause tingling or burning in the back of the thigh."));
        list.Add(Item("DX-05", "Proximal hamstring avulsion",
            "Partial or complete avulsion of the proximal hamstring tendons from the ischial tuberosity, suspected after an acute mechanism with a pop, bruising, inability to sit or walk normally or a palpable gap; confirmed on imaging. Often missed or diagnosed late; early surgical opinion matters.",
            "The hamstring tendons may have torn away from the sitting bone. This needs a scan and a specialist opinion quickly, because early repair can be easier."));
        list.Add(Item("DX-06", "Ischiofemoral impingement",
            "Impingement of the quadratus femoris between the ischium and the lesser trochanter: pain lateral to the ischium with long strides or hip extension–adduction; supported by a narrow ischiofemoral space or quadratus femoris oedema on MRI.",
            "A muscle between the hip bone and the thigh bone may be pinched when you take long strides, causing buttock pain."));
        list.Add(Item("DX-07", "Undifferentiated lower-gluteal pain",
            "No working diagnosis reaches Possible and no red flag fired: complete the missing examination and review in 2 weeks; only low-risk symptom relief is offered meanwhile.",
            "We do not yet know the exact cause of your buttock pain. A few more checks at your next visit will help."));
    }
}
