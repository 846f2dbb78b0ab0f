using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Widgets;

/// <summary>
/// A small form drawn over the screen: labelled text fields, Enter moves to the next field and submits on the
/// last, Esc (handled by the screen's Back) cancels. Hidden until opened. The hint may span several lines
/// (a checklist, the accepted values).
/// </summary>
internal sealed class FormOverlay : View
{
    private readonly List<TextField> _fields = [];
    private Action<IReadOnlyList<string>>? _submit;

    public FormOverlay()
    {
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(80);
        Height = 8;
        BorderStyle = Terminal.Gui.Drawing.LineStyle.Double;
        Visible = false;
        CanFocus = true;
    }

    public bool IsOpen => Visible;

    public bool HasTyping => _fields.Any(f => f.HasFocus);

    public void Open(string title, IReadOnlyList<string> labels, string hint, Action<IReadOnlyList<string>> submit)
    {
        RemoveAll();
        _fields.Clear();
        Title = title;
        _submit = submit;
        var fieldX = Math.Max(12, labels.Max(TextColumns.Width) + 3);
        for (var i = 0; i < labels.Count; i++)
        {
            var label = new Label { X = 1, Y = i * 2, Text = labels[i] };
            var field = new TextField { X = fieldX, Y = i * 2, Width = Dim.Fill(1) };
            var index = i;
            field.KeyDown += (_, key) =>
            {
                if (key != Key.Enter) return;
                key.Handled = true;
                if (index + 1 < _fields.Count) _fields[index + 1].SetFocus();
                else Submit();
            };
            Add(label, field);
            _fields.Add(field);
        }

        // Wrapped here, at the width the form will have, so no part of the hint is cut off at 80 columns.
        var columns = Math.Max(20, (SuperView?.Viewport.Width ?? 80) * 80 / 100 - 4);
        var wrapped = TextColumns.Wrap(hint, columns).ToList();
        var hintLines = wrapped.Count;
        Add(new Label { X = 1, Y = labels.Count * 2, Width = Dim.Fill(1), Height = hintLines, Text = string.Join("\n", wrapped) });
        Height = labels.Count * 2 + hintLines + 2;
        Visible = true;
        _fields[0].SetFocus();
        SetNeedsLayout();
    }

    public void Close()
    {
        Visible = false;
        SuperView?.SetNeedsDraw();
    }

    /// <summary>Types into the fields (tests, and pasting).</summary>
    public void Fill(params string[] values)
    {
        for (var i = 0; i < values.Length && i < _fields.Count; i++) _fields[i].Text = values[i];
    }

    public void Submit()
    {
        var values = _fields.Select(f => f.Text ?? "").ToList();
        Close();
        _submit?.Invoke(values);
    }
}
