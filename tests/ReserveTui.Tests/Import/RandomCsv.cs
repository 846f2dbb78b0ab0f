using CsCheck;

namespace ReserveTui.Tests.Import;

/// <summary>Random CSV texts made of the pieces a reader can get wrong: quotes, doubled quotes, every line break, wide characters.</summary>
internal static class RandomCsv
{
    private static readonly string[] Pieces = ["a", "中", ",", "\"", "\"\"", "\r", "\n", "\r\n", " ", "😀"];

    public static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 40].Select(parts => string.Concat(parts));
}
