using CsCheck;

namespace ReserveTui.Tests.Import;

/// <summary>Random CSV texts made of the pieces a reader can get wrong: quotes, doubled quotes, every line break, wide characters.</summary>
internal static class RandomCsv
{
    private static readonly string[] Pieces = ["a", "中", ",", "\"", "\"\"", "\r", "\n", "\r\n", " ", "😀"];

    public static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 40].Select(parts => string.Concat(parts));

    // Mostly text and commas, now and then a quote or a line break: records as long as a roster's rows (and longer),
    // with commas on every side of the 16-character steps a whole record is searched in.
    private static readonly string[] RowPieces =
    [
        .. Enumerable.Repeat("a", 20), .. Enumerable.Repeat("中", 12), .. Enumerable.Repeat(",", 20), "ab,", ",,", " ", "😀",
        "\n", "\r\n", "\r", "\"", "\"\"",
    ];

    public static readonly Gen<string> Rows = Gen.Int[0, RowPieces.Length - 1].Select(i => RowPieces[i]).Array[0, 400].Select(parts => string.Concat(parts));
}
