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

    /// <summary>Pads to <paramref name="columns"/> cells; text already wider is left whole.</summary>
    public static string PadAtLeast(string s, int columns) => s + new string(' ', Math.Max(0, columns - Width(s)));

    /// <summary>Marks that may not end a line (避尾点号): an opening bracket or quote stays with what it opens.</summary>
    private const string NoLineEnd = "（《「『【〔“‘([{";

    /// <summary>
    /// Breaks each line so that no piece is wider than <paramref name="columns"/>; continuation lines keep the indent.
    /// The one wrapping helper of every pane, so all follow the same rules: a Chinese character may end a line
    /// anywhere, but a run of Latin letters, digits and their punctuation (v1.1.0, 2026-07-01, 10%) is one word and
    /// moves down whole unless it is wider than a line; no line starts with a closing mark (，。、；：）〕」 …) — the
    /// word before it moves down with it — and none ends with an opening one (（〔「 …).
    /// </summary>
    public static IEnumerable<string> Wrap(string text, int columns)
    {
        columns = Math.Max(columns, 8);
        foreach (var line in text.Replace("\r", "").Split('\n'))
        {
            var indent = new string(' ', Math.Min(line.Length - line.TrimStart(' ').Length, columns / 2));
            List<string> NewLine() => indent.Length > 0 ? [indent] : [];
            var current = new List<string>();
            var width = 0;
            var broken = false; // whether this line has been broken yet
            bool Empty() => current.All(string.IsNullOrWhiteSpace);
            foreach (var token in Tokens(line))
            {
                // A space that would begin a continuation line (a double space at the break) is dropped.
                if (token == " " && broken && Empty()) continue;
                if (width + Width(token) <= columns)
                {
                    current.Add(token);
                    width += Width(token);
                    continue;
                }

                if (token == " ")
                {
                    // A space past the end stays (the line's end trims it): the break comes with the next token, which
                    // may be a closing mark that must take the word before it down.
                    current.Add(token);
                    width += 1;
                    continue;
                }

                // What moves down with the token: the word before a closing mark (避头) — with the spaces between
                // them — and an opening mark left at the end (避尾); never everything on the line.
                var start = current.FindIndex(t => !string.IsNullOrWhiteSpace(t));
                var movable = start < 0 ? 0 : current.Count - start;
                var carry = 0;
                if (IsNoLineStart(token))
                {
                    while (carry < movable && current[^(carry + 1)] == " ") carry++;
                    if (carry < movable) carry++;
                    while (carry < movable && IsNoLineStart(current[^carry])) carry++;
                }

                while (carry < movable && IsNoLineEnd(current[^(carry + 1)])) carry++;
                if (carry >= movable) carry = 0;
                var carried = current.GetRange(current.Count - carry, carry);
                current.RemoveRange(current.Count - carry, carry);
                if (movable > 0)
                {
                    yield return Join(current);
                    current = [.. NewLine(), .. carried.SkipWhile(t => t == " ")];
                    broken = true;
                }

                width = current.Sum(Width);

                // A word wider than the room left on an empty line is cut where the line ends, rune by rune.
                var rest = token;
                while (width + Width(rest) > columns)
                {
                    var (head, tail) = Cut(rest, columns - width);
                    if (head.Length == 0 && current.Count == NewLine().Count) (head, tail) = Cut(rest, 2); // not even one rune fits: overflow rather than loop
                    current.Add(head);
                    yield return Join(current);
                    (current, width, rest, broken) = (NewLine(), indent.Length, tail, true);
                    if (rest.Length == 0) break;
                }

                if (rest.Length == 0) continue;
                current.Add(rest);
                width += Width(rest);
            }

            // The last piece, unless the line ended exactly at a break (nothing left but the indent).
            if (!broken || !Empty())             yield return Join(current);
        }
    }

    // A Chinese character (or any wide rune) is a token of its own; so is a space; a run of anything else is a word.
    private static IEnumerable<string> Tokens(string line)
    {
        var word = new StringBuilder();
        foreach (var r in line.EnumerateRunes())
        {
            if (r.Value == ' ' || Width(r) > 1 || (r.IsBmp && (NoLineStart.Contains((char)r.Value) || NoLineEnd.Contains((char)r.Value))))
            {
                if (word.Length > 0) yield return word.ToString();
                word.Clear();
                yield return r.ToString();
            }
            else
            {
                word.Append(r.ToString());
            }
        }

        if (word.Length > 0) yield return word.ToString();
    }

    private static (string Head, string Tail) Cut(string word, int columns)
    {
        var head = new StringBuilder();
        var width = 0;
        foreach (var r in word.EnumerateRunes())
        {
            if (width + Width(r) > columns) break;
            head.Append(r.ToString());
            width += Width(r);
        }

        return (head.ToString(), word[head.Length..]);
    }

    private static string Join(List<string> tokens) => string.Concat(tokens).TrimEnd(' ');

    private static bool IsNoLineStart(string token) => token.Length > 0 && IsNoLineStart(token.EnumerateRunes().First());

    private static bool IsNoLineEnd(string token) => token.Length == 1 && NoLineEnd.Contains(token[0]);

    private static bool IsNoLineStart(Rune r) => r.IsBmp && NoLineStart.Contains((char)r.Value);

    private static string Join(List<Rune> runes) => string.Concat(runes.Select(r => r.ToString()));
}
