using ReserveSdk;
using ReserveTui.Hosting;

namespace ReserveTui.Import;

/// <summary>
/// A roster opened and its header understood: its records, and how one record becomes a <see cref="RosterRow"/>.
/// Parsing a record reads nothing but that record, so records may be parsed on several threads; a duplicate ID is
/// the one judgement across rows, made in row order by <see cref="DuplicateIds"/>.
/// </summary>
internal sealed class RosterFile
{
    private readonly TableReader _table;
    private readonly RosterColumns _columns;
    private readonly int _idColumn;

    private RosterFile(TableReader table)
    {
        _table = table;
        _columns = RosterColumns.Of(table.Header);
        _idColumn = _columns.IndexOf(RosterField.Ordinal("id_number"));
    }

    public static RosterFile Open(string path)
    {
        var roster = new RosterFile(TableReader.Open(path));
        if (roster._columns.IndexOf(RosterField.Ordinal("name")) < 0)
            throw new ReserveException(ErrorCode.BadInput, $"{Path.GetFileName(path)}：表头中没有“姓名”（name）列，第一行应为表头");
        return roster;
    }

    /// <summary>The data rows as cells, blank rows left out (see <see cref="TableReader.Rows"/>).</summary>
    public IEnumerable<(int Row, IReadOnlyList<string?> Cells)> Records() => _table.Rows();

    /// <summary>The data rows in batches to be read on any thread (see <see cref="TableReader.Batches"/>).</summary>
    public IEnumerable<RowBatch> Batches() => _table.Batches(repeating: _columns.Repeating);

    /// <summary>Why a roster with no data row is refused: the batches' reader says it when none of them had one.</summary>
    public ReserveException NoDataRows() => _table.NoDataRows();

    /// <summary>Every row parsed, duplicates of an earlier row's ID number refused.</summary>
    public IEnumerable<RosterRow> Rows(DateOnly? today)
    {
        var duplicates = new DuplicateIds();
        foreach (var (row, cells) in Records())
        {
            var (person, errors, id) = Parse(row, cells, today);
            yield return duplicates.Check(new RosterRow(row, person, errors), id);
        }
    }

    /// <summary>
    /// One record judged on its own: the person, or why the row is refused; and the ID number it would be known by for
    /// duplicates (judged on the cell itself, so a duplicate is reported even when its row has other errors too), or null.
    /// </summary>
    public (Person? Person, IReadOnlyList<RowError> Errors, string? Id) Parse(int row, IReadOnlyList<string?> cells, DateOnly? today)
    {
        var (person, errors) = PersonFields.Parse(row, _columns, cells, today);
        // A cell past the last header is a comma inside an unquoted cell, or a shifted row: its facts would land in
        // the wrong columns, so the row is refused rather than guessed.
        if (_table.Overflow(cells) is { } overflow)
        {
            errors = [.. errors, new RowError(row, "列数", overflow)];
            person = null;
        }

        // Judged on the ID the person would be stored under (with the column named twice, the last one filled); a row
        // that did not parse, on its first ID column's cell.
        var id = person is not null ? person.IdNumber
            : _idColumn >= 0 && _idColumn < cells.Count && cells[_idColumn]?.Trim().ToUpperInvariant() is { Length: > 0 } raw && IdNumbers.Problem(raw) is null ? raw
            : null;
        return (person, errors, string.IsNullOrEmpty(id) ? null : id);
    }
}
