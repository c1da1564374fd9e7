using Tendinopathy.Rules.Derived;

namespace Tendinopathy.Rules.Engine;

/// <summary>Turns a filled <see cref="Collector"/> into the ordered, immutable <see cref="PathwayResult"/> (PATHWAY.md 0.4, 0.5).</summary>
internal static class ResultBuilder
{
    /// <summary>The intended-use statement carried by every result (PATHWAY.md 1.2).</summary>
    public const string IntendedUse =
        "Clinical decision support for qualified healthcare professionals assessing adults with lower-gluteal pain. " +
        "Advisory only: it does not replace clinical examination and judgement, local protocols, medicine product information " +
        "or shared decision-making with the patient. Draft rule set (PATHWAY.md 1.1.0), not yet signed off by a clinical safety officer: research use only.";

    public static PathwayResult Build(CaseFact fact, Collector collector)
    {
        var model = collector.Model;
        var input = fact.Input;

        // Arrays sorted in place with a stable insertion sort (the lists are short): the same order as the former
        // LINQ OrderBy chains, without their iterators, key buffers and intermediate lists.
        var alerts = new Alert[collector.Alerts.Count];
        for (var i = 0; i < alerts.Length; i++) alerts[i] = BuildAlert(model, collector.Alerts[i]);
        StableSort(alerts, AlertOrder);

        var diagnosisFacts = collector.Diagnoses.ToArray();
        StableSort(diagnosisFacts, DiagnosisOrder);
        var diagnoses = new WorkingDiagnosis[diagnosisFacts.Length];
        for (var i = 0; i < diagnoses.Length; i++) diagnoses[i] = BuildDiagnosis(model, diagnosisFacts[i]);

        int recommendedCount = 0, consideredCount = 0;
        foreach (var record in collector.Items.Values)
        {
            if (record.Outcome == ItemOutcome.Recommended) recommendedCount++;
            else if (record.Outcome == ItemOutcome.ConsideredNotRecommended) consideredCount++;
        }
        var recommended = new Recommendation[recommendedCount];
        var considered = new Recommendation[consideredCount];
        recommendedCount = consideredCount = 0;
        foreach (var record in collector.Items.Values)
        {
            if (record.Outcome == ItemOutcome.Recommended) recommended[recommendedCount++] = BuildItem(model, collector, record);
            else if (record.Outcome == ItemOutcome.ConsideredNotRecommended) considered[consideredCount++] = BuildItem(model, collector, record);
        }
        StableSort(recommended, RecommendationOrder);
        StableSort(considered, RecommendationOrder);

        var dnoIds = new string[collector.DoNotOfferItems.Count];
        collector.DoNotOfferItems.Keys.CopyTo(dnoIds, 0);
        Array.Sort(dnoIds, StringComparer.Ordinal); // keys are unique: any sort gives the same order
        var dno = new DoNotOfferItem[dnoIds.Length];
        for (var i = 0; i < dno.Length; i++)
        {
            var id = dnoIds[i];
            var def = model.Item(id);
            var (code, refs) = model.Evidence(id);
            dno[i] = new DoNotOfferItem
            {
                Id = id, Title = def.Title, ClinicianText = def.ClinicianText, PatientText = def.PatientText,
                EvidenceCode = code, References = refs,
            };
        }

        var missingRecords = new Collector.MissingRecord[collector.Missing.Count];
        collector.Missing.Values.CopyTo(missingRecords, 0);
        StableSort(missingRecords, MissingOrder);
        var missing = new MissingInformation[missingRecords.Length];
        for (var i = 0; i < missing.Length; i++)
        {
            var m = missingRecords[i];
            missing[i] = new MissingInformation
            {
                Id = m.Definition.Id,
                Priority = m.Definition.Priority ?? MissingInformationPriority.Medium,
                Fields = m.Fields.ToArray(),
                ClinicianText = m.Definition.ClinicianText,
                PatientText = m.Definition.PatientText,
            };
        }

        var trace = new TraceEntry[model.TraceRuleIds.Count];
        for (var i = 0; i < trace.Length; i++)
        {
            var id = model.TraceRuleIds[i];
            trace[i] = collector.Items.TryGetValue(id, out var r)
                ? r.Outcome switch
                {
                    ItemOutcome.Suppressed => new TraceEntry(id, TraceOutcome.SuppressedBy, Sorted(r.SuppressedBy), []),
                    ItemOutcome.AlreadyAvailable => new TraceEntry(id, TraceOutcome.AlreadyAvailable, [], Sorted(r.Emitters)),
                    _ => new TraceEntry(id, TraceOutcome.Fired, [], Sorted(r.Emitters)),
                }
                : new TraceEntry(id, TraceOutcome.NotApplicable, [], []);
        }

        var urgency = Urgency.Routine;
        foreach (var a in alerts) if (a.Urgency > urgency) urgency = a.Urgency;
        foreach (var r in recommended) if (r.Urgency > urgency) urgency = r.Urgency;

        var rf = input.RedFlags;
        var screenComplete = rf.BladderDisturbance != TriState.Unknown && rf.BowelDisturbance != TriState.Unknown &&
                             rf.SaddleAnaesthesia != TriState.Unknown && rf.SexualDysfunction != TriState.Unknown &&
                             rf.BilateralNeurologicalSymptoms != TriState.Unknown;
        var allNo = rf.BladderDisturbance == TriState.No && rf.BowelDisturbance == TriState.No && rf.SaddleAnaesthesia == TriState.No &&
                    rf.SexualDysfunction == TriState.No && rf.BilateralNeurologicalSymptoms == TriState.No &&
                    rf.FeverOrSystemicallyUnwell == TriState.No && rf.SpinalInfectionRisk == TriState.No && rf.CancerHistory == TriState.No &&
                    rf.UnexplainedWeightLoss == TriState.No && rf.NonMechanicalPain == TriState.No && rf.SignificantTrauma == TriState.No;

        return new PathwayResult
        {
            CaseId = input.CaseId,
            RuleSet = model.Identity,
            OverallUrgency = urgency,
            RedFlagScreenComplete = screenComplete,
            NoRedFlags = allNo && !collector.AnyRedFlag,
            Alerts = alerts,
            Diagnoses = diagnoses,
            Recommendations = recommended,
            ConsideredNotRecommended = considered,
            DoNotOffer = dno,
            MissingInformation = missing,
            LoadingDecision = collector.LoadingDecision,
            FollowUp = FollowUpPlanner.Plan(fact, collector.Summary, recommended, collector.AnyRedFlag),
            Phase = collector.Phase,
            Trace = trace,
            Explanation = collector.RenderExplanation(),
            IntendedUse = IntendedUse,
        };
    }

