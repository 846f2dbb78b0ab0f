using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Widgets;

/// <summary>
/// A small form drawn over the screen: labelled text fields, Enter moves to the next field and submits on the
/// last, ↑↓ move between fields, Esc (handled by the screen's Back) cancels. A refused submit keeps the form open
/// with everything typed and the reason under the hint. Hidden until opened. The hint may span several lines
/// (a checklist, the accepted values).
/// </summary>
internal sealed class FormOverlay : View
{
    private readonly List<TextField> _fields = [];
    private Func<IReadOnlyList<string>, string?>? _submit;
    /// <summary>The most lines a refusal takes inside the form (the status line has the whole sentence).</summary>
    private const int MaxErrorLines = 4;

    private Label _error = new();
    private int _baseHeight;
    private int _columns = 60;

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

    /// <summary>The refusal shown in the form after a submit that was not taken ("" when none).</summary>
    public string Error { get; private set; } = "";

    /// <summary>Opens a form whose submit always closes it.</summary>
    public void Open(string title, IReadOnlyList<string> labels, string hint, Action<IReadOnlyList<string>> submit) =>
        Open(title, labels, hint, v =>
        {
            submit(v);
            return null;
        });

    /// <summary>
    /// Opens a form. <paramref name="submit"/> returns null when it took the values (the form closes) or the
    /// reason it did not (the form stays open with everything typed and shows the reason): no edit is lost.
    /// </summary>
    public void Open(string title, IReadOnlyList<string> labels, string hint, Func<IReadOnlyList<string>, string?> submit)
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
                // ↑↓ move between fields (to correct one after a refusal); Enter moves on, and submits on the last.
                if (key == Key.CursorUp && index > 0) _fields[index - 1].SetFocus();
                else if (key == Key.CursorDown && index + 1 < _fields.Count) _fields[index + 1].SetFocus();
                else if (key != Key.Enter) return;
                else if (index + 1 < _fields.Count) _fields[index + 1].SetFocus();
                else Submit();
                key.Handled = true;
            };
            Add(label, field);
            _fields.Add(field);
        }

        // Wrapped here, at the width the form will have, so no part of the hint is cut off at 80 columns.
        var columns = Math.Max(20, (SuperView?.Viewport.Width ?? 80) * 80 / 100 - 4);
        var wrapped = TextColumns.Wrap(hint, columns).ToList();
        var hintLines = wrapped.Count;
        Add(new Label { X = 1, Y = labels.Count * 2, Width = Dim.Fill(1), Height = hintLines, Text = string.Join("\n", wrapped) });
        _columns = columns;
        Error = "";
        _error = new Label { X = 1, Y = labels.Count * 2 + hintLines, Width = Dim.Fill(1), Height = 0, Text = "" };
        Add(_error);
        _baseHeight = labels.Count * 2 + hintLines + 2;
        Height = _baseHeight;
        Visible = true;
        _fields[0].SetFocus();
        SetNeedsLayout();
    }

    public void Close()
    {
        Visible = false;
        SuperView?.SetNeedsDraw();
    }

    /// <summary>What the fields hold now.</summary>
    public IReadOnlyList<string> Values => _fields.Select(f => f.Text ?? "").ToList();

    /// <summary>Types into the fields (tests, and pasting).</summary>
    public void Fill(params string[] values)
    {
        for (var i = 0; i < values.Length && i < _fields.Count; i++) _fields[i].Text = values[i];
    }

    public void Submit()
    {
        var values = _fields.Select(f => f.Text ?? "").ToList();
        var refusal = _submit?.Invoke(values);
        if (refusal is null)
        {
            Close();
            return;
        }

        Error = refusal;
        // A refusal that quotes a long paste must not push the form off the screen: a few lines, then "…".
        var lines = TextColumns.Wrap("⚠ " + refusal, _columns).ToList();
        if (lines.Count > MaxErrorLines) lines = [.. lines.Take(MaxErrorLines - 1), lines[MaxErrorLines - 1][..Math.Max(0, lines[MaxErrorLines - 1].Length - 1)] + "…"];
        _error.Text = string.Join("\n", lines);
        _error.Height = lines.Count;
        Height = _baseHeight + lines.Count;
        if (!_fields.Any(f => f.HasFocus)) _fields[^1].SetFocus();
        SetNeedsLayout();
    }
}
