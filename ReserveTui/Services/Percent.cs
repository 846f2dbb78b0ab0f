using System.Globalization;

namespace ReserveTui.Services;

/// <summary>Shares as "66.7%": the invariant culture's percent pattern puts a space before the sign, which Chinese text does not use.</summary>
internal static class Percent
{
    public static string Of(decimal share, int decimals = 0) =>
        Math.Round(share * 100, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture) + "%";
}
