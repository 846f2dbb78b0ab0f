using System.Collections.ObjectModel;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Widgets;

/// <summary>
/// Read-only text that wraps to the pane's width (counting CJK characters as two cells) and scrolls with the
/// arrow and page keys. Long rule descriptions are wrapped, never cut.
/// </summary>
internal sealed class TextPane : View
{
    private readonly ListView _lines;
    private string _text = "";
    private int _wrappedAt = -1;

    public TextPane()
    {
        CanFocus = true;
        _lines = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        Add(_lines);
        FrameChanged += (_, _) => Rewrap();
    }

    public new string Text
    {
        get => _text;
        set
        {
            _text = value;
            _wrappedAt = -1;
            Rewrap();
        }
    }

    /// <summary>The wrapped lines as shown.</summary>
    public IReadOnlyList<string> Lines { get; private set; } = [];

    private void Rewrap()
    {
        var width = Viewport.Width > 0 ? Viewport.Width - 1 : 60;
        if (width == _wrappedAt) return;
        _wrappedAt = width;
        Lines = TextColumns.Wrap(_text, width).ToList();
        _lines.SetSource(new ObservableCollection<string>(Lines));
        _lines.SelectedItem = Lines.Count > 0 ? 0 : null;
    }
}
