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

        var alerts = collector.Alerts
            .Select(a => BuildAlert(model, a))
            .OrderByDescending(a => a.Urgency).ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToArray();

        var diagnoses = collector.Diagnoses
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => BuildDiagnosis(model, d))
            .ToArray();

        var recommended = new List<Recommendation>();
        var considered = new List<Recommendation>();
        foreach (var record in collector.Items.Values)
        {
            if (record.Outcome == ItemOutcome.Recommended) recommended.Add(BuildItem(model, collector, record));
            else if (record.Outcome == ItemOutcome.ConsideredNotRecommended) considered.Add(BuildItem(model, collector, record));
        }

        var dno = collector.DoNotOfferItems.Keys
            .OrderBy(id => id, StringComparer.Ordinal)
            .Select(id =>
            {
                var def = model.Item(id);
                var (code, refs) = model.Evidence(id);
                return new DoNotOfferItem
                {
                    Id = id, Title = def.Title, ClinicianText = def.ClinicianText, PatientText = def.PatientText,
                    EvidenceCode = code, References = refs,
                };
            })
            .ToArray();

        var missing = collector.Missing.Values
            .OrderBy(m => m.Definition.Id, StringComparer.Ordinal)
            .Select(m => new MissingInformation
            {
                Id = m.Definition.Id,
                Priority = m.Definition.Priority ?? MissingInformationPriority.Medium,
                Fields = m.Fields.ToArray(),
                ClinicianText = m.Definition.ClinicianText,
                PatientText = m.Definition.PatientText,
            })
            .ToArray();

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
            Recommendations = Order(recommended),
            ConsideredNotRecommended = Order(considered),
            DoNotOffer = dno,
            MissingInformation = missing,
            LoadingDecision = collector.LoadingDecision,
            Phase = collector.Phase,
            Trace = trace,
            Explanation = collector.RenderExplanation(),
            IntendedUse = IntendedUse,
        };
    }

    private static Recommendation[] Order(List<Recommendation> items) =>
        items.OrderByDescending(r => r.Urgency).ThenBy(r => r.Category).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray();

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

        var details = new List<string>(r.Details);
        if (collector.Annotations.TryGetValue(def.Id, out var notes)) details.AddRange(notes);

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
            Details = details.ToArray(),
            Reasons = r.Reasons.OrderBy(x => x.Code, StringComparer.Ordinal).ToArray(),
        };
    }
}
