namespace ReserveTui.Services;

/// <summary>An ID number as shown to those who do not need it: 110105********002X (region and last four kept, so a person can still be told apart).</summary>
internal static class IdNumberMask
{
    public static string Mask(string number) => number.Length switch
    {
        >= 14 => number[..6] + new string('*', number.Length - 10) + number[^4..],
        > 4 => new string('*', number.Length - 2) + number[^2..],
        _ => new string('*', number.Length),
    };
}
