using System.Runtime.CompilerServices;

namespace ReserveSdk;

/// <summary>
/// What evaluating one rule for many people repeats, kept beside the rule: its results by the condition's result,
/// and the context the rule's condition is given (the caller's, naming the rule). A roster check evaluates the same
/// rule in the same context 100,000 times; an operator's screen, a handful — for which this keeps nothing useful
/// and costs a lookup.
/// </summary>
internal sealed class RuleMemo
{
    // By the rule instance, not its value: a rule is a record, and ForTracks or RelaxableIf make a new one.
    private static readonly ConditionalWeakTable<EligibilityRule, RuleMemo> Memos = new();

    private readonly ResultMemo<(ConditionResult Found, RuleKind Kind, RuleOutcome Outcome), RuleResult> _results = new(SameFound.Instance);
    private ContextFor? _last;

    public static RuleMemo Of(EligibilityRule rule) => Memos.GetValue(rule, static _ => new RuleMemo());

    /// <summary><paramref name="context"/> naming <paramref name="rule"/> as the one being evaluated.</summary>
    public EvaluationContext Context(EligibilityRule rule, EvaluationContext context)
    {
        // One context remembered: a check asks with the same one every time; a screen's new ones simply replace it.
        if (Volatile.Read(ref _last) is { } last && ReferenceEquals(last.Given, context)) return last.ForRule;
        var forRule = context with { CurrentRuleId = rule.Id };
        Volatile.Write(ref _last, new ContextFor(context, forRule));
        return forRule;
    }

    /// <summary>The rule's result for a condition result, kind and outcome; <paramref name="make"/> when not kept.</summary>
    public RuleResult Result<TState>(ConditionResult found, RuleKind kind, RuleOutcome outcome, TState state, Func<(ConditionResult Found, RuleKind Kind, RuleOutcome Outcome), TState, RuleResult> make) =>
        _results.Get((found, kind, outcome), state, make);

    private sealed record ContextFor(EvaluationContext Given, EvaluationContext ForRule);

    // The condition's result by instance: conditions that keep their results give the same instance for the same
    // answer, and comparing explanations would cost what keeping saves.
    private sealed class SameFound : IEqualityComparer<(ConditionResult Found, RuleKind Kind, RuleOutcome Outcome)>
    {
        public static readonly SameFound Instance = new();

        public bool Equals((ConditionResult Found, RuleKind Kind, RuleOutcome Outcome) x, (ConditionResult Found, RuleKind Kind, RuleOutcome Outcome) y) =>
            ReferenceEquals(x.Found, y.Found) && x.Kind == y.Kind && x.Outcome == y.Outcome;

        public int GetHashCode((ConditionResult Found, RuleKind Kind, RuleOutcome Outcome) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Found), key.Kind, key.Outcome);
    }
}
