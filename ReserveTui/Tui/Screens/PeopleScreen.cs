using ReserveTui.Tui.Widgets;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Screens;

/// <summary>人员: the people list, a page at a time, with a filter on name, unit or ID number.</summary>
internal sealed class PeopleScreen : IScreen
{
    private readonly UiText _text;
    private readonly TextField _filter;
    private readonly TableView _table;
    private readonly Label _count;
    private readonly PagedPeopleTable _source;

    public PeopleScreen(TuiServices services)
    {
        _text = services.Text;
        Title = _text.People;
        HelpText = _text.PeopleKeys;
        var label = new Label { X = 0, Y = 0, Text = _text.Filter };
        _filter = new TextField { X = Pos.Right(label), Y = 0, Width = 30 };
        _count = new Label { X = Pos.Right(_filter) + 2, Y = 0, Width = Dim.Fill() };
        _source = new PagedPeopleTable(services.People, _text.PeopleHeaders);
        _table = new TableView { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(), Table = _source, FullRowSelect = true };
        _filter.KeyDown += (_, key) =>
        {
            if (key == Key.Enter || key == Key.CursorDown)
            {
                ApplyFilter();
                _table.SetFocus();
                key.Handled = true;
            }
        };
        View = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        View.Add(label, _filter, _count, _table);
        if (_source.Rows == 0) _count.Text = _text.NoPeople;
        else UpdateCount();
    }

    public string Title { get; }

    public View View { get; }

    public string HelpText { get; }

    public bool IsTyping => _filter.HasFocus;

    public void Activate() => _table.SetFocus();

    /// <summary>The filter box takes the focus ("/").</summary>
    private void FocusFilter() => _filter.SetFocus();

    /// <summary>/ jumps to the filter (when not already typing in it).</summary>
    public bool HandleKey(Terminal.Gui.Input.Key key)
    {
        if (IsTyping || key.AsRune.Value != '/') return false;
        FocusFilter();
        return true;
    }

    public bool Back()
    {
        if (_filter.HasFocus || !string.IsNullOrEmpty(_filter.Text))
        {
            _filter.Text = "";
            ApplyFilter();
            _table.SetFocus();
            return true;
        }

        return false;
    }

    private void ApplyFilter()
    {
        _source.SetFilter(_filter.Text);
        _table.Table = _source;
        _table.SetNeedsDraw();
        UpdateCount();
    }

    private void UpdateCount() => _count.Text = _text.PeopleCount(_source.Rows, _source.Rows);
}
