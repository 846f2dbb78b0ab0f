// TextView is marked obsolete in 2.5.0 in favour of tui-cs/Editor's EditorView, a separate package that is not
// served here and that the fixed package set does not include; TextView is still shipped, tested and working.
#pragma warning disable CS0618
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Widgets;

/// <summary>
/// A small form drawn over the screen: labelled text fields, Enter moves to the next field and submits on the
/// last, ↑↓ move between fields, Esc (handled by the screen's Back) cancels. A refused submit keeps the form open
/// with everything typed and the reason under the hint. Hidden until opened. The hint may span several lines
/// (a checklist, the accepted values). Each field states its limit ("12/50 字" for the focused one) and takes no
/// more typed characters past it; a note field is three lines high and keeps the line breaks of a paste (Ctrl+J
/// starts a new line by hand).
/// </summary>
internal sealed class FormOverlay : View
{
    private readonly List<View> _fields = [];
    private readonly List<FormField> _specs = [];
    private readonly Label _counter = new() { X = Pos.AnchorEnd(), Width = Dim.Auto(), Height = 1, Text = "" };
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

    /// <summary>What the counter at the form's foot says now (the focused field's length and limit).</summary>
    public string Counter => _counter.Text ?? "";

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
    public void Open(string title, IReadOnlyList<string> labels, string hint, Func<IReadOnlyList<string>, string?> submit) =>
        Open(title, labels.Select(l => (FormField)l).ToList(), hint, submit);

    /// <summary>Opens a form of <paramref name="fields"/> with their limits and kinds (see <see cref="FormField"/>).</summary>
    public void Open(string title, IReadOnlyList<FormField> fields, string hint, Func<IReadOnlyList<string>, string?> submit)
    {
        // The previous form's views are ours to dispose once removed (the counter is kept for the next form).
        foreach (var old in SubViews.Where(v => v != _counter).ToList())
        {
            Remove(old);
            old.Dispose();
        }

        Remove(_counter);
        _fields.Clear();
        _specs.Clear();
        _specs.AddRange(fields);
        Title = title;
        _submit = submit;
        var fieldX = Math.Max(12, fields.Max(f => TextColumns.Width(f.Label)) + 3);
        var y = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            var spec = fields[i];
            var label = new Label { X = 1, Y = y, Text = spec.Label };
            View field = spec.MultiLine
                ? new TextView { X = fieldX, Y = y, Width = Dim.Fill(1), Height = NoteHeight, WordWrap = true, EnterKeyAddsLine = false, TabKeyAddsTab = false }
                : Line(spec, fieldX, y);
            var index = i;
            field.KeyDown += (_, key) => OnFieldKey(index, key);
            field.HasFocusChanged += (_, _) => ShowCount();
            if (field is TextView noteView) noteView.ContentsChanged += (_, _) => ShowCount();
            else field.TextChanged += (_, _) => ShowCount();
            Add(label, field);
            _fields.Add(field);
            y += (spec.MultiLine ? NoteHeight : 1) + 1;
        }

