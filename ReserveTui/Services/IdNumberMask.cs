namespace ReserveTui.Services;

/// <summary>An ID number as shown to those who do not need it whole.</summary>
internal static class IdNumberMask
{
    /// <summary>110105********002X: region and last four kept, so people of one name can still be told apart.</summary>
    public static string Mask(string number) => number.Length switch
    {
        >= 14 => number[..6] + new string('*', number.Length - 10) + number[^4..],
        > 4 => new string('*', number.Length - 2) + number[^2..],
        _ => new string('*', number.Length),
    };

    /// <summary>
    /// 110105************: the region only. For a viewer, who sees a person's birth date beside the number — and the
    /// eight digits the usual mask hides are that birth date, so the usual mask would hide nothing from them.
    /// </summary>
    public static string RegionOnly(string number) => number.Length > 6 ? number[..6] + new string('*', number.Length - 6) : new string('*', number.Length);
}
