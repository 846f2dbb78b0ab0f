namespace ReserveSdk;

/// <summary>
/// 周岁 and years of service: whole years between two dates. A person turns N on the birthday itself;
/// someone born on 29 February turns a year older on 1 March in a common year (the day after 28 February),
/// which is how Chinese household and personnel records count 周岁.
/// </summary>
public static class FullYears
{
    /// <summary>Whole years from <paramref name="from"/> to <paramref name="on"/>; 0 when <paramref name="on"/> is earlier.</summary>
    /// <param name="from">Birth date, work start, or rank start.</param>
    /// <param name="on">The reference date.</param>
    /// <returns>Whole years elapsed.</returns>
    /// <example><code>FullYears.Between(new DateOnly(1986, 6, 30), new DateOnly(2026, 6, 30)) // 40</code></example>
    public static int Between(DateOnly from, DateOnly on)
    {
        if (on < from) return 0;
        var years = on.Year - from.Year;
        var anniversary = Anniversary(from, on.Year);
        return on < anniversary ? years - 1 : years;
    }

    private static DateOnly Anniversary(DateOnly from, int year) =>
        from is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : new DateOnly(year, from.Month, from.Day);
}
