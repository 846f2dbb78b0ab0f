using System.Globalization;

namespace ReserveTui.Services;

/// <summary>Dates as official documents write them: 2026年6月30日, Arabic numerals, no leading zeros.</summary>
internal static class Dates
{
    /// <summary>The operator's calendar day of a stored UTC time.</summary>
    public static DateOnly LocalDay(DateTime utc, TimeZoneInfo zone) => DateOnly.FromDateTime(Local(utc, zone).DateTime);

    /// <summary>A stored UTC time in the operator's time zone.</summary>
    public static DateTimeOffset Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc.ToUniversalTime(), DateTimeKind.Utc)), zone);

    public static string Chinese(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日");
}
