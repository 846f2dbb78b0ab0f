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
    private int _pageStart;
    private IReadOnlyList<StoredPerson> _page = [];

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
        if (row < _pageStart || row >= _pageStart + _page.Count)
        {
            _pageStart = row / PageSize * PageSize;
            _page = people.Page(_filter, _pageStart, PageSize);
        }

        var index = row - _pageStart;
        return index < _page.Count ? _page[index] : null;
    }

    public void SetFilter(string? filter)
    {
        _filter = string.IsNullOrWhiteSpace(filter) ? null : filter.Trim();
        _count = people.Count(_filter);
        _pageStart = 0;
        _page = [];
    }
}
