using ReserveSdk;

namespace ReserveTui.Services;

/// <summary>
/// Numbers the distinct rule results of a check. <c>check</c> holds every row's results until the whole file has
/// been read (a bad file prints nothing); a rule has few distinct results over a roster — the same ages, the same
/// education, the same pending attestation — and a track's rows have far fewer whole outcomes than rows, so a row keeps
/// one small number into this table (<see cref="Outcome"/>), not its own explanations, and what is held has no
/// references for the collector to walk. Not thread-safe: one per thread.
/// </summary>
internal sealed class RuleResultInterner
{
    private readonly Dictionary<RuleResult, int> _numbers = new(SameResult.Instance);

    // The instance each number was first given for: the SDK's conditions give the same instance for the same answer,
    // and finding it by reference spares hashing its explanation.
    private readonly Dictionary<RuleResult, int> _kept = new(ReferenceEqualityComparer.Instance);
    private readonly List<RuleResult> _results = [];

    private const int KeptInstances = 1 << 16;

    // Each outcome as its results' numbers and, last, its verdict (made when the first outcome comes: the width is the
    // track's number of rules).
    private OutcomeTable? _outcomes;

    // The result each rule gave last, and its number.
    private RuleResult?[] _lastAt = [];
    private int[] _lastNumberAt = [];
    // Made as asked for, in pages of 1,024 (one array for 11,000 would be a large object).
    private readonly List<EligibilityReport?[]> _reports = [];

    /// <summary>The number of a result equal to <paramref name="result"/>, the first such result kept.</summary>
    public int Number(RuleResult result)
    {
        if (_kept.TryGetValue(result, out var kept)) return kept;
        if (_numbers.TryGetValue(result, out var known))
        {
            // Another instance of a result already numbered (the SDK keeps a bounded number of answers): found by
            // reference from now on, up to a bound, rather than by hashing its explanation every time.
            if (_kept.Count < KeptInstances) _kept[result] = known;
            return known;
        }

        _results.Add(result);
        return _kept[result] = _numbers[result] = _results.Count - 1;
    }

    /// <summary>
    /// The number of a row's whole outcome — its verdict and every rule's result — the same for every row with the
    /// same one. A track's rows fall into far fewer outcomes than there are rows (11,000 of 100,000 on the college
    /// deputy track), so a row holds one number, and the rows of an outcome share one report.
    /// </summary>
    public int Outcome(Verdict verdict, ReadOnlySpan<RuleResult> rules)
    {
        Span<int> numbers = rules.Length < 64 ? stackalloc int[rules.Length + 1] : new int[rules.Length + 1];
        if (_lastAt.Length != rules.Length) (_lastAt, _lastNumberAt) = (new RuleResult?[rules.Length], new int[rules.Length]);
        for (var i = 0; i < rules.Length; i++)
        {
            // A rule gives the same result instance row after row (an attestation pending, an education met): the one
            // before is tried first, by reference.
            if (!ReferenceEquals(_lastAt[i], rules[i])) (_lastAt[i], _lastNumberAt[i]) = (rules[i], Number(rules[i]));
            numbers[i] = _lastNumberAt[i];
        }

        numbers[^1] = (int)verdict;
        return (_outcomes ??= new OutcomeTable(numbers.Length)).Number(numbers);
    }

    /// <summary>The report of outcome <paramref name="outcome"/>, made by <paramref name="make"/> once and then shared.</summary>
    public EligibilityReport Report(int outcome, Func<Verdict, RuleResult[], EligibilityReport> make)
    {
        while (_reports.Count <= outcome / 1024) _reports.Add(new EligibilityReport?[1024]);
        ref var report = ref _reports[outcome / 1024][outcome % 1024];
        if (report is not null) return report;
        var numbers = _outcomes![outcome];
        var rules = new RuleResult[numbers.Length - 1];
        for (var i = 0; i < rules.Length; i++) rules[i] = _results[numbers[i]];
        return report = make((Verdict)numbers[^1], rules);
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
