using System.Globalization;
using System.Text.RegularExpressions;

namespace ReserveTui.Import;

/// <summary>The date spellings FORMATS.md accepts: 1985-03-07, 1985/3/7, 1985.03, 1985年3月(7日); month only means the 1st.</summary>
internal static partial class RosterDates
{
    [GeneratedRegex(@"^([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*(?:月)?\s*(?:[-/.]?\s*([0-9]{1,2})\s*日?)?$")]
    private static partial Regex Pattern();

    /// <param name="cell">The cell, read where it lies (a roster's dates are never made strings unless they are wrong).</param>
    public static bool TryParse(ReadOnlySpan<char> cell, out DateOnly date, out string? problem)
    {
        date = default;
        problem = null;
        string? text = null;
        // The spelling nearly every roster uses is read without the pattern: three dates a row, 100,000 rows.
        if (!IsoDay(cell, out var year, out var month, out var day))
        {
            text = new string(cell);
            var m = Pattern().Match(Halfwidth(text.Trim()));
            if (!m.Success)
            {
                problem = $"无法识别的日期“{text}”（可写 1985-03-07、1985/3/7、1985.03 或 1985年3月）";
                return false;
            }

            year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            day = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 1;
        }

        if (year < 1900)
        {
            problem = $"年份早于 1900 年，不合常理：“{text ?? new string(cell)}”";
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            problem = $"没有这一天：“{text ?? new string(cell)}”";
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    // 1985-03-07 exactly: the numbers as written, whether or not such a day exists (TryParse says).
    private static bool IsoDay(ReadOnlySpan<char> text, out int year, out int month, out int day)
    {
        (year, month, day) = (0, 0, 0);
        return text.Length == 10 && text[4] == '-' && text[7] == '-' && Digits(text, 0, 4, out year) && Digits(text, 5, 2, out month) && Digits(text, 8, 2, out day);
    }

    // A Chinese input method types digits and separators full-width (１９８５年３月, 1985．03): they are the same date.
    internal static string Halfwidth(string text) =>
        text.AsSpan().IndexOfAnyInRange('\uFF0D', '\uFF19') < 0 ? text
            : string.Create(text.Length, text, (span, t) =>
            {
                for (var i = 0; i < t.Length; i++) span[i] = t[i] is >= '\uFF0D' and <= '\uFF19' ? (char)(t[i] - 0xFEE0) : t[i];
            });

    /// <summary>The number written by <paramref name="count"/> ASCII digits from <paramref name="start"/>; false if any is not a digit.</summary>
    internal static bool Digits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return false;
            value = value * 10 + (text[i] - '0');
        }

        return true;
    }
}
