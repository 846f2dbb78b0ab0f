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

    // The first answers given, a slot each by the condition result's identity, in front of the shared table: a check
    // asks a rule 100,000 times, nearly always for an answer it has given, and finding it here spares hashing through
    // the table's comparer. A slot is one object, set once, so a thread never reads half of another's answer. Sized
    // for a rule that names what it saw (学院's 副处级 path names the posts: hundreds of answers), probed a few deep
    // so that answers hashing alike do not push each other out (docs/decisions.md, stop 25).
    private const int FirstSlots = 512;
    private const int Probes = 4;
    private readonly First?[] _first = new First?[FirstSlots];

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
    public RuleResult Result<TState>(ConditionResult found, RuleKind kind, RuleOutcome outcome, TState state, Func<(ConditionResult Found, RuleKind Kind, RuleOutcome Outcome), TState, RuleResult> make)
    {
        // The answer's slot, or the next few after it: an answer finds the first free one on its way, so answers
        // that hash alike do not push each other out to the table.
        var home = RuntimeHelpers.GetHashCode(found) ^ ((int)kind << 3) ^ ((int)outcome << 6);
        for (var probe = 0; probe < Probes; probe++)
        {
            ref var slot = ref _first[(home + probe) & (FirstSlots - 1)];
            if (Volatile.Read(ref slot) is not { } first)
            {
                var result = _results.Get((found, kind, outcome), state, make);
                // A slot keeps the first answer that lands in it, so it is made at most once: rather than answers
                // replacing each other (which made an object a person), those that find no free slot go to the table.
                Interlocked.CompareExchange(ref slot, new First(found, kind, outcome, result), null);
                return result;
            }

            if (ReferenceEquals(first.Found, found) && first.Kind == kind && first.Outcome == outcome) return first.Result;
        }

        return _results.Get((found, kind, outcome), state, make);
    }

    private sealed record ContextFor(EvaluationContext Given, EvaluationContext ForRule);

    private sealed class First(ConditionResult found, RuleKind kind, RuleOutcome outcome, RuleResult result)
    {
        public ConditionResult Found => found;

        public RuleKind Kind => kind;

        public RuleOutcome Outcome => outcome;

        public RuleResult Result => result;
    }

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
