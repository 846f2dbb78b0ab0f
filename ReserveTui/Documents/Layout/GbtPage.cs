namespace ReserveTui.Documents.Layout;

/// <summary>
/// The page of GB/T 9704-2012 (党政机关公文格式) in Word's units: A4, top margin 37 mm, binding (left) margin
/// 28 mm, type area 156 × 225 mm, 22 lines of 28 characters; and the fonts and sizes it names.
/// Twips are 1/1440 inch (56.69 per mm); sizes are half-points (三号 16 pt = 32).
/// </summary>
internal static class GbtPage
{
    public const int WidthTwips = 11906;   // 210 mm
    public const int HeightTwips = 16838;  // 297 mm
    public const int TopTwips = 2098;      // 37 mm
    public const int LeftTwips = 1587;     // 28 mm
    public const int RightTwips = 1474;    // 210 − 28 − 156 = 26 mm
    public const int BottomTwips = 1984;   // 297 − 37 − 225 = 35 mm
    public const int TypeAreaWidthTwips = WidthTwips - LeftTwips - RightTwips;   // 8845 ≈ 156 mm
    public const int TypeAreaHeightTwips = HeightTwips - TopTwips - BottomTwips; // 12756 = 225 mm

    /// <summary>22 lines to the type area: its height over 22.</summary>
    public const int LinePitchTwips = TypeAreaHeightTwips / 22;

    /// <summary>Page numbers sit about 7 mm under the type area.</summary>
    public const int FooterTwips = BottomTwips - 397 - 280;

    public const string Body = "仿宋_GB2312";
    public const string Title = "方正小标宋简体";
    public const string FirstHeading = "黑体";
    public const string SecondHeading = "楷体_GB2312";
    public const string PageNumber = "宋体";

    /// <summary>Arabic numerals and Latin letters in the body.</summary>
    public const string Latin = "Times New Roman";

    public const int BodySize = 32;        // 三号
    public const int TitleSize = 44;       // 二号
    public const int PageNumberSize = 28;  // 四号
    public const int TableSize = 24;       // 小四, for tables of up to six columns
    public const int WideTableSize = 21;   // 五号, for wider tables

    /// <summary>
    /// 28 characters to the line: a 16 pt character is a little too wide (27.6 fit), so the body is set 0.25 pt
    /// tighter (in twentieths of a point). This, not a character grid, because LibreOffice reads Word's character
    /// grid differently (it spread a line to 17 characters); a line grid and letter spacing read the same in Word,
    /// WPS and LibreOffice.
    /// </summary>
    public const int LetterSpacing = -5;
}