        // Wrapped here, at the width the form will have, so no part of the hint is cut off at 80 columns.
        var columns = Math.Max(20, (SuperView?.Viewport.Width ?? 80) * 80 / 100 - 4);
        var wrapped = TextColumns.Wrap(hint, columns).ToList();
        var hintLines = wrapped.Count;
        Add(new Label { X = 1, Y = y, Width = Dim.Fill(1), Height = hintLines, Text = string.Join("\n", wrapped) });
        _columns = columns;
        Error = "";
        // The focused field's count has a line of its own under the hint, right-aligned; a refusal comes below it.
        _counter.Text = "";
        _counter.Y = y + hintLines;
        Add(_counter);
        _error = new Label { X = 1, Y = y + hintLines + 1, Width = Dim.Fill(1), Height = 0, Text = "" };
        Add(_error);
        _baseHeight = y + hintLines + 3;
        Height = _baseHeight;
        Visible = true;
        _fields[0].SetFocus();
        SetNeedsLayout();
    }

    private const int NoteHeight = 3;

    // Said once, with the count that follows the paste (the next edit clears it).
    private string? _dropped;

    private LineField Line(FormField spec, int x, int y)
    {
        var field = new LineField { X = x, Y = y, Width = Dim.Fill(1) };
        // Coming into a field that holds text (pre-filled, or typed before a refusal) selects it: typing replaces it,
        // ← or → keep it to edit.
        field.HasFocusChanged += (_, _) =>
        {
            if (field.HasFocus && !string.IsNullOrEmpty(field.Text)) field.SelectAll();
        };
        field.LinesDropped += lines => _dropped = $"{spec.Label}只有一行：粘贴的 {lines} 行只取了第一行";
        return field;
    }

    // ↑↓ move between fields (to correct one after a refusal; inside a note, past its first or last line); Enter
    // moves on, and submits on the last; a printable key past the field's limit is not taken.
    private void OnFieldKey(int index, Key key)
    {
        var field = _fields[index];
        var note = field as TextView;
        if (note is not null && key == Key.J.WithCtrl)
        {
            if (Length(field) < _specs[index].Limit) note.InsertText("\n");
        }
        else if (key == Key.CursorUp && index > 0 && (note is null || note.CurrentRow == 0))
        {
            _fields[index - 1].SetFocus();
        }
        else if (key == Key.CursorDown && index + 1 < _fields.Count && (note is null || note.CurrentRow >= note.Lines - 1))
        {
            _fields[index + 1].SetFocus();
        }
        else if (key == Key.Enter)
        {
            if (index + 1 < _fields.Count) _fields[index + 1].SetFocus();
            else Submit();
        }
        else if (key.AsRune.Value >= 32 && !key.IsCtrl && !key.IsAlt && Length(field) >= _specs[index].Limit)
        {
            _counter.Text = Full(_specs[index]);
        }
        else
        {
            return;
        }

        key.Handled = true;
    }

    private static int Length(View field) => Import.TextSafety.Length(Value(field));

    // The focused field's count against its limit: the limit is stated where the typing happens.
    private void ShowCount()
    {
        var index = _fields.FindIndex(f => f.HasFocus);
        if (index < 0) return;
        var spec = _specs[index];
        var length = Length(_fields[index]);
        var count = length > spec.Limit ? Over(spec, length) : $"{length}/{spec.Limit} 字" + (spec.MultiLine ? "（可多行，Ctrl+J 换行）" : "");
        _counter.Text = _dropped is { } dropped ? $"{dropped}  {count}" : count;
        _dropped = null;
    }

    private static string Full(FormField spec) => $"{spec.Label}最多 {spec.Limit} 字";

    private static string Over(FormField spec, int length) => $"超出 {length - spec.Limit} 字（{spec.Label}最多 {spec.Limit} 字）";

    public void Close()
    {
        Visible = false;
        SuperView?.SetNeedsDraw();
    }

    /// <summary>What the fields hold now.</summary>
    public IReadOnlyList<string> Values => _fields.Select(Value).ToList();

    // TextView's Text hides View.Text in 2.5.0 (read through View it is empty). A note's line breaks come back \n only.
    private static string Value(View field) => ((field is TextView note ? note.Text : field.Text) ?? "").Replace("\r\n", "\n");

    /// <summary>Types into the fields (tests, and pasting).</summary>
    public void Fill(params string[] values)
    {
        for (var i = 0; i < values.Length && i < _fields.Count; i++)
        {
            if (_fields[i] is TextView note) note.Text = values[i];
            else if (_fields[i] is TextField line)
            {
                line.Text = values[i];
                if (line.HasFocus && values[i].Length > 0) line.SelectAll();
            }
            else _fields[i].Text = values[i];
        }
    }

    public void Submit()
    {
        var values = Values;
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
