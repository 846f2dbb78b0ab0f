namespace ReserveSdk;

/// <summary>
/// 量化计分 — a scheme's scoring: weighted components (with sub-weights as parts), ranking by total, and
/// tie-breaks by named components in order.
/// </summary>
/// <param name="Components">Top-level components.</param>
/// <param name="TieBreaks">Component ids compared in order when totals are equal.</param>
/// <param name="TieBreakText">The tie-break rule in Chinese (and whether it was inferred).</param>
/// <example>
/// <code>
/// var ranking = model.Rank([new ScoreSheet("张三", new Dictionary&lt;string, decimal&gt; { ["written"] = 25 })]);
/// </code>
/// </example>
public sealed record ScoringModel(IReadOnlyList<ScoreComponent> Components, IReadOnlyList<string> TieBreaks, string TieBreakText)
{
    /// <summary>Full marks of the whole model.</summary>
    public decimal MaxTotal => Components.Sum(c => c.MaxPoints);

    /// <summary>The leaf components, the ones a score sheet gives points for.</summary>
    public IReadOnlyList<ScoreComponent> Leaves => Components.SelectMany(c => c.Parts.Count == 0 ? [c] : c.Parts).ToList();

    /// <summary>Problems with a score sheet, in Chinese: missing, unknown or out-of-range points. Empty when complete and valid.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Validate(ScoreSheet sheet)
    {
        var problems = new List<string>();
        var leaves = Leaves;
        foreach (var leaf in leaves)
        {
            if (!sheet.Points.TryGetValue(leaf.Id, out var p)) problems.Add($"{sheet.Candidate}：缺少“{leaf.Name}”得分");
            else if (p < 0 || p > leaf.MaxPoints) problems.Add($"{sheet.Candidate}：“{leaf.Name}”得分 {p} 超出 0–{leaf.MaxPoints} 分");
        }

        problems.AddRange(sheet.Points.Keys.Where(k => leaves.All(l => l.Id != k)).Select(k => $"{sheet.Candidate}：未知的计分项 {k}"));
        return problems;
    }

    /// <summary>Ranks sheets by total, then by each tie-break component, highest first.</summary>
    /// <param name="sheets">Complete sheets (see <see cref="Validate"/>); missing points count as 0.</param>
    /// <returns>The ranking, best first.</returns>
    public IReadOnlyList<RankedCandidate> Rank(IEnumerable<ScoreSheet> sheets)
    {
        var scored = sheets.Select(s =>
        {
            var parts = Components.ToDictionary(c => c.Id, c => c.Parts.Count == 0 ? Get(s, c.Id) : c.Parts.Sum(p => Get(s, p.Id)));
            return (Sheet: s, Parts: parts, Total: parts.Values.Sum());
        }).ToList();
        var key = (Func<(ScoreSheet Sheet, Dictionary<string, decimal> Parts, decimal Total), decimal[]>)(x =>
            [x.Total, .. TieBreaks.Select(t => x.Parts.GetValueOrDefault(t))]);
        var ordered = scored.OrderByDescending(x => key(x), Comparer<decimal[]>.Create(CompareKeys)).ThenBy(x => x.Sheet.Candidate, StringComparer.Ordinal).ToList();
        var result = new List<RankedCandidate>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && CompareKeys(key(ordered[i]), key(ordered[i - 1])) == 0 ? result[i - 1].Rank : i + 1;
            result.Add(new RankedCandidate(rank, ordered[i].Sheet.Candidate, ordered[i].Total, ordered[i].Parts));
        }

        return result;
    }

    private static decimal Get(ScoreSheet s, string id) => s.Points.TryGetValue(id, out var v) ? v : 0m;

    private static int CompareKeys(decimal[] a, decimal[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0) return c;
        }

        return 0;
    }
}
