namespace ReserveTui.Import;

/// <summary>GB 11643 citizen ID numbers: 18 characters, the last a check digit (0–9 or X).</summary>
internal static class IdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckDigits = "10X98765432";

    /// <summary>Null when valid; otherwise the reason in Chinese.</summary>
    public static string? Problem(string id)
    {
        if (id.Length != 18) return $"应为 18 位，实为 {id.Length} 位";
        for (var i = 0; i < 17; i++)
            if (!char.IsAsciiDigit(id[i])) return "前 17 位应为数字";
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (id[i] - '0') * Weights[i];
        if (char.ToUpperInvariant(id[17]) != CheckDigits[sum % 11]) return "校验位错误";
        return BirthDate(id) is null ? "其中的出生日期不存在" : null;
    }

    public static DateOnly? BirthDate(string id) =>
        id.Length >= 14 && RosterDates.Digits(id, 6, 4, out var y) && RosterDates.Digits(id, 10, 2, out var m) && RosterDates.Digits(id, 12, 2, out var d)
            && y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    /// <summary>The 17th digit: odd for men, even for women.</summary>
    public static ReserveSdk.Gender GenderOf(string id) => (id[16] - '0') % 2 == 1 ? ReserveSdk.Gender.Male : ReserveSdk.Gender.Female;
}
