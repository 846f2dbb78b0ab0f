using ReserveSdk;

namespace ReserveTui.Services;

/// <summary>
/// Numbers the distinct rule results of a check. <c>check</c> holds every row's results until the whole file has
/// been read (a bad file prints nothing); a rule has few distinct results over a roster — the same ages, the same
/// education, the same pending attestation — so a row keeps small numbers into this table, not its own explanations,
/// and what is held has no references for the collector to walk. (Whole reports rarely repeat: their combinations are
/// as many as the rows.) Not thread-safe: one per thread.
/// </summary>
internal sealed class RuleResultInterner
{
    private readonly Dictionary<RuleResult, int> _numbers = new(SameResult.Instance);

    // The instance each number was first given for: the SDK's conditions give the same instance for the same answer,
    // and finding it by reference spares hashing its explanation.
    private readonly Dictionary<RuleResult, int> _kept = new(ReferenceEqualityComparer.Instance);
    private readonly List<RuleResult> _results = [];

    /// <summary>The number of a result equal to <paramref name="result"/>, the first such result kept.</summary>
    public int Number(RuleResult result)
    {
        if (_kept.TryGetValue(result, out var kept)) return kept;
        if (_numbers.TryGetValue(result, out var known)) return known;
        _results.Add(result);
        return _kept[result] = _numbers[result] = _results.Count - 1;
    }

    /// <summary>The result numbered <paramref name="number"/>.</summary>
    public RuleResult this[int number] => _results[number];

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
