using ReserveTui.Services;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Widgets;

/// <summary>
/// An ITableSource over <see cref="IPeopleQuery"/>: the TableView asks only for visible cells, and this
/// fetches one page around them, so 100,000 people never load at once (PITFALLS.md).
/// </summary>
internal sealed class PagedPeopleTable(IPeopleQuery people, IReadOnlyList<string> headers) : ITableSource
{
    private const int PageSize = 100;
    private string? _filter;
    private int _count = people.Count(null);
    // The last few pages read. The table reads the visible rows several times per key (column widths, the cursor, the
    // draw), and a screen often spans two pages: with one page kept, PageDown through 100,000 people read ~8 pages a
    // key; with a few kept, each page is read once as the screen passes it.
    private const int PagesKept = 4;
    private readonly List<(int Start, IReadOnlyList<StoredPerson> Rows)> _pages = [];

    public string[] ColumnNames { get; } = [.. headers];

    public int Columns => ColumnNames.Length;

    public int Rows => _count;

    public object this[int row, int col]
    {
        get
        {
            var cells = At(row) is { } person ? PersonRow.Cells(person) : [];
            return col < cells.Count ? cells[col] : "";
        }
    }

    /// <summary>The person on a row, fetching the row's page when it is not the current one.</summary>
    public StoredPerson? At(int row)
    {
        if (row < 0 || row >= _count) return null;
        var start = row / PageSize * PageSize;
        var at = _pages.FindIndex(p => p.Start == start);
        if (at < 0)
        {
            _pages.Insert(0, (start, people.Page(_filter, start, PageSize)));
            if (_pages.Count > PagesKept) _pages.RemoveAt(_pages.Count - 1);
            at = 0;
        }

        var page = _pages[at].Rows;
        var index = row - start;
        return index < page.Count ? page[index] : null;
    }

    public void SetFilter(string? filter)
    {
        _filter = string.IsNullOrWhiteSpace(filter) ? null : filter.Trim();
        _count = people.Count(_filter);
        _pages.Clear();
    }
}
