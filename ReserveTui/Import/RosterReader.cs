using ReserveTui.Hosting;

namespace ReserveTui.Import;

/// <summary>
/// Reads a people roster (CSV or .xlsx, first row = header) one row at a time. Only the ID numbers seen so far
/// are remembered (to report duplicates), never the rows, so a 100,000-row roster streams.
/// </summary>
internal static class RosterReader
{
    /// <param name="today">The day facts are judged on: dates after it are refused (see <see cref="PersonFields.Parse(int, RosterColumns, IReadOnlyList{string?}, DateOnly?)"/>).</param>
    public static IEnumerable<RosterRow> Read(string path, DateOnly? today = null) => RosterFile.Open(path).Rows(today);
}
