using ReserveSdk;

namespace ReserveTui.Services;

/// <summary>
/// Gives equal rule results one instance. <c>check</c> holds every row's results until the whole file has been read
/// (a bad file prints nothing); a rule has few distinct results over a roster — the same ages, the same education,
/// the same pending attestation — so a row keeps an array of shared results, not its own explanations. (Whole
/// reports rarely repeat: their combinations are as many as the rows.) Not thread-safe: one per thread.
/// </summary>
internal sealed class RuleResultInterner
{
    private readonly Dictionary<RuleResult, RuleResult> _results = new(SameResult.Instance);

    /// <summary><paramref name="report"/>'s results, each the instance an equal result had before.</summary>
    public RuleResult[] Intern(EligibilityReport report)
    {
        var rules = new RuleResult[report.Rules.Count];
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = report.Rules[i];
            rules[i] = _results.TryGetValue(rule, out var known) ? known : _results[rule] = rule;
        }

        return rules;
    }

    // Within one check the scheme, track and date are fixed, and a rule's description, citation and facts are its
    // own: a result is its rule, kind, outcome and explanation.
    private sealed class SameResult : IEqualityComparer<RuleResult>
    {
        public static readonly SameResult Instance = new();

        public bool Equals(RuleResult? x, RuleResult? y) =>
            ReferenceEquals(x, y) || x is not null && y is not null && x.Kind == y.Kind && x.Outcome == y.Outcome
            && string.Equals(x.RuleId, y.RuleId, StringComparison.Ordinal) && string.Equals(x.Explanation, y.Explanation, StringComparison.Ordinal);

        public int GetHashCode(RuleResult r) => HashCode.Combine(r.RuleId, r.Kind, r.Outcome, r.Explanation);
    }
}
