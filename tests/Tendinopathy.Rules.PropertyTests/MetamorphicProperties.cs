using System.Collections.Concurrent;
using static Tendinopathy.Rules.PropertyTests.Oracle;

namespace Tendinopathy.Rules.PropertyTests;

/// <summary>Metamorphic properties: how the result must (not) change when the case changes in a known way.</summary>
public sealed class MetamorphicProperties
{
    private static readonly Func<RedFlagItems, TriState, RedFlagItems>[] RedFlagSetters =
    [
        (f, v) => f with { BladderDisturbance = v }, (f, v) => f with { BowelDisturbance = v }, (f, v) => f with { SaddleAnaesthesia = v },
        (f, v) => f with { SexualDysfunction = v }, (f, v) => f with { BilateralNeurologicalSymptoms = v },
        (f, v) => f with { FeverOrSystemicallyUnwell = v }, (f, v) => f with { SpinalInfectionRisk = v }, (f, v) => f with { CancerHistory = v },
        (f, v) => f with { UnexplainedWeightLoss = v }, (f, v) => f with { NonMechanicalPain = v }, (f, v) => f with { SignificantTrauma = v },
        (f, v) => f with { FirstEpisodeAgedOver50 = v }, (f, v) => f with { InflammatoryBackPainFeatures = v },
    ];

    private static readonly Func<RedFlagItems, TriState>[] RedFlagGetters =
    [
        f => f.BladderDisturbance, f => f.BowelDisturbance, f => f.SaddleAnaesthesia, f => f.SexualDysfunction, f => f.BilateralNeurologicalSymptoms,
        f => f.FeverOrSystemicallyUnwell, f => f.SpinalInfectionRisk, f => f.CancerHistory, f => f.UnexplainedWeightLoss, f => f.NonMechanicalPain,
        f => f.SignificantTrauma, f => f.FirstEpisodeAgedOver50, f => f.InflammatoryBackPainFeatures,
    ];

    private static int Index(int seed, int count) => (int)((uint)seed % (uint)count);

    [SafetyProperty]
    public void SAFE06_adding_a_red_flag_never_lowers_urgency(PatientCase c, int seed)
    {
        var i = Index(seed, RedFlagSetters.Length);
        var before = Evaluate(c);
        var after = Evaluate(c with { RedFlags = RedFlagSetters[i](c.RedFlags, TriState.Yes) });
        Assert.True(after.OverallUrgency >= before.OverallUrgency, $"RFI-{i + 1:00}: {before.OverallUrgency} → {after.OverallUrgency}");
    }

    [SafetyProperty]
    public void SAFE06_removing_all_red_flag_items_never_raises_urgency(PatientCase c)
    {
        var before = Evaluate(c);
        var cleared = c.RedFlags;
        foreach (var set in RedFlagSetters) cleared = set(cleared, TriState.No);
        var after = Evaluate(c with { RedFlags = cleared });
        Assert.True(after.OverallUrgency <= before.OverallUrgency, $"{before.OverallUrgency} → {after.OverallUrgency}");
    }

    [SafetyProperty]
    public void SAFE14a_an_unknown_red_flag_item_never_removes_a_red_flag_or_lowers_urgency(PatientCase c, int seed)
    {
        var i = Index(seed, RedFlagSetters.Length);
        if (RedFlagGetters[i](c.RedFlags) != TriState.No) return;
        var before = Evaluate(c);
        var after = Evaluate(c with { RedFlags = RedFlagSetters[i](c.RedFlags, TriState.Unknown) });
        Assert.True(after.OverallUrgency >= before.OverallUrgency);
        foreach (var a in before.Alerts.Where(a => a.Kind == AlertKind.RedFlag)) Assert.True(after.Alert(a.Id), a.Id);
        if (i < 5) Assert.True(after.Miss("MISS-01"));
    }

    private static readonly (string Name, Func<PatientCase, PatientCase?> Apply)[] Contraindications = BuildContraindications();

