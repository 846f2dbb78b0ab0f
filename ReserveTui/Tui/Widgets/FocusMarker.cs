using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace ReserveTui.Tui.Widgets;

/// <summary>
/// The pane with the keyboard is drawn with a double border (═), the others single (─): where the focus is shows
/// without colour — on a monochrome terminal, to a colour-blind operator, in a screenshot pasted into a chat.
/// </summary>
internal static class FocusMarker
{
    /// <summary>Watches every single-bordered pane of a screen (overlays keep their own double border).</summary>
    public static void Mark(View screen)
    {
        foreach (var pane in screen.SubViews.Where(v => v.BorderStyle == LineStyle.Single))
        {
            pane.HasFocusChanged += (_, _) => pane.BorderStyle = pane.HasFocus ? LineStyle.Double : LineStyle.Single;
            if (pane.HasFocus) pane.BorderStyle = LineStyle.Double;
        }
    }
}
