using System.Buffers;
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

    // 16K characters: a block under the large-object threshold, so reading a file never costs a full collection.
    public static IEnumerable<string[]> Read(TextReader reader) => Read(reader, 16 * 1024);

    /// <param name="blockSize">Characters read at a time; small in tests, so cells straddle blocks.</param>
    internal static IEnumerable<string[]> Read(TextReader reader, int blockSize) => Read(new char[blockSize], 0, reader, false, null);

    /// <summary>
    /// The records of text already in memory (a <see cref="CsvChunk"/>), read in place. The array of a record is
    /// reused for the next record of as many cells: read a record's cells before asking for the next.
    /// </summary>
    /// <param name="text">The records.</param>
    /// <param name="length">How much of <paramref name="text"/> they fill.</param>
    /// <param name="repeating">
    /// Which columns hold a few values over and over (gender, education, a unit): their cells share one string per
    /// value (<see cref="CellTexts"/>). Null: every short cell is tried.
    /// </param>
    internal static IEnumerable<string[]> Read(char[] text, int length, IReadOnlyList<bool>? repeating = null) => Read(text, length, null, true, repeating);

    // With a reader, the block is refilled from it; without, the block holds the whole text.
    private static IEnumerable<string[]> Read(char[] block, int textLength, TextReader? reader, bool reuseRecords, IReadOnlyList<bool>? repeating)
    {
        var texts = new CellTexts();
        string[]? last = null;
        var length = reader is null ? textLength : reader.ReadBlock(block, 0, block.Length);
        var at = 0;
        var fields = new List<string>();
        var carry = new StringBuilder();
        var record = 0;
        var line = 1;

        // Whether anything of the current record has been read: a file ending in a line break has no empty last record.
        var any = false;
        while (true)
        {
            if (at == length)
            {
                if (!Refill()) break;
            }

            any = true;
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
                var end = rest.IndexOfAny(CellEnds);
                if (end < 0)
                {
                    carry.Append(rest);
                    at = length;
                    if (!Refill())
                    {
                        fields.Add(carry.ToString());
                        carry.Clear();
                        yield return Record();
                        yield break;
                    }

                    continue;
                }

                fields.Add(Take(rest[..end]));
                at += end;
                break;
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

            yield return Record();
            fields.Clear();
            any = false;
            record++;
        }

        if (any || fields.Count > 0)
        {
            fields.Add("");
            yield return Record();
        }

        string[] Record()
        {
            if (!reuseRecords || last is null || last.Length != fields.Count) return last = fields.ToArray();
            fields.CopyTo(last);
            return last;
        }

        bool Refill()
        {
            length = reader?.ReadBlock(block, 0, block.Length) ?? 0;
            at = 0;
            return length > 0;
        }

        string Take(ReadOnlySpan<char> tail)
        {
            if (carry.Length == 0)
            {
                var column = fields.Count;
                return repeating is null || column < repeating.Count && repeating[column] ? texts.Of(tail) : tail.IsEmpty ? "" : new string(tail);
            }

            carry.Append(tail);
            var s = carry.ToString();
            carry.Clear();
            return s;
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
