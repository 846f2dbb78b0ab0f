namespace ReserveTui.Tui.Widgets;

/// <summary>Terminal columns of text: CJK and full-width characters take two cells (string length counts UTF-16 units, not cells).</summary>
internal static class TextColumns
{
    public static int Width(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6'
            ? 2 : 1;

    public static int Width(string s) => s.Sum(Width);

    /// <summary>Pads (or cuts) to exactly <paramref name="columns"/> cells, so CJK columns line up.</summary>
    public static string Pad(string s, int columns)
    {
        var result = new System.Text.StringBuilder();
        var width = 0;
        foreach (var c in s)
        {
            if (width + Width(c) > columns) break;
            result.Append(c);
            width += Width(c);
        }

        return result.Append(' ', columns - width).ToString();
    }

    /// <summary>Marks that may not begin a line in Chinese typesetting (避头点号).</summary>
    private const string NoLineStart = "、，。；：！？）》」』】〕”’…";

    /// <summary>Breaks each line so that no piece is wider than <paramref name="columns"/>; continuation lines keep the indent.</summary>
    public static IEnumerable<string> Wrap(string text, int columns)
    {
        columns = Math.Max(columns, 8);
        foreach (var line in text.Replace("\r", "").Split('\n'))
        {
            var indent = new string(' ', Math.Min(line.Length - line.TrimStart(' ').Length, columns / 2));
            var current = new System.Text.StringBuilder();
            var width = 0;
            foreach (var c in line)
            {
                var w = Width(c);
                if (width + w > columns)
                {
                    // 避头: a closing mark (、，。）…) never starts a line; the character before it moves down with it.
                    var carried = NoLineStart.Contains(c) && current.Length > indent.Length + 1 && !char.IsSurrogate(current[^1]) ? current[^1] : (char?)null;
                    if (carried is not null) current.Length--;
                    yield return current.ToString();
                    current.Clear().Append(indent);
                    width = indent.Length;
                    if (carried is { } moved)
                    {
                        current.Append(moved);
                        width += Width(moved);
                    }
                }

                current.Append(c);
                width += w;
            }

            yield return current.ToString();
        }
    }
}