    private static (string, Func<PatientCase, PatientCase?>)[] BuildContraindications()
    {
        var list = new List<(string, Func<PatientCase, PatientCase?>)>();
        foreach (var cls in Enum.GetValues<MedicationClass>())
        {
            list.Add(($"current {cls}", c => Current(c, cls) ? null : c with
            {
                Medications = c.Medications with
                {
                    Entries = [.. c.Medications.Entries.Where(m => m.Class != cls), new MedicationEntry { Class = cls, Status = MedicationStatus.Current }],
                },
            }));
        }
        Func<Comorbidities, bool>[] getters =
        [
            x => x.GiBleedHistory, x => x.PepticUlcerActive, x => x.PepticUlcerHistory, x => x.EstablishedCardiovascularDisease,
            x => x.HypertensionUncontrolled, x => x.RecentCabg, x => x.NsaidHypersensitivityOrAspirinAsthma, x => x.LiverCirrhosisOrSevereHepaticImpairment,
            x => x.InflammatoryBowelDisease, x => x.Coagulopathy, x => x.ActiveMalignancyNearTreatmentSite, x => x.LocalSkinOrSoftTissueInfectionAtSite,
            x => x.OpenWoundOrBrokenSkinAtSite, x => x.ColdHypersensitivity, x => x.ReducedSkinSensationAtSite, x => x.PeripheralVascularCompromise,
            x => x.SolidOrganTransplant, x => x.CardiacPacemakerOrImplantedDevice,
        ];
        Func<Comorbidities, Comorbidities>[] setters =
        [
            x => x with { GiBleedHistory = true }, x => x with { PepticUlcerActive = true }, x => x with { PepticUlcerHistory = true },
            x => x with { EstablishedCardiovascularDisease = true }, x => x with { HypertensionUncontrolled = true }, x => x with { RecentCabg = true },
            x => x with { NsaidHypersensitivityOrAspirinAsthma = true }, x => x with { LiverCirrhosisOrSevereHepaticImpairment = true },
            x => x with { InflammatoryBowelDisease = true }, x => x with { Coagulopathy = true }, x => x with { ActiveMalignancyNearTreatmentSite = true },
            x => x with { LocalSkinOrSoftTissueInfectionAtSite = true }, x => x with { OpenWoundOrBrokenSkinAtSite = true },
            x => x with { ColdHypersensitivity = true }, x => x with { ReducedSkinSensationAtSite = true }, x => x with { PeripheralVascularCompromise = true },
            x => x with { SolidOrganTransplant = true }, x => x with { CardiacPacemakerOrImplantedDevice = true },
        ];
        for (var i = 0; i < getters.Length; i++)
        {
            var get = getters[i];
            var set = setters[i];
            list.Add(($"comorbidity #{i}", c => get(c.Comorbidities) ? null : c with { Comorbidities = set(c.Comorbidities) }));
        }
        list.Add(("heart failure", c => c.Comorbidities.HeartFailure is not null ? null : c with { Comorbidities = c.Comorbidities with { HeartFailure = HeartFailureSeverity.Mild } }));
        list.Add(("diabetes", c => c.Comorbidities.Diabetes is not null ? null : c with { Comorbidities = c.Comorbidities with { Diabetes = DiabetesControl.Controlled } }));
        list.Add(("CKD G4", c => c.Comorbidities.ChronicKidneyDisease is not null ? null
            : c with { Comorbidities = c.Comorbidities with { ChronicKidneyDisease = new ChronicKidneyDisease { Stage = CkdStage.G4 } } }));
        list.Add(("pregnant", c => c.Patient.Sex == Sex.Male || c.Patient.Pregnant != TriState.No ? null
            : c with { Patient = c.Patient with { Pregnant = TriState.Yes, GestationWeeks = 24 } }));
        return list.ToArray();
    }

    private static readonly HashSet<string> MayAppear = new(StringComparer.Ordinal) { "LM-03", "LM-04", "FU-01", "IMG-05" };

    [SafetyProperty]
    public void SAFE07_adding_a_contraindication_never_adds_a_recommendation(PatientCase c, int seed)
    {
        var known = c with
        {
            Medications = c.Medications with { Reviewed = true },
            Comorbidities = c.Comorbidities with { Reviewed = true },
            Patient = c.Patient.Pregnant == TriState.Unknown ? c.Patient with { Pregnant = TriState.No } : c.Patient,
        };
        var (name, apply) = Contraindications[Index(seed, Contraindications.Length)];
        if (apply(known) is not { } changed) return;
        var before = Evaluate(known);
        var after = Evaluate(changed);
        var added = after.Recommendations.Where(x => !before.Rec(x.Id) && x.Category != ItemCategory.MedicationSafety && !MayAppear.Contains(x.Id))
            .Select(x => x.Id).ToArray();
        Assert.True(added.Length == 0, $"{name} added {string.Join(", ", added)}");
        if (after.LoadingDecision is { } d && before.LoadingDecision is { } b && d.Decision != b.Decision)
        {
            Assert.Contains(d.Decision, new[] { LoadingDecisionKind.Hold, LoadingDecisionKind.Suspend });
        }
    }

