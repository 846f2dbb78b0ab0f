using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Widgets;

/// <summary>
/// ↑ on a list's first row and ↓ on its last stay in the list. Terminal.Gui otherwise hands the key on and the
/// focus jumps to a neighbouring pane, where the next Enter acts on something the operator did not choose.
/// </summary>
internal static class ListEdges
{
    public static void Contain(ListView list) => list.KeyDown += (_, key) =>
    {
        var last = (list.Source?.Count ?? 0) - 1;
        var at = list.SelectedItem ?? -1;
        if ((key == Key.CursorDown && at >= last) || (key == Key.CursorUp && at <= 0)) key.Handled = true;
    };
}
