using Terminal.Gui.ViewBase;

namespace ReserveTui.Tui.Widgets;

/// <summary>A bordered, centred text pane drawn over the current screen (help), hidden until opened.</summary>
internal sealed class TextPaneOverlay : View
{
    private readonly TextPane _pane;
    private View? _returnFocus;

    public TextPaneOverlay()
    {
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(90);
        Height = Dim.Percent(85);
        BorderStyle = Terminal.Gui.Drawing.LineStyle.Double;
        Visible = false;
        CanFocus = true;
        _pane = new TextPane { X = 1, Y = 0, Width = Dim.Fill(1), Height = Dim.Fill() };
        Add(_pane);
    }

    public string Content => _pane.Text;

    public void Open(string title, string text)
    {
        _returnFocus = SuperView?.MostFocused;
        Title = title;
        _pane.Text = text;
        Visible = true;
        _pane.SetFocus();
        SetNeedsDraw();
    }

    /// <summary>Keeps the pane in front with the keyboard, and names where the focus goes when it closes (a screen shown behind it).</summary>
    public void StayInFront(View returnTo)
    {
        _returnFocus = returnTo;
        if (Visible) _pane.SetFocus();
    }

    public void Close()
    {
        Visible = false;
        _returnFocus?.SetFocus();
        SuperView?.SetNeedsDraw();
    }
}
