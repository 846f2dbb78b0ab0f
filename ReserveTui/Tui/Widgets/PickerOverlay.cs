using System.Collections.ObjectModel;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Widgets;

/// <summary>
/// A list to choose from, drawn over the screen, with a filter line on top: typing narrows the list (every typed
/// word must appear in the item's line or search text, case ignored), ↑↓ PgUp PgDn Home End move, Enter chooses,
/// Esc (the screen's Back) cancels. Replaces typed ids and exact names in forms: a scheme, a unit, a person, a
/// track, a channel, a voter category is chosen, not spelled. A choice the screen refuses keeps the picker open
/// with the reason under the list.
/// </summary>
internal sealed class PickerOverlay : View
{
    private readonly LineField _filter;
    private readonly ListView _list;
    private readonly Label _count;
    private readonly Label _hint;
    private readonly Label _error;
    private IReadOnlyList<PickItem> _all = [];
    private List<PickItem> _shown = [];
    private Func<PickItem, string?>? _chosen;
    private string? _waiting;

    // Opening a picker from a choice (the next step of a flow) must not be undone by the close that follows it.
    private int _generation;

    public PickerOverlay()
    {
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(90);
        Height = Dim.Percent(90);
        BorderStyle = Terminal.Gui.Drawing.LineStyle.Double;
        Visible = false;
        CanFocus = true;
        var label = new Label { X = 1, Y = 0, Text = "筛选：" };
        _filter = new LineField { X = Pos.Right(label), Y = 0, Width = Dim.Fill(1) };
        _count = new Label { X = 1, Y = 1, Width = Dim.Fill(1), Height = 1 };
        _list = new ListView { X = 1, Y = 2, Width = Dim.Fill(1), Height = Dim.Fill(3), CanFocus = false };
        _hint = new Label { X = 1, Y = Pos.AnchorEnd(2), Width = Dim.Fill(1), Height = 1 };
        _error = new Label { X = 1, Y = Pos.AnchorEnd(1), Width = Dim.Fill(1), Height = 1 };
        _filter.TextChanged += (_, _) =>
        {
            // A paste is not stopped key by key: cut it to the limit (setting the text comes back here once).
            if ((_filter.Text ?? "").Length > FilterBox.Limit) _filter.Text = FilterBox.Clip(_filter.Text);
            else Narrow();
        };
        _filter.KeyDown += (_, key) => OnKey(key);
        _list.ValueChanged += (_, _) => Mark();
        FilterBox.Bound(_filter, () => _error.Text = $"筛选最多 {FilterBox.Limit} 字");
        Add(label, _filter, _count, _list, _hint, _error);
    }

    public bool IsOpen => Visible;

    /// <summary>The filter line has the keyboard: letters typed narrow the list, they are not commands.</summary>
    public bool HasTyping => _filter.HasFocus;

    /// <summary>The lines listed now (after narrowing).</summary>
    public IReadOnlyList<string> Lines => _shown.Select(i => i.Line).ToList();

    /// <summary>The line under the cursor.</summary>
    public string? Selected => _list.SelectedItem is { } i && i < _shown.Count ? _shown[i].Line : null;

    /// <summary>What the filter holds.</summary>
    public string Filter
    {
        get => _filter.Text ?? "";
        set => _filter.Text = FilterBox.Clip(value);
    }

    /// <summary>The refusal shown after a choice that was not taken ("" when none).</summary>
    public string Error => _error.Text ?? "";

    /// <summary>
    /// Opens the picker. <paramref name="chosen"/> returns null when it took the choice (the picker closes, unless
    /// the choice opened the next picker) or the reason it did not (the picker stays, saying why).
    /// </summary>
    public void Open(string title, IReadOnlyList<PickItem> items, string hint, Func<PickItem, string?> chosen, int selected = 0)
    {
        // The items a waiting picker was waiting for: what was typed meanwhile narrows them.
        var typed = _waiting is not null && Visible ? _filter.Text ?? "" : "";
        _waiting = null;
        _generation++;
        Title = title;
        _all = items;
        _chosen = chosen;
        // The hint may be several lines (a refusal's reasons before a confirmation): wrapped here, at the picker's width.
        var columns = Math.Max(20, (SuperView?.Viewport.Width ?? 80) * 90 / 100 - 4);
        // The hint takes what the list does not need, the list keeping three rows at least (filter, count, error: 3 more).
        var inside = Math.Max(8, (SuperView?.Viewport.Height ?? 22) * 90 / 100 - 2);
        var room = Math.Max(1, inside - 3 - Math.Min(3, Math.Max(1, items.Count)) - 1);
        var lines = TextColumns.Wrap(hint, columns).ToList();
        if (lines.Count > room) lines = [.. lines.Take(room - 1), "……"];
        _hint.Text = string.Join("\n", lines);
        _hint.Height = lines.Count;
        _hint.Y = Pos.AnchorEnd(lines.Count + 1);
        _list.Height = Dim.Fill(lines.Count + 1);
        _error.Text = "";
        _filter.Text = typed;
        Narrow();
        if (_shown.Count > 0) _list.SelectedItem = Math.Clamp(selected, 0, _shown.Count - 1);
        Visible = true;
        _filter.SetFocus();
        SetNeedsLayout();
    }

