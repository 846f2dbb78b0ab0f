namespace ReserveTui.Import;

/// <summary>
/// The ID numbers of a roster whose rows are judged on several threads in any order: each thread adds its rows as it
/// goes, and at the end every row that repeats an ID is known with the first (lowest-numbered) row that has it — what
/// <see cref="DuplicateIds"/> finds reading in order. Doing this beside the judging rather than after it takes a
/// 100,000-entry table out of the part of a check that runs on one thread.
/// </summary>
internal sealed class SharedDuplicateIds
{
    // Striped by key, so that threads rarely wait for each other and each table stays small.
    private const int Stripes = 64;

    private readonly Dictionary<long, int>[] _first = Enumerable.Range(0, Stripes).Select(_ => new Dictionary<long, int>()).ToArray();
    private readonly List<(int Row, long Key)> _repeats = [];

    /// <summary>Notes that <paramref name="row"/> has the ID <paramref name="key"/> (<see cref="DuplicateIds.Key"/>).</summary>
    public void Add(int row, long key)
    {
        if (key == DuplicateIds.None) return;
        var first = _first[(int)((ulong)key % Stripes)];
        lock (first)
        {
            if (!first.TryGetValue(key, out var other))
            {
                first[key] = row;
                return;
            }

            // Of the two, the later row repeats the earlier; the earliest of all is what every repeat names.
            first[key] = Math.Min(other, row);
            lock (_repeats) _repeats.Add((Math.Max(other, row), key));
        }
    }

    /// <summary>Each row that repeats an earlier row's ID, with why; read once every row has been added.</summary>
    public IReadOnlyDictionary<int, RowError> Repeats()
    {
        var repeats = new Dictionary<int, RowError>();
        foreach (var (row, key) in _repeats)
            repeats[row] = new RowError(row, "身份证号", $"与第 {_first[(int)((ulong)key % Stripes)][key]} 行重复");
        return repeats;
    }
}
