using System.Globalization;

namespace ReserveTui.Services;

/// <summary>Dates as official documents write them: 2026年6月30日, Arabic numerals, no leading zeros.</summary>
internal static class Dates
{
    public static string Chinese(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日");
}