    /// <summary>
    /// Opens the picker before its items are known (they are worked out on a worker): the count line says
    /// <paramref name="waiting"/>, Enter says to wait, Esc cancels. Returns the ticket <see cref="Shows"/> checks
    /// before the items are put in (<see cref="Open"/> again).
    /// </summary>
    public int OpenWaiting(string title, string waiting, string hint)
    {
        Open(title, [], hint, _ => null);
        _waiting = waiting;
        _count.Text = waiting;
        return _generation;
    }

    /// <summary>Whether the picker opened with <paramref name="ticket"/> is still the one showing (not closed, not replaced).</summary>
    public bool Shows(int ticket) => Visible && _generation == ticket;

    public void Close()
    {
        Visible = false;
        SuperView?.SetNeedsDraw();
    }

    /// <summary>Chooses the item under the cursor (Enter).</summary>
    public void Choose()
    {
        if (_list.SelectedItem is not { } i || i >= _shown.Count)
        {
            _error.Text = _waiting is not null ? "⚠ " + _waiting : _all.Count == 0 ? "⚠ 没有可选的项" : "⚠ 没有与筛选相符的项：改一改筛选，或按 Backspace 删去";
            return;
        }

        var generation = _generation;
        var refusal = _chosen?.Invoke(_shown[i]);
        if (refusal is not null)
        {
            _error.Text = "⚠ " + refusal.ReplaceLineEndings(" ");
            return;
        }

        if (generation == _generation) Close();
    }

    // The keyboard stays in the filter line, so the list never has the focus its highlight is drawn for: the row
    // under the cursor carries a marker of its own, which also shows where the cursor is without colour.
    private const string Marker = "▶ ";
    private const string Unmarked = "  ";
    private ObservableCollection<string> _rows = [];
    private int? _marked;

    private void Mark()
    {
        if (_marked is { } old && old < _rows.Count) _rows[old] = Unmarked + _shown[old].Line;
        _marked = _list.SelectedItem is { } now && now < _rows.Count ? now : null;
        if (_marked is { } at) _rows[at] = Marker + _shown[at].Line;
    }

    private void OnKey(Key key)
    {
        if (key == Key.Enter) Choose();
        else if (key == Key.CursorDown) _list.MoveDown();
        else if (key == Key.CursorUp) _list.MoveUp();
        else if (key == Key.PageDown) _list.MovePageDown();
        else if (key == Key.PageUp) _list.MovePageUp();
        else if (key == Key.Home.WithCtrl || (key == Key.Home && Filter.Length == 0)) _list.MoveHome();
        else if (key == Key.End.WithCtrl || (key == Key.End && Filter.Length == 0)) _list.MoveEnd();
        else return;
        key.Handled = true;
    }

    // Every typed word must be found; the item under the cursor stays under it when it is still listed.
    private void Narrow()
    {
        var keep = _list.SelectedItem is { } was && was < _shown.Count ? _shown[was] : null;
        var words = Filter.Split([' ', '　'], StringSplitOptions.RemoveEmptyEntries);
        _shown = _all.Where(item => words.All(w => item.Line.Contains(w, StringComparison.OrdinalIgnoreCase) || item.Search.Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
        // Where the first word is found earliest in the line comes first: "职业" finds 示例职业技术学院 before the
        // units whose line names it as their parent; otherwise the order given (a stable sort) stands.
        if (words.Length > 0)
            _shown = _shown.OrderBy(item => item.Line.IndexOf(words[0], StringComparison.OrdinalIgnoreCase) is var at and >= 0 ? at : int.MaxValue).ToList();
        _rows = new ObservableCollection<string>(_shown.Select(i => Unmarked + i.Line));
        _marked = null;
        _list.SetSource(_rows);
        var at = keep is null ? -1 : _shown.IndexOf(keep);
        _list.SelectedItem = _shown.Count == 0 ? null : Math.Max(0, at);
        Mark();
        _count.Text = _waiting ?? (words.Length == 0 ? $"共 {_all.Count} 项，输入文字可筛选" : $"{_shown.Count} / {_all.Count} 项与“{Filter}”相符");
        if (_error.Text is { Length: > 0 } e && e.StartsWith("⚠ 没有", StringComparison.Ordinal)) _error.Text = "";
    }
}
