using System.Buffers;

namespace ReserveTui.Import;

/// <summary>
/// Cuts a CSV file into <see cref="CsvChunk"/>s of whole records without reading it into cells: only quotes, commas
/// and line breaks are looked at, by the rules of <see cref="CsvRecords"/> (a quote opens a quoted cell only at the
/// cell's start; "" inside quotes is a quote; CR LF is one break). This is the part of reading a roster that must go
/// in order; reading each chunk into cells can then go on every core.
/// </summary>
internal static class CsvChunks
{
    private static readonly SearchValues<char> Stops = SearchValues.Create("\"\r\n");

    /// <summary>
    /// The chunks, each about <paramref name="chunkSize"/> characters (more when one record is longer). Null in place
    /// of the last chunk when the text ends inside a quoted cell: <see cref="CsvRecords"/> says where it opened.
    /// </summary>
    public static IEnumerable<CsvChunk?> Read(TextReader reader, int chunkSize = 32 * 1024)
    {
        var buffer = new char[chunkSize];
        var length = 0;
        var firstRecord = 0;
        var eof = false;

        // Where the scan is, and what it knows there: inside quotes; where the current record started; the records
        // ended so far and where the last one ended.
        var at = 0;
        var quoted = false;
        var recordStart = 0;
        var records = 0;
        var end = 0;
        while (true)
        {
            if (!eof)
            {
                if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
                var wanted = buffer.Length - length;
                var read = reader.ReadBlock(buffer, length, wanted);
                length += read;
                eof = read < wanted;
            }

            Scan();
            if (eof)
            {
                if (quoted)
                {
                    yield return null;
                    yield break;
                }

                if (length > 0) yield return new CsvChunk(buffer, length, firstRecord, records + (length > end ? 1 : 0));
                yield break;
            }

            // No record ends in the buffer yet (one long quoted cell): read on into a larger one.
            if (end == 0) continue;
            var next = new char[Math.Max(chunkSize, (length - end) * 2)];
            buffer.AsSpan(end, length - end).CopyTo(next);
            yield return new CsvChunk(buffer, end, firstRecord, records);
            (buffer, length, at, recordStart) = (next, length - end, at - end, recordStart - end);
            firstRecord += records;
            (records, end) = (0, 0);
        }

        // Moves the scan as far as the buffer allows, a record at a time: outside quotes only a quote or a line break
        // stops it (a quote opens a quoted cell when it starts the record or follows a comma). A quote or a CR as the
        // last character waits for the next: what follows it decides what it is.
        void Scan()
        {
            while (at < length)
            {
                if (quoted)
                {
                    var q = buffer.AsSpan(at, length - at).IndexOf('"');
                    if (q < 0)
                    {
                        at = length;
                        return;
                    }

                    q += at;
                    if (q + 1 == length && !eof)
                    {
                        at = q;
                        return;
                    }

                    quoted = q + 1 < length && buffer[q + 1] == '"';
                    at = quoted ? q + 2 : q + 1;
                    continue;
                }

                var s = buffer.AsSpan(at, length - at).IndexOfAny(Stops);
                if (s < 0)
                {
                    at = length;
                    return;
                }

                s += at;
                switch (buffer[s])
                {
                    case '"':
                        quoted = s == recordStart || buffer[s - 1] == ',';
                        at = s + 1;
                        continue;
                    case '\r' when s + 1 == length && !eof:
                        at = s;
                        return;
                    case '\r':
                        at = s + 1 < length && buffer[s + 1] == '\n' ? s + 2 : s + 1;
                        break;
                    default:
                        at = s + 1;
                        break;
                }

                records++;
                end = recordStart = at;
            }
        }
    }
}
