namespace ReserveTui.Import;

/// <summary>The ID numbers of a roster seen so far, in row order: a row repeating one is refused, naming the first.</summary>
internal sealed class DuplicateIds
{
    /// <summary>What <see cref="Key"/> gives for a row without an ID number.</summary>
    public const long None = -1;

    // Keyed by the first 17 digits as a number (a valid ID's 18th character follows from them): the table holds no
    // references, so a 100,000-row roster's IDs cost its collections nothing to walk.
    // In stripes by key, each made at its share of the size at once: one table for 100,000 rows would be a large
    // object (2.8 MB), and large objects bring a full collection nearer.
    private const int Stripes = 64;

    private readonly Dictionary<long, int>[] _seen = new Dictionary<long, int>[Stripes];

    /// <param name="rows">About how many rows will be seen, when known: the tables are made that large at once.</param>
    public DuplicateIds(int rows = 0)
    {
        // With room to spare: keys do not fall evenly, and a stripe that grows makes its table again.
        for (var i = 0; i < Stripes; i++) _seen[i] = new(rows / Stripes * 5 / 4);
    }

    /// <summary>A valid, upper-cased ID number (see <see cref="RosterFile.Parse"/>) as the number it is known by here, or <see cref="None"/>.</summary>
    public static long Key(string? id)
    {
        if (id is null) return None;
        // The 17 digits a valid ID starts with (IdNumbers has checked them), read without the general parser.
        var key = 0L;
        foreach (var c in id.AsSpan(0, 17)) key = key * 10 + (c - '0');
        return key;
    }

    /// <summary>Why <paramref name="row"/> cannot have <paramref name="id"/> (an earlier row has it), or null; remembers it otherwise.</summary>
    /// <param name="id">The row's valid, upper-cased ID number, or null (see <see cref="RosterFile.Parse"/>).</param>
    public RowError? Repeated(int row, string? id) => Repeated(row, Key(id));

    /// <summary>As <see cref="Repeated(int, string?)"/>, for an ID already made a <see cref="Key"/>.</summary>
    public RowError? Repeated(int row, long key)
    {
        if (key == None) return null;
        var seen = _seen[(int)((ulong)key % Stripes)];
        return seen.TryAdd(key, row) ? null : new RowError(row, "身份证号", $"与第 {seen[key]} 行重复");
    }

    /// <summary><paramref name="row"/>, refused when its ID number repeats an earlier row's.</summary>
    public RosterRow Check(RosterRow row, string? id) =>
        Repeated(row.Row, id) is { } repeated ? row with { Person = null, Errors = [.. row.Errors, repeated] } : row;
}
