using System.Globalization;
using ReserveTui.Hosting;

namespace ReserveTui.Services;

/// <summary>
/// Reading what an operator types — shares, lists of names, dates — in one place, so the command line and the
/// terminal UI accept the same things and refuse the rest with the same words.
/// </summary>
internal static class OperatorInput
{
    /// <summary>The separators a list of names may use: 、 ， , ; ；.</summary>
    private static readonly char[] NameSeparators = ['、', '，', ',', ';', '；'];

    /// <summary>85%, 85 or 0.85 all mean 0.85; empty is 0 when <paramref name="emptyIsZero"/>; anything else is not a share (null).</summary>
    public static decimal? Share(string? text, bool emptyIsZero = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return emptyIsZero ? 0m : null;
        var t = text.Trim().TrimEnd('%', '％');
        if (!decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0) return null;
        var share = text.Contains('%') || text.Contains('％') || value > 1 ? value / 100 : value;
        return share <= 1 ? share : null;
    }

    /// <summary>A share, or a usage error naming the field.</summary>
    public static decimal RequireShare(string? text, string field, bool emptyIsZero = false) =>
        Share(text, emptyIsZero) ?? throw new ReserveException(ErrorCode.Usage, $"{field}应为百分数（如 85%、85 或 0.85），“{Echo(text ?? "")}”不是");

    /// <summary>One line of text a record keeps: trimmed, not empty, no line breaks or control characters, at most <paramref name="limit"/> characters.</summary>
    public static string Line(string? text, string field, int limit)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0) throw new ReserveException(ErrorCode.Usage, $"须填写{field}");
        if (Import.TextSafety.Problem(value, limit) is { } problem) throw new ReserveException(ErrorCode.Usage, field + problem);
        return value;
    }

    /// <summary>
    /// A note a record keeps (a report, a conclusion, a reason): trimmed, line breaks kept, whole characters only, at
    /// most <paramref name="limit"/> characters; null when empty and not <paramref name="required"/>.
    /// </summary>
    public static string? Note(string? text, string field, bool required, int limit = Import.TextSafety.NoteLimit)
    {
        // A lone CR would redraw a line over itself on a terminal: every line break is a LF.
        var value = (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        if (value.Length == 0) return required ? throw new ReserveException(ErrorCode.Usage, $"须填写{field}") : null;
        if (Import.TextSafety.Problem(value, limit, multiLine: true) is { } problem) throw new ReserveException(ErrorCode.Usage, field + problem);
        return value;
    }

    /// <summary>A list of names as typed on one ballot: 甲、乙；丙 → [甲, 乙, 丙]; blanks dropped.</summary>
    public static IReadOnlyList<string> Names(string? text) =>
        (text ?? "").Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A calendar date written YYYY-MM-DD; null for empty; a usage error for anything else, including dates that do not exist (2026-02-30).</summary>
    public static DateOnly? Date(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        var shaped = t.Length == 10 && t[4] == '-' && t[7] == '-';
        throw new ReserveException(ErrorCode.Usage, shaped ? $"{field}“{t}”不是真实存在的日期{NoSuchDay(t)}" : $"{field}应写成 YYYY-MM-DD，“{Echo(t)}”不是");
    }

    // Which part does not exist: "（2026 年 2 月只有 28 天）", "（没有 13 月）".
    private static string NoSuchDay(string t)
    {
        if (!int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !int.TryParse(t[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || y < 1) return "";
        if (m is < 1 or > 12) return $"（没有 {m} 月）";
        var days = DateTime.DaysInMonth(y, m);
        return int.TryParse(t[8..], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d > days ? $"（{y} 年 {m} 月只有 {days} 天）" : "";
    }

    /// <summary>What the operator typed, as a message quotes it: a pasted paragraph is not echoed back whole.</summary>
    public static string Echo(string text) => Import.TextSafety.Echo(text);
}
