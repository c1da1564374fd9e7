// A minimal host: register the pathway engine in a DI container, resolve it, evaluate one case, print a summary.
// Usage: dotnet run --project samples/Tendinopathy.Rules.Samples.Host -- [case.json]   (default samples/cases/v01-pure-pht.json)
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tendinopathy.Rules;

var path = args.Length > 0 ? args[0] : Path.Combine("samples", "cases", "v01-pure-pht.json");

var services = new ServiceCollection();
services.AddTendinopathyRules(o =>
{
    // The PATHWAY.md [CFG] defaults; a site changes them only through a documented local decision.
    o.Thresholds = PathwayOptions.Default;
    // Optional: shape the rule set, e.g. o.ConfigureRules = b => b.ExcludeTagged(PathwayStage.Shockwave).WithName("local", "1.1.0-local.1");
});
using var provider = services.BuildServiceProvider();
var engine = provider.GetRequiredService<PathwayEngine>(); // singleton: compiled once, thread-safe

PatientCase patientCase;
try
{
    patientCase = PathwayJson.ReadCase(File.ReadAllText(path));
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: cannot read '{path}': {e.Message}");
    return 1;
}
catch (JsonException e)
{
    Console.Error.WriteLine($"error: '{path}' is not a valid case document: {e.Message}");
    return 2;
}

var errors = engine.Validate(patientCase);
if (errors.Count > 0)
{
    Console.Error.WriteLine($"error: '{path}' is not a valid case:");
    foreach (var error in errors) Console.Error.WriteLine("  " + error);
    return 2;
}

var result = engine.Evaluate(patientCase);
Console.WriteLine($"Case {result.CaseId ?? Path.GetFileNameWithoutExtension(path)} — rule set {result.RuleSet.Name} {result.RuleSet.Version} (hash {result.RuleSet.ContentHash})");
Console.WriteLine($"Overall urgency: {result.OverallUrgency}; red-flag screen complete: {result.RedFlagScreenComplete}");
foreach (var alert in result.Alerts) Console.WriteLine($"  alert  {alert.Urgency,-9} {alert.Id,-8} {alert.Title}");
foreach (var dx in result.Diagnoses.Where(d => d.Likelihood >= Likelihood.Possible))
{
    Console.WriteLine($"  dx     {dx.Likelihood,-9} {dx.Id,-8} {dx.Name}");
}
Console.WriteLine($"{result.Recommendations.Count} recommendations, {result.ConsideredNotRecommended.Count} considered and not recommended, " +
                  $"{result.DoNotOffer.Count} do-not-offer items, {result.MissingInformation.Count} missing-information prompts");
foreach (var item in result.Recommendations.Take(5)) Console.WriteLine($"  {item.Urgency,-9} {item.Id,-12} {item.Title} [{item.EvidenceCode}]");
Console.WriteLine(result.IntendedUse);
return 0;
