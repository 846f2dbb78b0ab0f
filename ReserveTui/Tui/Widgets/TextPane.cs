using Terminal.Gui.ViewBase;

namespace ReserveTui.Tui.Widgets;

/// <summary>
/// Read-only text that wraps to the pane's width (counting CJK characters as two cells) and scrolls with the
/// arrow and page keys. Long rule descriptions are wrapped, never cut.
/// </summary>
internal sealed class TextPane : View
{
    private readonly WrappedList _list = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
    private string _text = "";

    public TextPane()
    {
        CanFocus = true;
        Add(_list);
    }

    public new string Text
    {
        get => _text;
        set
        {
            _text = value;
            _list.Items = value.Replace("\r", "").Split('\n');
            _list.SelectedIndex = 0;
        }
    }

    /// <summary>The wrapped lines as shown.</summary>
    public IReadOnlyList<string> Lines => _list.Lines;
}
