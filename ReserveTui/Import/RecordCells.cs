using System.Collections;

namespace ReserveTui.Import;

/// <summary>
/// One CSV record's cells where they lie in the text read (a chunk of the file held whole in memory): each cell is a
/// span of that text, and becomes a string only when asked for one. A roster's dates, levels and yes/no cells are
/// read straight from their spans (<see cref="PersonFields"/>), so most of a 100,000-row check's 2.4 million cells are
/// never made strings at all. Reused for the reader's next record: read a record before asking for the next.
/// </summary>
internal sealed class RecordCells : IReadOnlyList<string?>
{
    private readonly bool[]? _repeating;
    private readonly CellTexts _texts;
    private char[] _text = [];
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];

    // A cell's string once made; a quoted cell (its doubled quotes made single) is one from the start.
    private string?[] _made = new string?[32];

    /// <param name="repeating">The columns whose cells share one string per value (see <see cref="CellTexts"/>); null: every short cell.</param>
    /// <param name="texts">The shared strings.</param>
    public RecordCells(IReadOnlyList<bool>? repeating, CellTexts texts)
    {
        // An array: asked for every cell made, and an array through IReadOnlyList is an interface call each time.
        _repeating = repeating?.ToArray();
        _texts = texts;
    }

    public int Count { get; private set; }

    /// <summary>
    /// Whether the record is known to hold no character <see cref="TextSafety"/> looks at (it was looked at whole):
    /// then a cell's only possible problem is its length. False when not known.
    /// </summary>
    public bool Clean { get; internal set; }

    /// <summary>Cell <paramref name="index"/> as a string (one string per value in repeating columns).</summary>
    public string? this[int index] => (uint)index < (uint)Count ? _made[index] ??= Make(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Cell <paramref name="index"/> as written, without making a string of it.</summary>
    public ReadOnlySpan<char> Span(int index) =>
        (uint)index >= (uint)Count ? throw new ArgumentOutOfRangeException(nameof(index))
        : _made[index] is { } made ? made : _text.AsSpan(_starts[index], _lengths[index]);

    /// <summary>Whether every cell is empty or white space (a blank line, or a row of empty cells).</summary>
    public bool Blank()
    {
        for (var i = 0; i < Count; i++)
            if (!Span(i).IsWhiteSpace()) return false;
        return true;
    }

    /// <summary>Starts the next record, in <paramref name="text"/>.</summary>
    internal void Start(char[] text)
    {
        _text = text;
        Array.Clear(_made, 0, Count);
        Count = 0;
        Clean = false;
    }

    /// <summary>Adds a cell that is <paramref name="length"/> characters of the text from <paramref name="start"/>.</summary>
    internal void Add(int start, int length)
    {
        Room();
        (_starts[Count], _lengths[Count], _made[Count]) = (start, length, null);
        Count++;
    }

    /// <summary>Adds a cell already made a string.</summary>
    internal void Add(string text)
    {
        Room();
        (_starts[Count], _lengths[Count], _made[Count]) = (0, text.Length, text);
        Count++;
    }

    /// <summary>Adds a cell made a string at once (its text is about to be overwritten), shared as <see cref="Make"/> would.</summary>
    internal void AddMade(ReadOnlySpan<char> text) => Add(Made(Count, text));

    /// <summary>The cells as strings, in an array of their own.</summary>
    public string[] Strings()
    {
        var strings = new string[Count];
        for (var i = 0; i < Count; i++) strings[i] = this[i]!;
        return strings;
    }

    public IEnumerator<string?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string Make(int index) => Made(index, _text.AsSpan(_starts[index], _lengths[index]));

    private string Made(int column, ReadOnlySpan<char> text) =>
        _repeating is null || column < _repeating.Length && _repeating[column] ? _texts.Of(text) : text.IsEmpty ? "" : new string(text);

    private void Room()
    {
        if (Count < _starts.Length) return;
        Array.Resize(ref _starts, Count * 2);
        Array.Resize(ref _lengths, Count * 2);
        Array.Resize(ref _made, Count * 2);
    }
}
