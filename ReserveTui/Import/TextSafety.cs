using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace ReserveTui.Import;

/// <summary>
/// What any text kept in the record must be: whole characters (no U+FFFD from a broken decode or paste, no half
/// surrogate), no control characters (an ESC in a name would drive the terminal of whoever lists it), no
/// direction overrides (they make a name read differently from what is stored), and no longer than its field's
/// limit, counted in characters as a person counts them. Emoji, joiners and any script are kept exactly.
/// </summary>
internal static class TextSafety
{
    /// <summary>Names of people, units, posts: 50 characters.</summary>
    public const int NameLimit = 50;

    /// <summary>One-line facts (ethnicity, health, a discipline record): 200 characters.</summary>
    public const int LineLimit = 200;

    // Controls (C0, DEL, C1), surrogates, U+FFFD-U+FFFF and the direction overrides: what Problem's loop reacts to,
    // one bit per character (8 KB). A cell is a few Chinese characters, for which a bit per character is 2.5 times as
    // fast as SearchValues (which has no vector path for a set this scattered); a roster check asks 2.4 million times.
    private static readonly ulong[] Suspect = Bits(('\u0000', '\u001F'), ('\u007F', '\u009F'), ('\uD800', '\uDFFF'), ('\uFFFD', '\uFFFF'), ('\u202A', '\u202E'), ('\u2066', '\u2069'));

    private static ulong[] Bits(params (char First, char Last)[] ranges)
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        foreach (var (first, last) in ranges)
            for (int c = first; c <= last; c++) bits[c >> 6] |= 1UL << (c & 63);
        return bits;
    }

    private static bool HasSuspect(ReadOnlySpan<char> text)
    {
        var bits = Suspect;
        foreach (var c in text)
            if ((bits[c >> 6] & (1UL << (c & 63))) != 0) return true;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="text"/> has any character <see cref="Problem"/> looks at: when a whole CSV record has
    /// none, none of its cells has a problem but its length (<see cref="TooLong"/>).
    /// </summary>
    /// <remarks>
    /// A record is a hundred characters or so: looked at 16 at a time, each set of ranges in a few vector compares,
    /// where a cell at a time each character cost a lookup.
    /// </remarks>
    public static bool AnySuspect(ReadOnlySpan<char> text)
    {
        if (!Vector256.IsHardwareAccelerated || text.Length < Vector256<ushort>.Count) return HasSuspect(text);
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var last = text.Length - Vector256<ushort>.Count;
        for (var i = 0; i < last; i += Vector256<ushort>.Count)
            if (Suspects(Vector256.LoadUnsafe(ref first, (nuint)i)) != Vector256<ushort>.Zero) return true;
        // The last 16, overlapping what was looked at already.
        return Suspects(Vector256.LoadUnsafe(ref first, (nuint)last)) != Vector256<ushort>.Zero;
    }

    // The ranges of Suspect (TextSafetyTests holds the two equal on every character), each as one unsigned compare:
    // c - first <= last - first.
    private static Vector256<ushort> Suspects(Vector256<ushort> c) =>
        In(c, '\u0000', '\u001F') | In(c, '\u007F', '\u009F') | In(c, '\uD800', '\uDFFF') | In(c, '\uFFFD', '\uFFFF')
        | In(c, '\u202A', '\u202E') | In(c, '\u2066', '\u2069');

    private static Vector256<ushort> In(Vector256<ushort> c, char first, char last) =>
        Vector256.LessThanOrEqual(c - Vector256.Create((ushort)first), Vector256.Create((ushort)(last - first)));

    /// <summary>The over-length message for text of <paramref name="length"/> characters as a person counts them, or null within the limit.</summary>
    public static string? TooLong(int length, int limit) => length > limit ? $"过长（{length} 字），不超过 {limit} 字" : null;

    /// <summary>Notes, conclusions, report texts: 2,000 characters, line breaks kept.</summary>
    public const int NoteLimit = 2000;

    /// <summary>Why <paramref name="text"/> cannot be kept, or null. <paramref name="multiLine"/> allows line breaks and tabs.</summary>
    public static string? Problem(ReadOnlySpan<char> text, int limit, bool multiLine = false)
    {
        // Nearly every cell has none of the characters the loop below looks at: then its length is its char count.
        if (!HasSuspect(text)) return TooLong(text.Length, limit);
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                length++;
                continue;
            }

            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') return "含有不完整或无效的字符，请重新输入（可能是复制时被截断）";
            if (c == '\uFFFD') return "含有无法识别的字符“\uFFFD”，多半是编码错误或粘贴不完整，请重新输入";
            if (multiLine && c is '\n' or '\t') { length++; continue; }
            if (multiLine && c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            if (char.IsControl(c)) return multiLine ? $"含有控制字符（{Code(c)}），请删除" : $"含有换行或控制字符（{Code(c)}），请只填一行文字";
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069') return $"含有文字方向控制符（{Code(c)}），会使显示与实际内容不一致，请删除";
            length++;
        }

        return TooLong(length, limit);
    }

    /// <summary>Text as a message quotes it: a pasted paragraph is not echoed back whole.</summary>
    public static string Echo(string text) => text.Length <= 20 ? text : text[..20] + "…";

    /// <summary>The number of characters as a person counts them (a surrogate pair is one).</summary>
    public static int Length(string text) => text.EnumerateRunes().Count();

    /// <summary>
    /// Text on its way to a terminal: control characters shown as their visible symbols (ESC as ␛), so nothing
    /// stored, typed or read from a file can move the cursor, ring the bell or retitle the window.
    /// </summary>
    public static string ForTerminal(string text)
    {
        // CR LF is a line break; a lone CR would return the cursor and let what follows overwrite the line.
        if (!text.Any(NeedsPicture)) return text;
        var b = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lineBreak = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
            b.Append(NeedsPicture(c) && !lineBreak ? Picture(c) : c);
        }

        return b.ToString();
    }

    private static bool NeedsPicture(char c) => char.IsControl(c) && c is not '\n' and not '\t';

    private static char Picture(char c) => c < 0x20 ? (char)(0x2400 + c) : c == 0x7F ? '\u2421' : '\uFFFD';

    private static string Code(char c) => c == '\u001b' ? "ESC" : c == '\u0007' ? "BEL" : $"U+{(int)c:X4}";
}
