#if NET
using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace Tendinopathy.Rules.Engine;

/// <summary>
/// Compiles the rules' condition and action expression trees with FastExpressionCompiler (a DynamicMethod emitter, several
/// times faster to compile than <see cref="LambdaExpression.Compile()"/>). An expression it cannot compile falls back to
/// the built-in compiler, so every rule compiles and behaves as before; only the compile time changes. Only in the net10.0
/// build (the package has no netstandard2.0 build).
/// </summary>
internal sealed class FastRuleExpressionCompiler : IExpressionCompiler
{
    public static readonly FastRuleExpressionCompiler Instance = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
#endif
