namespace ReserveTui.Services;

/// <summary>
/// Numbers distinct rows of small numbers, all of one width (a row's outcome: its rule results' numbers and its
/// verdict), in order of first sight. Not thread-safe.
/// </summary>
/// <remarks>
/// The rows' numbers side by side in a few arrays, and an open-addressed index into them: a lookup reads a slot and
/// then the row's numbers together. A dictionary of arrays had each lookup chase the entry, the key array and its elements across memory,
/// and a check's 100,000 lookups in it cost about as much as the rules themselves.
/// </remarks>
internal sealed class OutcomeTable(int width)
{
    // Rows in pages of 1,024: one array for them all would grow past the large-object threshold (85,000 bytes), and
    // large objects bring a full collection nearer.
    private const int PageBits = 10;
    private const int PageRows = 1 << PageBits;

    private readonly List<int[]> _pages = [];

    // Entry number + 1 by hash (0: empty); at most half full.
    private int[] _index = new int[128];

    public int Count { get; private set; }

    /// <summary>The number of <paramref name="row"/>, given when first seen.</summary>
    public int Number(ReadOnlySpan<int> row)
    {
        if (row.Length != width) throw new ArgumentException($"{row.Length} numbers, not {width}.", nameof(row));
        var mask = _index.Length - 1;
        var slot = Hash(row) & mask;
        for (; _index[slot] != 0; slot = (slot + 1) & mask)
        {
            var known = _index[slot] - 1;
            if (Row(known).SequenceEqual(row)) return known;
        }

        if (Count == _pages.Count * PageRows) _pages.Add(new int[PageRows * width]);
        row.CopyTo(_pages[^1].AsSpan((Count & (PageRows - 1)) * width));
        _index[slot] = Count + 1;
        if (++Count * 2 > _index.Length) Grow();
        return Count - 1;
    }

    /// <summary>The numbers of row <paramref name="number"/>.</summary>
    public ReadOnlySpan<int> this[int number] => (uint)number < (uint)Count ? Row(number) : throw new ArgumentOutOfRangeException(nameof(number));

    private Span<int> Row(int number) => _pages[number >> PageBits].AsSpan((number & (PageRows - 1)) * width, width);

    private void Grow()
    {
        _index = new int[_index.Length * 2];
        var mask = _index.Length - 1;
        for (var n = 0; n < Count; n++)
        {
            var slot = Hash(Row(n)) & mask;
            while (_index[slot] != 0) slot = (slot + 1) & mask;
            _index[slot] = n + 1;
        }
    }

    // FNV-1a over the numbers, then the high bits folded down (the index takes the low ones): a few multiplies, where
    // HashCode's rounds showed in a check's profile.
    private static int Hash(ReadOnlySpan<int> row)
    {
        var hash = 2166136261u;
        foreach (var n in row) hash = (hash ^ (uint)n) * 16777619u;
        return (int)(hash ^ (hash >> 15));
    }
}
