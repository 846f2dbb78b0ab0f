namespace ReserveTui.Import;

/// <summary>
/// What each column of a roster's header is, worked out once per file: the <see cref="RosterField"/> it fills (by
/// its place in <see cref="RosterField.All"/>), or the name it is kept under when no rule knows it, with the label
/// its messages use and the length its cells may have. A 100,000-row roster asks these 2.4 million times.
/// </summary>
internal sealed class RosterColumns
{
    // The fields whose cells are a few words used over and over; names, ID numbers, dates and posts are each person's own.
    private static readonly HashSet<string> RepeatingFields =
    [
        "gender", "ethnicity", "party", "education", "full_time", "degree", "title", "rank", "unit", "unit_kind",
        "mid_mgmt_years", "teacher", "mid_level", "discipline", "misconduct", "returnee_graduate", "ready_now", "health",
    ];

    // Arrays behind spans: a 100,000-row roster asks for a column's field, label, limit and line rule 2.4 million
    // times each, and an array read through IReadOnlyList is an interface call every time.
    private readonly int[] _fields;
    private readonly string[] _labels;
    private readonly int[] _limits;
    private readonly bool[] _multiLine;
    private readonly bool[] _repeating;

    private RosterColumns(int[] fields, string[] labels, int[] limits, bool[] multiLine, bool[] repeating)
    {
        _fields = fields;
        _labels = labels;
        _limits = limits;
        _multiLine = multiLine;
        _repeating = repeating;
    }

    /// <summary>The field each column fills (an index into <see cref="RosterField.All"/>), or -1 for an extra column.</summary>
    public ReadOnlySpan<int> Fields => _fields;

    /// <summary>The column as messages name it: the field's Chinese header, else the header as written (trimmed).</summary>
    public ReadOnlySpan<string> Labels => _labels;

    /// <summary>The most characters a cell of the column may hold.</summary>
    public ReadOnlySpan<int> Limits => _limits;

    /// <summary>Whether a cell of the column may break lines (posts, one a line; remarks).</summary>
    public ReadOnlySpan<bool> MultiLine => _multiLine;

    /// <summary>Whether a column's cells are a few values over and over (see <see cref="CellTexts"/>).</summary>
    public IReadOnlyList<bool> Repeating => _repeating;

    public int Count => _fields.Length;

    /// <summary>The column that fills <paramref name="field"/>, or -1.</summary>
    public int IndexOf(int field) => Array.IndexOf(_fields, field);

    public static RosterColumns Of(IReadOnlyList<string> header)
    {
        var fields = new int[header.Count];
        var labels = new string[header.Count];
        var limits = new int[header.Count];
        var multiLine = new bool[header.Count];
        var repeating = new bool[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var field = RosterField.Find(header[i]);
            fields[i] = field is null ? -1 : RosterField.Ordinal(field.Key);
            labels[i] = field?.Header ?? header[i].Trim();
            repeating[i] = field is not null && RepeatingFields.Contains(field.Key);
            // A name is short; free-text facts a line; columns no rule knows may hold a remark. Posts and remarks may
            // break lines inside a quoted cell (one post a line).
            (limits[i], multiLine[i]) = field?.Key switch
            {
                "name" or "unit" or "unit_kind" or "id_number" => (TextSafety.NameLimit, false),
                null or "posts" => (TextSafety.NoteLimit, true),
                _ => (TextSafety.LineLimit, false),
            };
        }

        return new RosterColumns(fields, labels, limits, multiLine, repeating);
    }
}
