namespace ReserveTui.Import;

/// <summary>
/// Some of a table's data rows, to be read once, on whichever thread takes the batch: the rows come out numbered as
/// <see cref="TableReader.Rows"/> numbers them, blank ones left out. A row's cells are the row's only until the next
/// row is read: one cells object serves every row of a CSV chunk, and its text goes back to a pool once the last row
/// has been read. Read each row before asking for the next, and keep strings, not the cells.
/// </summary>
internal sealed class RowBatch(int capacity, Func<IEnumerable<(int Row, IReadOnlyList<string?> Cells)>> rows)
{
    private int _read;

    /// <summary>The most rows the batch gives.</summary>
    public int Capacity => capacity;

    public IEnumerable<(int Row, IReadOnlyList<string?> Cells)> Rows() =>
        Interlocked.Exchange(ref _read, 1) == 0 ? rows() : throw new InvalidOperationException("A batch's rows are read once: its text has been given back.");
}
