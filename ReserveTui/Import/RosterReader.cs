using ReserveTui.Hosting;

namespace ReserveTui.Import;

/// <summary>
/// Reads a people roster (CSV or .xlsx, first row = header) one row at a time. Only the ID numbers seen so far
/// are remembered (to report duplicates), never the rows, so a 100,000-row roster streams.
/// </summary>
internal static class RosterReader
{
    /// <param name="today">The day facts are judged on: dates after it are refused (see <see cref="PersonFields.Parse"/>).</param>
    public static IEnumerable<RosterRow> Read(string path, DateOnly? today = null)
    {
        var table = TableReader.Open(path);
        var header = table.Header;
        if (!header.Any(h => RosterField.Find(h)?.Key == "name"))
            throw new ReserveException(ErrorCode.BadInput, $"{Path.GetFileName(path)}：表头中没有“姓名”（name）列，第一行应为表头");
        return Rows(table, header, today);
    }

    private static IEnumerable<RosterRow> Rows(TableReader table, IReadOnlyList<string> header, DateOnly? today)
    {
        var seenIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var idColumn = header.ToList().FindIndex(h => RosterField.Find(h)?.Key == "id_number");
        foreach (var (row, cells) in table.Rows())
        {
            var pairs = new KeyValuePair<string, string?>[header.Count];
            for (var i = 0; i < header.Count; i++) pairs[i] = new(header[i], i < cells.Count ? cells[i] : null);
            var (person, errors) = PersonFields.Parse(row, pairs, today);
            // A cell past the last header is a comma inside an unquoted cell, or a shifted row: its facts would land in
            // the wrong columns, so the row is refused rather than guessed.
            if (table.Overflow(cells) is { } overflow)
            {
                errors = [.. errors, new RowError(row, "列数", overflow)];
                person = null;
            }

            // Judged on the cell itself, so a duplicate is reported even when its row has other errors too.
            var id = idColumn >= 0 && idColumn < cells.Count ? cells[idColumn]?.Trim().ToUpperInvariant() : null;
            if (!string.IsNullOrEmpty(id) && IdNumbers.Problem(id) is null && !seenIds.TryAdd(id, row))
            {
                errors = [.. errors, new RowError(row, "身份证号", $"与第 {seenIds[id]} 行重复")];
                person = null;
            }

            yield return new RosterRow(row, person, errors);
        }
    }
}
