namespace ReserveTui.Services;

/// <summary>
/// Numbers distinct rows of small numbers, all of one width (a row's outcome: its rule results' numbers and its
/// verdict), in order of first sight. Not thread-safe.
/// </summary>
/// <remarks>
/// One flat array of the rows and an open-addressed index into it: a lookup reads a slot and then the row's numbers
/// side by side. A dictionary of arrays had each lookup chase the entry, the key array and its elements across memory,
/// and a check's 100,000 lookups in it cost about as much as the rules themselves.
/// </remarks>
internal sealed class OutcomeTable(int width)
{
    private int[] _rows = new int[64 * width];

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
            if (_rows.AsSpan(known * width, width).SequenceEqual(row)) return known;
        }

        if ((Count + 1) * width > _rows.Length) Array.Resize(ref _rows, _rows.Length * 2);
        row.CopyTo(_rows.AsSpan(Count * width));
        _index[slot] = Count + 1;
        if (++Count * 2 > _index.Length) Grow();
        return Count - 1;
    }

    /// <summary>The numbers of row <paramref name="number"/>.</summary>
    public ReadOnlySpan<int> this[int number] => (uint)number < (uint)Count ? _rows.AsSpan(number * width, width) : throw new ArgumentOutOfRangeException(nameof(number));

    private void Grow()
    {
        _index = new int[_index.Length * 2];
        var mask = _index.Length - 1;
        for (var n = 0; n < Count; n++)
        {
            var slot = Hash(_rows.AsSpan(n * width, width)) & mask;
            while (_index[slot] != 0) slot = (slot + 1) & mask;
            _index[slot] = n + 1;
        }
    }

    private static int Hash(ReadOnlySpan<int> row)
    {
        var hash = new HashCode();
        foreach (var n in row) hash.Add(n);
        return hash.ToHashCode();
    }
}