    [SafetyProperty]
    public void SAFE14b_unknown_medicines_comorbidities_or_pregnancy_never_add_a_drug_injection_or_device(PatientCase c, int seed)
    {
        PatientCase? changed = Index(seed, 3) switch
        {
            0 when c.Medications.Reviewed == true => c with { Medications = c.Medications with { Reviewed = false } },
            1 when c.Comorbidities.Reviewed == true => c with { Comorbidities = c.Comorbidities with { Reviewed = false } },
            2 when c.Patient.Pregnant == TriState.No && PregnancyRelevant(c) => c with { Patient = c.Patient with { Pregnant = TriState.Unknown } },
            _ => null,
        };
        if (changed is null) return;
        var before = Evaluate(c);
        var after = Evaluate(changed);
        var added = after.Recommendations
            .Where(x => x.Category is ItemCategory.Pharmacological or ItemCategory.Injection or ItemCategory.Device && !before.Rec(x.Id))
            .Select(x => x.Id).ToArray();
        Assert.Empty(added);
    }

    [SafetyProperty]
    public void SAFE17_more_weeks_of_failed_conservative_care_never_remove_an_escalation(PatientCase c, int seed)
    {
        var weeks = 1 + Index(seed, 30);
        var more = c with
        {
            PriorTreatments =
            [
                .. c.PriorTreatments,
                new PriorTreatment
                {
                    Type = TreatmentType.StructuredLoading, DurationWeeks = weeks, WeeksAgoEnded = 0, Documented = true,
                    Adherence = Adherence.Good, Response = TreatmentResponse.NoChange,
                },
            ],
        };
        var before = Evaluate(c);
        var after = Evaluate(more);
        foreach (var x in before.Recommendations.Where(x => x.Id.StartsWith("ESC-") || x.Id.StartsWith("SURG-") || x.Id.StartsWith("ESWT-")))
        {
            Assert.True(after.Rec(x.Id), $"{x.Id} lost after +{weeks} weeks");
        }
    }

    [SafetyProperty]
    public void SAFE18_the_result_does_not_depend_on_the_order_of_unordered_facts(PatientCase c)
    {
        var shuffled = c with
        {
            Patient = c.Patient with { Sports = c.Patient.Sports.Reverse().ToArray() },
            Pain = c.Pain with { Locations = c.Pain.Locations.Reverse().ToArray(), Aggravators = c.Pain.Aggravators.Reverse().ToArray() },
            Neuro = c.Neuro with
            {
                ParaesthesiaDermatomes = c.Neuro.ParaesthesiaDermatomes.Reverse().ToArray(),
                SensoryLossDermatomes = c.Neuro.SensoryLossDermatomes.Reverse().ToArray(),
                ReflexesAffected = c.Neuro.ReflexesAffected.Reverse().ToArray(),
            },
            Medications = c.Medications with { Entries = c.Medications.Entries.Reverse().ToArray() },
            PriorTreatments = c.PriorTreatments.Reverse().ToArray(),
            Examination = c.Examination.Reverse().ToArray(),
            Imaging = c.Imaging with { HamstringFindings = c.Imaging.HamstringFindings.Reverse().ToArray() },
        };
        Assert.Equal(Evaluate(c).Json(), Evaluate(shuffled).Json());
    }

    [SafetyProperty]
    public void SAFE18_evaluating_the_same_case_twice_gives_equal_results(PatientCase c)
    {
        Assert.Equal(Evaluate(c).Json(), Evaluate(c).Json());
    }

    [SafetyProperty(MaxTest = 40)]
    public void SAFE23_parallel_evaluation_on_one_engine_equals_sequential_evaluation(PatientCase[] cases)
    {
        var sequential = cases.Select(c => Evaluate(c).Json()).ToArray();
        var parallel = new ConcurrentDictionary<int, string>();
        Parallel.For(0, cases.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Evaluate(cases[i]).Json());
        for (var i = 0; i < cases.Length; i++) Assert.Equal(sequential[i], parallel[i]);
    }
}
