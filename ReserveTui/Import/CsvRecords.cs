using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace ReserveTui.Import;

/// <summary>
/// A streaming RFC 4180 reader: one record at a time, quotes with "" escapes, commas and line breaks inside
/// quotes, CRLF, LF or a lone CR, UTF-8 with or without BOM. Small on purpose: the roster is the only CSV we read.
/// A quote opens a quoted cell only at the cell's start; elsewhere it is text. A file that ends inside a quote is
/// refused, naming where the quote opened: read on, it would merge every later row into one cell and import it as
/// one person without a word.
/// </summary>
/// <remarks>
/// Reads the text in blocks and cuts unquoted cells straight out of the block (a 100,000-row roster is 2.4 million
/// cells; reading it a character at a time through the reader cost as much as everything else <c>check</c> does).
/// </remarks>
internal static class CsvRecords
{
    private static readonly SearchValues<char> CellEnds = SearchValues.Create(",\r\n");

    // Where the first comma or line break in text is, or -1. Most cells are a few characters: looked at one at a time
    // (one compare each, as every character that ends a cell is at most ','), they cost a third of a vector search set
    // up anew for every cell — the greater part of reading a roster. Past the first 16 the search goes on by vector.
    private static int CellEnd(ReadOnlySpan<char> text)
    {
        var upto = Math.Min(text.Length, 16);
        for (var i = 0; i < upto; i++)
        {
            var c = text[i];
            if (c <= ',' && c is ',' or '\n' or '\r') return i;
        }

        if (upto == text.Length) return -1;
        var end = text[upto..].IndexOfAny(CellEnds);
        return end < 0 ? -1 : upto + end;
    }

    // A record with no quote, whose line break is in text (nearly every row of a roster): its length up to the line
    // break, or -1. Such a record's cells are all cut at its commas, found many characters at a time (CutAtCommas)
    // rather than one cell at a time: a row is some 24 short cells, and each cell's own search cost more than its text.
    private static int PlainRecord(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny('"', '\n', '\r');
        return end >= 0 && text[end] != '"' ? end : -1;
    }

