namespace ReserveTui.Import;

/// <summary>The ID numbers of a roster seen so far, in row order: a row repeating one is refused, naming the first.</summary>
internal sealed class DuplicateIds
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>Why <paramref name="row"/> cannot have <paramref name="id"/> (an earlier row has it), or null; remembers it otherwise.</summary>
    /// <param name="id">The row's valid, upper-cased ID number, or null (see <see cref="RosterFile.Parse"/>).</param>
    public RowError? Repeated(int row, string? id) =>
        id is null || _seen.TryAdd(id, row) ? null : new RowError(row, "身份证号", $"与第 {_seen[id]} 行重复");

    /// <summary><paramref name="row"/>, refused when its ID number repeats an earlier row's.</summary>
    public RosterRow Check(RosterRow row, string? id) =>
        Repeated(row.Row, id) is { } repeated ? row with { Person = null, Errors = [.. row.Errors, repeated] } : row;
}
