using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using Tendinopathy.Rules.Catalogue;
using Tendinopathy.Rules.Derived;
using Tendinopathy.Rules.Engine;
using Tendinopathy.Rules.Evidence;
using Tendinopathy.Rules.Validation;

namespace Tendinopathy.Rules;

/// <summary>
/// The pathway engine: compiles the rule set once into an NRules session factory, then evaluates cases. Create one and
/// share it; <see cref="Evaluate"/> and <see cref="Validate"/> are thread-safe (each evaluation uses its own session).
/// </summary>
public sealed class PathwayEngine
{
    /// <summary>Name of the built-in rule set.</summary>
    public const string BuiltInRuleSetName = "Tendinopathy.Rules built-in";

    /// <summary>The PATHWAY.md specification version the built-in rules implement.</summary>
    public const string SpecificationVersion = "1.1.0";

    private const int MaxFiringsPerCase = 5_000;

    private readonly ISessionFactory _factory;
    private readonly RuleSetModel _model;

    /// <summary>Creates an engine with the built-in rule set and default thresholds.</summary>
    public PathwayEngine()
        : this(PathwayOptions.Default)
    {
    }

    /// <summary>Creates an engine with the built-in rule set and the given thresholds.</summary>
    /// <param name="options">The [CFG] thresholds.</param>
    public PathwayEngine(PathwayOptions options)
        : this(global::Tendinopathy.Rules.RuleSet.BuiltIn, options)
    {
    }

    /// <summary>Creates an engine for a rule set (built-in or a researcher's variant) and thresholds.</summary>
    /// <param name="ruleSet">The rule set, from <see cref="RuleSet.BuiltIn"/> or a <see cref="RuleSetBuilder"/>.</param>
    /// <param name="options">The [CFG] thresholds.</param>
    public PathwayEngine(RuleSet ruleSet, PathwayOptions options)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        RuleSet = ruleSet;
        _model = ruleSet.Model;

        var repository = new RuleRepository();
        repository.Load(spec => spec.From(ruleSet.RuleTypes).PrivateTypes(true));
        var compiler = new RuleCompiler();
#if NET
        compiler.ExpressionCompiler = FastRuleExpressionCompiler.Instance;
#endif
        _factory = compiler.Compile(repository.GetRules());
    }

    /// <summary>The rule set this engine runs.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The thresholds in force.</summary>
    public PathwayOptions Options { get; }

    /// <summary>Which rule set this engine runs (name, specification version, content hash).</summary>
    public RuleSetIdentity Identity => _model.Identity;

    internal RuleSetModel Model => _model;

    /// <summary>Benchmark hook (per-phase timing, Rete schema): the compiled session factory. Never used on the evaluation path.</summary>
    internal ISessionFactory SessionFactory => _factory;

    /// <summary>Checks a case against PATHWAY.md 2.13 without evaluating it.</summary>
    /// <param name="patientCase">The case.</param>
    /// <returns>Every validation error; empty when the case is valid.</returns>
    public IReadOnlyList<ValidationError> Validate(PatientCase patientCase) => CaseValidator.Validate(patientCase);

    /// <summary>Evaluates one case: red flags, diagnoses, investigations, treatment, do-not-offer list, prompts and trace.</summary>
    /// <param name="patientCase">The case.</param>
    /// <returns>The result, ordered and explained.</returns>
    /// <exception cref="CaseValidationException">The case is invalid; the exception carries every error. No rule has run.</exception>
    public PathwayResult Evaluate(PatientCase patientCase)
    {
        var errors = CaseValidator.Validate(patientCase);
        if (errors.Count > 0) throw new CaseValidationException(errors);

        var collector = new Collector(_model);
        var fact = new CaseFact(patientCase, Options, collector);
        var session = _factory.CreateSession();
        session.Insert(fact);
        // A rule set that keeps re-activating itself is a defect; stop it instead of hanging the caller.
        if (session.Fire(MaxFiringsPerCase) >= MaxFiringsPerCase)
        {
            throw new InvalidOperationException($"The rule set '{_model.Identity.Name}' did not settle within {MaxFiringsPerCase} rule firings.");
        }
        return ResultBuilder.Build(fact, collector);
    }

    internal static IReadOnlyList<Type> BuiltInRuleTypes() =>
        typeof(PathwayEngine).Assembly.GetTypes()
            .Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
}
