using System.Text;
using CsCheck;
using ReserveTui.Import;

namespace ReserveTui.Tests.Import;

/// <summary>
/// Cutting a UTF-8 CSV text into chunks and decoding and reading each chunk on its own gives the records reading the whole text gives, in
/// order and numbered alike, on any text at any chunk size — or, for a text that ends inside a quote, says so.
/// </summary>
public sealed class CsvChunksTests
{
    [Fact]
    public void ChunksReadOneByOne_GiveTheWholeTextsRecords_AtEveryChunkSize()
    {
        Gen.Select(RandomCsv.Text, Gen.Int[1, 9]).Sample((text, chunkSize) =>
        {
            Assert.Equal(Whole(text), Chunked(text, chunkSize));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("a,b\r\nc,d", 1)]
    [InlineData("a,b\r\nc,d\r\n", 4)]
    [InlineData("\"x,\"\"y\"\"\nz\",w\n1,2\n", 2)]
    [InlineData("a\"b\nc\",d\n", 3)]
    [InlineData("\"ab\"cd\n\"e\nf\"\n", 1)]
    [InlineData("a\rb\r", 2)]
    [InlineData("\n\n\n", 1)]
    public void KnownShapes(string text, int chunkSize) => Assert.Equal(Whole(text), Chunked(text, chunkSize));

    [Fact]
    public void TextEndingInsideAQuote_EndsWithNoChunk()
    {
        var chunks = CsvChunks.Read(Utf8("a,b\nc,\"d\ne\nf"), 2).ToList();
        Assert.Null(chunks[^1]);
        Assert.All(chunks[..^1], Assert.NotNull);
    }

    [Fact]
    public void ARecordLongerThanAChunk_IsKeptWhole()
    {
        var cell = new string('长', 5_000);
        var chunks = CsvChunks.Read(Utf8($"h\n\"{cell}\n{cell}\"\nx\n"), 16).ToList();
        Assert.Contains(chunks, c => c!.Length > 10_000);
        Assert.Equal(Whole($"h\n\"{cell}\n{cell}\"\nx\n"), Chunked($"h\n\"{cell}\n{cell}\"\nx\n", 16));
    }

    // Each record as "number:cells", or how reading failed.
    private static string Whole(string text)
    {
        try
        {
            return string.Join("\u0001", CsvRecords.Read(new StringReader(text), 7).Select((r, i) => $"{i}:{string.Join("\u0002", r)}"));
        }
        catch (UnclosedQuoteException)
        {
            return "unclosed";
        }
    }

    private static string Chunked(string text, int chunkSize)
    {
        var records = new List<string>();
        var next = 0;
        foreach (var chunk in CsvChunks.Read(Utf8(text), chunkSize))
        {
            if (chunk is null) return "unclosed";
            Assert.Equal(next, chunk.FirstRecord);
            var read = 0;
            // A chunk ends between characters: its bytes decode on their own, strictly.
            var chars = new UTF8Encoding(false, true).GetChars(chunk.Bytes, 0, chunk.Length);
            foreach (var cells in CsvRecords.Read(chars, chars.Length))
                records.Add($"{chunk.FirstRecord + read++}:{string.Join("\u0002", cells)}");
            Assert.Equal(chunk.Records, read);
            next += read;
        }

        return string.Join("\u0001", records);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
