namespace ReserveTui.Documents;

/// <summary>
/// Chinese numerals as official documents number their items (一、二、…十一、二十), offered to templates as
/// <c>cn</c>: <c>{{ for.index + 1 | cn }}</c>.
/// </summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>1 to 9,999 in words (一千零五); other numbers as Arabic numerals.</summary>
    public static string Of(int n)
    {
        if (n is <= 0 or > 9999) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (n < 10) return Digits[n].ToString();
        if (n < 20) return "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString());
        var units = new[] { (1000, "千"), (100, "百"), (10, "十") };
        var text = new System.Text.StringBuilder();
        var zero = false;
        foreach (var (size, name) in units)
        {
            var d = n / size % 10;
            if (d == 0) { zero = text.Length > 0; continue; }
            if (zero) { text.Append('零'); zero = false; }
            text.Append(Digits[d]).Append(name);
        }

        if (n % 10 != 0) text.Append(zero ? "零" : "").Append(Digits[n % 10]);
        return text.ToString();
    }
}
