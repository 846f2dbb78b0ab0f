namespace ReserveTui.Import;

/// <summary>
/// One string for each short cell text a file repeats — 男, 汉族, 中共党员, 大学本科, 是, a unit's name — instead of a
/// new one per cell: a 100,000-row roster is 2.4 million cells and most of them are a few dozen words, and making
/// each anew was most of what reading it allocated. Long texts and texts that start with a digit (dates, ID numbers)
/// are rarely repeated and are made as they come; the table stops growing at <see cref="Limit"/> entries.
/// </summary>
internal sealed class CellTexts
{
    /// <summary>The most texts kept.</summary>
    public const int Limit = 2048;

    private const int LongestKept = 16;

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public CellTexts() => _bySpan = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><paramref name="text"/> as a string, the one given before for the same text when it was kept.</summary>
    public string Of(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        if (text.Length > LongestKept || text.Length > 2 && char.IsAsciiDigit(text[0])) return new string(text);
        if (_bySpan.TryGetValue(text, out var known)) return known;
        var made = new string(text);
        if (_texts.Count < Limit) _texts[made] = made;
        return made;
    }
}
