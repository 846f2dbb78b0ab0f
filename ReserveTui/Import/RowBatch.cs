namespace ReserveTui.Import;

/// <summary>
/// Some of a table's data rows, to be read on whichever thread takes the batch: the rows come out numbered as
/// <see cref="TableReader.Rows"/> numbers them, blank ones left out.
/// </summary>
internal sealed class RowBatch(int capacity, Func<IEnumerable<(int Row, IReadOnlyList<string?> Cells)>> rows)
{
    /// <summary>The most rows the batch gives.</summary>
    public int Capacity => capacity;

    public IEnumerable<(int Row, IReadOnlyList<string?> Cells)> Rows() => rows();
}
