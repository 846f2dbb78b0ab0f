using Terminal.Gui.Views;

namespace ReserveTui.Tui.Widgets;

/// <summary>
/// A one-line form field that says when a paste had more lines than it keeps: Terminal.Gui's TextField keeps the
/// first line of a paste without a word, and the operator would not know the rest was left out.
/// </summary>
internal sealed class LineField : TextField
{
    /// <summary>Raised with the number of lines a paste had when only its first was kept.</summary>
    public event Action<int>? LinesDropped;

    protected override string OnSanitizingPaste(string text)
    {
        var lines = text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').Length;
        if (lines > 1) LinesDropped?.Invoke(lines);
        return base.OnSanitizingPaste(text);
    }
}
