using System.Text;
using Terminal.Gui.Text;

namespace ReserveTui.Tui.Widgets;

/// <summary>
/// Terminal columns of text, measured rune by rune with the width Terminal.Gui draws with (its wcwidth port): CJK
/// and emoji take two cells, combining and zero-width characters none — string length counts UTF-16 units, not cells.
/// </summary>
internal static class TextColumns
{
    /// <summary>Marks that may not begin a line in Chinese typesetting (避头点号).</summary>
    private const string NoLineStart = "、，。；：！？）》」』】〕”’…%％";

    /// <summary>Cells one rune takes; control characters take none.</summary>
    public static int Width(Rune r) => Math.Max(0, r.GetColumns());

    public static int Width(string s) => s.EnumerateRunes().Sum(Width);

    /// <summary>Pads (or cuts) to exactly <paramref name="columns"/> cells, so CJK columns line up.</summary>
    public static string Pad(string s, int columns)
    {
        var result = new StringBuilder();
        var width = 0;
        foreach (var r in s.EnumerateRunes())
        {
            if (width + Width(r) > columns) break;
            result.Append(r.ToString());
            width += Width(r);
        }

        return result.Append(' ', columns - width).ToString();
    }

    /// <summary>Breaks each line so that no piece is wider than <paramref name="columns"/>; continuation lines keep the indent.</summary>
    public static IEnumerable<string> Wrap(string text, int columns)
    {
        columns = Math.Max(columns, 8);
        foreach (var line in text.Replace("\r", "").Split('\n'))
        {
            var indent = new string(' ', Math.Min(line.Length - line.TrimStart(' ').Length, columns / 2));
            var current = new List<Rune>();
            var width = 0;
            foreach (var r in line.EnumerateRunes())
            {
                var w = Width(r);
                if (width + w > columns)
                {
                    // 避头: a closing mark (、，。）…, %) never starts a line; the character before it moves down with it,
                    // and if that one may not start a line either (the % of "10%，"), the one before that too.
                    var carry = 0;
                    if (IsNoLineStart(r) && current.Count > indent.Length + 1)
                        for (carry = 1; carry < current.Count - indent.Length - 1 && IsNoLineStart(current[^carry]); carry++) { }
                    var carried = current.GetRange(current.Count - carry, carry);
                    current.RemoveRange(current.Count - carry, carry);
                    yield return Join(current);
                    current = [.. indent.EnumerateRunes(), .. carried];
                    width = indent.Length + carried.Sum(Width);
                }

                current.Add(r);
                width += w;
            }

            yield return Join(current);
        }
    }

    private static bool IsNoLineStart(Rune r) => r.IsBmp && NoLineStart.Contains((char)r.Value);

    private static string Join(List<Rune> runes) => string.Concat(runes.Select(r => r.ToString()));
}
