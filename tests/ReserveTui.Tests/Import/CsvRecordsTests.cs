using CsCheck;
using ReserveTui.Import;

namespace ReserveTui.Tests.Import;

/// <summary>The block CSV reader gives exactly what the character-at-a-time reader gave, on any text, at any block size.</summary>
public sealed class CsvRecordsTests
{
    [Fact]
    public void SameRecordsAsTheCharacterReader_OnRandomText_AtEveryBlockSize()
    {
        Gen.Select(RandomCsv.Text, Gen.Int[1, 9]).Sample((text, blockSize) =>
        {
            var expected = Outcome(() => CharByCharCsv.Read(new StringReader(text)).ToList());
            var actual = Outcome(() => CsvRecords.Read(new StringReader(text), blockSize).ToList());
            Assert.Equal(expected, actual);
        }, iter: 20_000);
    }

    [Fact]
    public void TextInMemory_GivesTheCharacterReadersRecords_OnRosterLikeRows()
    {
        // Records in memory with no quote are cut whole, at commas found many characters at a time.
        Gen.OneOf(RandomCsv.Rows, RandomCsv.Text).Sample(text =>
        {
            var expected = Outcome(() => CharByCharCsv.Read(new StringReader(text)).ToList());
            // Stale text past the end, as a pooled chunk has: nothing after `length` may be read.
            var chars = (text + ",\n\",\r").ToCharArray();
            var actual = Outcome(() => CsvRecords.Read(chars, text.Length).Select(r => r.Strings()).ToList());
            Assert.Equal(expected, actual);
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("a,b\r\nc,d", "a|b/c|d")]
    [InlineData("a,b,\n", "a|b|")]
    [InlineData("\"x,\"\"y\"\"\nz\",w\n", "x,\"y\"\nz|w")]
    [InlineData("\"ab\"cd,e", "abcd|e")]
    [InlineData("a\"b\",c", "a\"b\"|c")]
    [InlineData("a\rb", "a/b")]
    [InlineData("\n\n", "/")]
    [InlineData("", "")]
    public void KnownShapes(string text, string expected)
    {
        foreach (var size in new[] { 1, 2, 3, 64 * 1024 })
            Assert.Equal(expected, string.Join("/", CsvRecords.Read(new StringReader(text), size).Select(r => string.Join("|", r))));
    }

    [Fact]
    public void UnclosedQuote_NamesTheRecordAndTheLineItOpened()
    {
        var ex = Assert.Throws<UnclosedQuoteException>(() => CsvRecords.Read(new StringReader("a,b\nc,\"d\ne\nf"), 2).ToList());
        Assert.Equal((1, 2), (ex.Record, ex.Line));
    }

    // Records as one comparable string, or the exception's record and line.
    private static string Outcome(Func<List<string[]>> read)
    {
        try
        {
            return string.Join("\u0001", read().Select(r => string.Join("\u0002", r)));
        }
        catch (UnclosedQuoteException ex)
        {
            return $"unclosed {ex.Record} {ex.Line}";
        }
    }
}