    // The cells of a record with no quote and no line break, starting at offset in the text.
    private static void CutAtCommas(RecordCells cells, ReadOnlySpan<char> record, int offset)
    {
        var start = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var comma = Vector256.Create((ushort)',');
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(record));
            for (; i + Vector256<ushort>.Count <= record.Length; i += Vector256<ushort>.Count)
            {
                // The commas of 16 characters in one compare, then taken lowest first: no branch per character.
                var commas = Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)i), comma).ExtractMostSignificantBits();
                while (commas != 0)
                {
                    var at = i + BitOperations.TrailingZeroCount(commas);
                    cells.Add(offset + start, at - start);
                    start = at + 1;
                    commas &= commas - 1;
                }
            }
        }

        for (; i < record.Length; i++)
        {
            if (record[i] != ',') continue;
            cells.Add(offset + start, i - start);
            start = i + 1;
        }

        cells.Add(offset + start, record.Length - start);
    }

    // 16K characters: a block under the large-object threshold, so reading a file never costs a full collection.
    public static IEnumerable<string[]> Read(TextReader reader) => Read(reader, 16 * 1024);

    /// <param name="blockSize">Characters read at a time; small in tests, so cells straddle blocks.</param>
    internal static IEnumerable<string[]> Read(TextReader reader, int blockSize)
    {
        // The block is refilled as it is read: every cell is made a string before it is.
        foreach (var cells in Read(new char[blockSize], 0, reader, null, null)) yield return cells.Strings();
    }

    /// <summary>
    /// The records of text already in memory (a <see cref="CsvChunk"/>), read in place: a cell is a span of
    /// <paramref name="text"/> until asked for as a string (<see cref="RecordCells"/>). The cells are reused for the
    /// next record: read a record's cells before asking for the next.
    /// </summary>
    /// <param name="text">The records.</param>
    /// <param name="length">How much of <paramref name="text"/> they fill.</param>
    /// <param name="repeating">
    /// Which columns hold a few values over and over (gender, education, a unit): their cells share one string per
    /// value (<see cref="CellTexts"/>). Null: every short cell is tried.
    /// </param>
    /// <param name="texts">The strings shared so far (one table for many chunks read on one thread); null for a new one.</param>
    internal static IEnumerable<RecordCells> Read(char[] text, int length, IReadOnlyList<bool>? repeating = null, CellTexts? texts = null) =>
        Read(text, length, null, repeating, texts);

    // With a reader, the block is refilled from it; without, the block holds the whole text.
    private static IEnumerable<RecordCells> Read(char[] block, int textLength, TextReader? reader, IReadOnlyList<bool>? repeating, CellTexts? shared)
    {
        var cells = new RecordCells(repeating, shared ?? new CellTexts());
        var length = reader is null ? textLength : reader.ReadBlock(block, 0, block.Length);
        var at = 0;
        var carry = new StringBuilder();
        var record = 0;
        var line = 1;
        cells.Start(block);

        // Whether anything of the current record has been read: a file ending in a line break has no empty last record.
        var any = false;
        while (true)
        {
            if (at == length)
            {
                if (!Refill()) break;
            }

            any = true;
            // Only text held whole (a chunk): read through a reader, a record may straddle blocks, and its cells are
            // made strings before the block is refilled.
            if (reader is null && cells.Count == 0 && PlainRecord(block.AsSpan(at, length - at)) is var plain and >= 0)
            {
                // The whole record, up to its line break; looked at once for what would make a cell unsafe.
                var whole = block.AsSpan(at, plain);
                CutAtCommas(cells, whole, at);
                cells.Clean = !TextSafety.AnySuspect(whole);
                at += plain;
            }
            else
            {
                if (block[at] == '"')
                {
                    at++;
                    var quoteLine = line;
                    if (!Quoted()) throw new UnclosedQuoteException(record, quoteLine);
                }

                // The unquoted rest of the cell (all of it, or what follows a closing quote).
                while (true)
                {
                    var rest = block.AsSpan(at, length - at);
                    var end = CellEnd(rest);
                    if (end < 0)
                    {
                        carry.Append(rest);
                        at = length;
                        if (!Refill())
                        {
                            cells.Add(carry.ToString());
                            carry.Clear();
                            yield return cells;
                            yield break;
                        }

                        continue;
                    }

                    Take(end);
                    at += end;
                    break;
                }
            }

            // A line break ends the record; CR LF is one break, and a lone CR is one too. After a comma the next
            // cell starts (a record ending in a comma has an empty last cell: see after the loop).
            var c = block[at++];
            if (c == ',') continue;
            if (c == '\n') line++;
            else if ((at < length || Refill()) && block[at] == '\n')
            {
                at++;
                line++;
            }

            yield return cells;
            cells.Start(block);
            any = false;
            record++;
        }

        if (any || cells.Count > 0)
        {
            cells.Add("");
            yield return cells;
        }

        bool Refill()
        {
            length = reader?.ReadBlock(block, 0, block.Length) ?? 0;
            at = 0;
            return length > 0;
        }

        // The cell's last <paramref name="count"/> characters lie from where the scan is.
        void Take(int count)
        {
            if (carry.Length > 0)
            {
                carry.Append(block, at, count);
                cells.Add(carry.ToString());
                carry.Clear();
            }
            else if (reader is null) cells.Add(at, count);
            else cells.AddMade(block.AsSpan(at, count));
        }

        // Inside quotes up to the closing quote (a doubled quote is one quote); false when the text ends first.
        bool Quoted()
        {
            while (true)
            {
                if (at == length && !Refill()) return false;
                var rest = block.AsSpan(at, length - at);
                var quote = rest.IndexOf('"');
                var upto = quote < 0 ? rest : rest[..quote];
                carry.Append(upto);
                line += upto.Count('\n');
                if (quote < 0)
                {
                    at = length;
                    continue;
                }

                at += quote + 1;
                if (at == length && !Refill()) return true;
                if (block[at] != '"') return true;
                carry.Append('"');
                at++;
            }
        }
    }
}
