using System.Buffers;

namespace ReserveTui.Import;

/// <summary>
/// Cuts a UTF-8 CSV file into <see cref="CsvChunk"/>s of whole records without decoding it: only quotes, commas and
/// line breaks are looked at, by the rules of <see cref="CsvRecords"/> (a quote opens a quoted cell only at the
/// cell's start; "" inside quotes is a quote; CR LF is one break). This is the part of reading a roster that must go
/// in order; decoding each chunk and reading it into cells can then go on every core. The bytes looked at are ASCII,
/// which in UTF-8 never occur inside another character, so a chunk always ends between characters.
/// </summary>
internal static class CsvChunks
{
    private static readonly SearchValues<byte> Stops = SearchValues.Create("\"\r\n"u8);

    /// <summary>Gives a chunk's bytes back once its records have been read: nothing may read them after.</summary>
    public static void Return(CsvChunk chunk) => ArrayPool<byte>.Shared.Return(chunk.Bytes);

    /// <summary>
    /// The chunks, each about <paramref name="chunkSize"/> bytes (more when one record is longer), from where
    /// <paramref name="stream"/> is (past any byte order mark). Null in place of the last chunk when the text ends inside
    /// a quoted cell: <see cref="CsvRecords"/> says where it opened.
    /// </summary>
    public static IEnumerable<CsvChunk?> Read(Stream stream, int chunkSize = 64 * 1024)
    {
        // The chunks' bytes are rented (a 100,000-row roster is 14 MB of them): whoever reads a chunk gives them back
        // (Return); a chunk never given back is only collected.
        var buffer = ArrayPool<byte>.Shared.Rent(chunkSize);
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
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var wanted = buffer.Length - length;
                var read = stream.ReadAtLeast(buffer.AsSpan(length, wanted), wanted, throwOnEndOfStream: false);
                length += read;
                eof = read < wanted;
            }

            Scan();
            if (eof)
            {
                if (quoted)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    yield return null;
                    yield break;
                }

                if (length > 0) yield return new CsvChunk(buffer, length, firstRecord, records + (length > end ? 1 : 0));
                else ArrayPool<byte>.Shared.Return(buffer);
                yield break;
            }

            // No record ends in the buffer yet (one long quoted cell): read on into a larger one.
            if (end == 0) continue;
            var next = ArrayPool<byte>.Shared.Rent(Math.Max(chunkSize, (length - end) * 2));
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
                    var q = buffer.AsSpan(at, length - at).IndexOf((byte)'"');
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

                    quoted = q + 1 < length && buffer[q + 1] == (byte)'"';
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
                    case (byte)'"':
                        quoted = s == recordStart || buffer[s - 1] == (byte)',';
                        at = s + 1;
                        continue;
                    case (byte)'\r' when s + 1 == length && !eof:
                        at = s;
                        return;
                    case (byte)'\r':
                        at = s + 1 < length && buffer[s + 1] == (byte)'\n' ? s + 2 : s + 1;
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
