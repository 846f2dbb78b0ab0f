using System.Collections.ObjectModel;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Widgets;

/// <summary>
/// A list whose items wrap to the pane's width (CJK characters count as two cells) instead of being cut, so a
/// long rule with its citation is read whole at 80 columns. Selection is by item: any line of an item selects it.
/// </summary>
internal sealed class WrappedList : View
{
    private readonly ListView _lines;
    private IReadOnlyList<string> _items = [];
    private List<int> _owner = [];
    private List<int> _first = [];
    private int _wrappedAt = -1;
    private int? _lastSelected;

    // Set while the lines are rebuilt: the list view moves its cursor then, but the operator did not.
    private bool _quiet;

    public WrappedList()
    {
        CanFocus = true;
        _lines = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        Add(_lines);
        FrameChanged += (_, _) => Rewrap();
        _lines.KeyDown += (_, key) =>
        {
            if (key == Terminal.Gui.Input.Key.Enter && ItemActivated is not null)
            {
                if (SelectedIndex is { } chosen) ItemActivated(this, chosen);
                key.Handled = true;
                return;
            }

            if (!StepByItem || SelectedIndex is not { } i) return;
            var next = key == Terminal.Gui.Input.Key.CursorDown ? i + 1 : key == Terminal.Gui.Input.Key.CursorUp ? i - 1 : -1;
            if (next < 0 || next >= _items.Count) return;
            SelectedIndex = next;
            key.Handled = true;
        };
        ListEdges.Contain(_lines);
        _lines.ValueChanged += (_, _) =>
        {
            if (!_quiet) Settle(_lastSelected);
        };
    }

    /// <summary>↑↓ move a whole item (a list of choices); otherwise a line at a time (text to read).</summary>
    public bool StepByItem { get; init; }

    /// <summary>Enter on an item (the item's index); when nobody listens, Enter is left to the views around.</summary>
    public event EventHandler<int>? ItemActivated;

    /// <summary>Raised when the cursor moves to another item (not when it moves within one item's lines).</summary>
    public event EventHandler? SelectionChanged;

    /// <summary>The items; setting them keeps the selected index where it still exists.</summary>
    public IReadOnlyList<string> Items
    {
        get => _items;
        set
        {
            var before = SelectedIndex;
            _quiet = true;
            _items = value;
            // An empty pane has nothing to choose: Tab passes it by.
            CanFocus = _lines.CanFocus = value.Count > 0;
            _wrappedAt = -1;
            Rewrap();
            SelectedIndex = _items.Count == 0 ? null : Math.Min(before ?? 0, _items.Count - 1);
            _quiet = false;
            Settle(before);
        }
    }

    /// <summary>The wrapped lines as shown.</summary>
    public IReadOnlyList<string> Lines { get; private set; } = [];

    /// <summary>The item the cursor is on.</summary>
    public int? SelectedIndex
    {
        get => _lines.SelectedItem is { } line && line < _owner.Count ? _owner[line] : null;
        set
        {
            _lines.SelectedItem = value is { } i && i < _first.Count ? _first[i] : null;
            // Scroll back to the top when the whole item fits from there, so lines above it stay in sight.
            if (value is { } item && item < _first.Count && LastLine(item) < _lines.Viewport.Height && _lines.Viewport.Y > 0)
                _lines.Viewport = _lines.Viewport with { Y = 0 };
        }
    }

    private int LastLine(int item) => item + 1 < _first.Count ? _first[item + 1] - 1 : _owner.Count - 1;

    // Raises SelectionChanged only when the item under the cursor really is another one than before.
    private void Settle(int? before)
    {
        _lastSelected = SelectedIndex;
        if (before != SelectedIndex) SelectionChanged?.Invoke(this, EventArgs.Empty);
    }

    private void Rewrap()
    {
        var width = Viewport.Width > 0 ? Viewport.Width - 1 : 60;
        if (width == _wrappedAt) return;
        var keep = SelectedIndex;
        var wasQuiet = _quiet;
        _quiet = true;
        _wrappedAt = width;
        var lines = new List<string>();
        _owner = [];
        _first = [];
        for (var i = 0; i < _items.Count; i++)
        {
            _first.Add(lines.Count);
            foreach (var line in TextColumns.Wrap(_items[i], width))
            {
                lines.Add(line);
                _owner.Add(i);
            }
        }

        Lines = lines;
        _lines.SetSource(new ObservableCollection<string>(lines));
        SelectedIndex = keep ?? (_items.Count > 0 ? 0 : null);
        _quiet = wasQuiet;
        if (!wasQuiet) Settle(keep);
    }
}