    // 0.4 orders: alerts by urgency (highest first) then ID; items by urgency, category, ID; the rest by ID (ordinal).
    private static readonly Comparison<Alert> AlertOrder = (a, b) =>
        a.Urgency != b.Urgency ? ((int)b.Urgency).CompareTo((int)a.Urgency) : string.CompareOrdinal(a.Id, b.Id);

    private static readonly Comparison<DiagnosisFact> DiagnosisOrder = (a, b) => string.CompareOrdinal(a.Id, b.Id);

    private static readonly Comparison<Collector.MissingRecord> MissingOrder = (a, b) => string.CompareOrdinal(a.Definition.Id, b.Definition.Id);

    private static readonly Comparison<NotRecommendedReason> ReasonOrder = (a, b) => string.CompareOrdinal(a.Code, b.Code);

    private static readonly Comparison<Recommendation> RecommendationOrder = (a, b) =>
        a.Urgency != b.Urgency ? ((int)b.Urgency).CompareTo((int)a.Urgency)
        : a.Category != b.Category ? ((int)a.Category).CompareTo((int)b.Category)
        : string.CompareOrdinal(a.Id, b.Id);

    /// <summary>Stable in-place insertion sort (equal elements keep their order, as LINQ's OrderBy does).</summary>
    private static void StableSort<T>(T[] items, Comparison<T> comparison)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var x = items[i];
            var j = i - 1;
            while (j >= 0 && comparison(items[j], x) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = x;
        }
    }

    private static string[] Sorted(List<string> values)
    {
        var a = values.ToArray();
        Array.Sort(a, StringComparer.Ordinal);
        return a;
    }

    private static Alert BuildAlert(RuleSetModel model, Collector.AlertRecord a)
    {
        var def = model.Item(a.Id);
        var (code, refs) = model.Evidence(a.Id);
        return new Alert
        {
            Id = a.Id,
            Kind = a.Kind,
            Title = def.Title,
            Urgency = a.Urgency,
            ClinicianText = def.ClinicianText,
            PatientText = def.PatientText,
            TriggeringFacts = a.Facts,
            Actions = a.Actions.ToArray(),
            EvidenceCode = code,
            References = refs,
        };
    }

    private static WorkingDiagnosis BuildDiagnosis(RuleSetModel model, DiagnosisFact d)
    {
        var def = model.Item(d.Id);
        var (code, refs) = model.Evidence(d.Id);
        return new WorkingDiagnosis
        {
            Id = d.Id,
            Name = def.Title,
            Likelihood = d.Likelihood,
            Criteria = d.Criteria,
            Details = d.Details,
            ClinicianText = def.ClinicianText,
            PatientText = def.PatientText,
            EvidenceCode = code,
            References = refs,
        };
    }

    private static Recommendation BuildItem(RuleSetModel model, Collector collector, Collector.ItemRecord r)
    {
        var def = r.Definition;
        var (code, refs) = model.Evidence(def.Id);
        if (refs.Length == 0)
        {
            // ACT- items carry the references of the alerts that emitted them (PATHWAY.md 3.1, SAFE-20).
            var union = new SortedDictionary<string, EvidenceReference>(StringComparer.Ordinal);
            string? firstCode = null;
            foreach (var emitter in r.Emitters)
            {
                var (c, er) = model.Evidence(emitter);
                firstCode ??= c;
                foreach (var x in er) union[x.Id] = x;
            }
            refs = union.Values.ToArray();
            code = firstCode ?? code;
        }

        string[] details;
        if (collector.Annotations.TryGetValue(def.Id, out var notes))
        {
            details = new string[r.Details.Count + notes.Count];
            r.Details.CopyTo(details, 0);
            notes.CopyTo(details, r.Details.Count);
        }
        else
        {
            details = r.Details.Count == 0 ? [] : r.Details.ToArray();
        }
        NotRecommendedReason[] reasons = r.Reasons.Count == 0 ? [] : r.Reasons.ToArray();
        StableSort(reasons, ReasonOrder);

        return new Recommendation
        {
            Id = def.Id,
            Title = def.Title,
            Category = def.Category ?? ItemCategory.FollowUp,
            Urgency = r.Urgency,
            EvidenceCode = code,
            Strength = r.Strength,
            ClinicianText = def.ClinicianText,
            PatientText = def.PatientText,
            References = refs,
            Emitters = Sorted(r.Emitters),
            IsOrder = def.IsOrder,
            SafetyNet = def.SafetyNet,
            Details = details,
            Reasons = reasons,
        };
    }
}
