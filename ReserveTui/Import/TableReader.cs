using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using MiniExcelLibs;
using ReserveTui.Hosting;

namespace ReserveTui.Import;

/// <summary>
/// A header and a stream of data rows from CSV or .xlsx, cells as text. Row numbers count data rows
/// (1 = the first row after the header); blank rows keep their number but are not returned. Shared by
/// rosters and other tabular inputs (ballots, scores).
/// </summary>
internal sealed class TableReader
{
    private readonly Func<IEnumerable<IReadOnlyList<string?>>> _records;

    private readonly string _name;

    // The CSV file, whose records can be cut into chunks without reading them (null for .xlsx).
    private readonly string? _csv;

    private TableReader(IReadOnlyList<string> header, Func<IEnumerable<IReadOnlyList<string?>>> records, string name, string? csv)
    {
        Header = header;
        _records = records;
        _name = name;
        _csv = csv;
    }

    public IReadOnlyList<string> Header { get; }

    public static TableReader Open(string path)
    {
        if (Directory.Exists(path)) throw new ReserveException(ErrorCode.BadInput, $"{path} 是一个文件夹，不是文件：请给出名册文件（CSV 或 .xlsx）");
        if (!File.Exists(path)) throw new ReserveException(ErrorCode.BadInput, $"找不到文件：{path}");
        var ext = Path.GetExtension(path).ToLowerInvariant();
        Func<IEnumerable<IReadOnlyList<string?>>> all = ext switch
        {
            ".csv" or ".txt" => () => Csv(path),
            ".xlsx" => () => Xlsx(path),
            _ => throw new ReserveException(ErrorCode.BadInput, $"不支持的文件类型“{ext}”：请使用 CSV（UTF-8）或 .xlsx"),
        };
        IReadOnlyList<string>? header;
        try
        {
            header = all().FirstOrDefault()?.Select(h => (h ?? "").Trim().TrimStart('\uFEFF')).ToList();
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            throw Unreadable(path, ex);
        }

        if (header is null || header.All(string.IsNullOrEmpty))
            throw new ReserveException(ErrorCode.BadInput, $"{Path.GetFileName(path)} 是空的：第一行应为表头");
        // A column name becomes a key of what is stored (columns no rule knows are kept by name): whole characters, short.
        for (var i = 0; i < header.Count; i++)
        {
            if (TextSafety.Problem(header[i], TextSafety.NameLimit) is { } problem)
                throw new ReserveException(ErrorCode.BadInput, $"{Path.GetFileName(path)} 表头第 {i + 1} 列{problem}，未导入任何数据");
        }

        return new TableReader(header, all, Path.GetFileName(path), ext == ".xlsx" ? null : path);
    }

    // Said the way an operator can act on: which file, what is wrong with it, what to do.
    private static ReserveException Unreadable(string name, Exception ex) => ex switch
    {
        DecoderFallbackException => new(ErrorCode.BadInput, $"{Path.GetFileName(name)} 不是 UTF-8 编码（多半是 GBK，Excel 另存 CSV 时的默认编码）：请另存为 UTF-8（或直接导入 .xlsx）"),
        UnclosedQuoteException q => new(ErrorCode.BadInput, q.Record == 0
            ? $"{Path.GetFileName(name)} 表头（文件第 {q.Line} 行）的引号没有闭合，之后的内容都被当作一个单元格：请补上引号，未导入任何数据"
            : $"{Path.GetFileName(name)} 第 {q.Record} 行（文件第 {q.Line} 行）的引号没有闭合，之后的各行都被当作一个单元格：请补上引号，未导入任何数据"),
        // A .xlsx is a zip: anything else named .xlsx (a renamed CSV, a README) fails deep inside the reader in English.
        _ when name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && ex is not UnauthorizedAccessException and not FileNotFoundException
            => new(ErrorCode.BadInput, $"{Path.GetFileName(name)} 不是有效的 .xlsx 文件（可能是改了扩展名的其他文件）：请用 Excel 另存为 .xlsx，或导出为 UTF-8 的 CSV"),
        _ => new(ErrorCode.BadInput, $"无法读取 {Path.GetFileName(name)}：{ex.Message}"),
    };

    /// <summary>The data rows; a file with a header and nothing under it is refused ("没有数据行") rather than "imported 0".</summary>
    public IEnumerable<(int Row, IReadOnlyList<string?> Cells)> Rows()
    {
        var row = 0;
        var any = false;
        foreach (var record in Guarded(_records().Skip(1)))
        {
            row++;
            if (Blank(record)) continue;
            any = true;
            yield return (row, record);
        }

        if (!any) throw NoDataRows();
    }

    /// <summary>Why a file with a header and no data row under it is refused.</summary>
    public ReserveException NoDataRows() => new(ErrorCode.BadInput, $"{_name} 没有数据行：只有表头，未导入任何数据");

    /// <summary>
    /// The data rows in batches of about <paramref name="size"/> rows, each read on whichever thread takes it; taking
    /// the next batch must go in order. Numbered and filtered as <see cref="Rows"/>, except that a file with no data
    /// row is the caller's to refuse (<see cref="NoDataRows"/>): only the batches' readers know.
    /// </summary>
    /// <param name="size">About how many rows a batch holds.</param>
    /// <param name="repeating">Which columns repeat a few values (see <see cref="CsvRecords.Read(char[], int, IReadOnlyList{bool}?, CellTexts?)"/>).</param>
    public IEnumerable<RowBatch> Batches(int size = 100, IReadOnlyList<bool>? repeating = null)
    {
        var bom = _csv is null ? -1 : ByteOrderMark(_csv);
        if (_csv is null || bom is not (0 or 3))
        {
            foreach (var rows in Rows().Chunk(size)) yield return new RowBatch(rows.Length, () => rows);
            yield break;
        }

        // A UTF-8 CSV file is cut into chunks of whole records (about size rows of a typical roster); each chunk is
        // decoded and becomes cells on the thread that takes it. Decoded as the reader from the start decodes: strictly,
        // except that StreamReader, finding UTF-8's byte order mark, reads on with the lenient decoder (a bad byte
        // becomes U+FFFD, which the row's checks then refuse by cell).
        var decoding = bom == 3 ? Encoding.UTF8 : StrictUtf8;
        // Repeated cell texts are shared across chunks (a table per chunk made them anew every few hundred rows): a
        // reader takes a table no other reader holds, and gives it back; as many as readers at once, for this file only.
        var texts = new ConcurrentBag<CellTexts>();
        // About 320 bytes a row of a typical roster: 32,000 bytes decode to at most as many characters, a buffer under
        // the large-object threshold (85,000 bytes). Larger ones were rented anew once the pool had been trimmed, and
        // each brought a full collection nearer.
        foreach (var chunk in Guarded(CsvChunks(_csv, bom, size * 320)))
        {
            if (chunk is null)
            {
                // The file ends inside a quote: the reader from the start says where it opened.
                foreach (var _ in Guarded(_records())) { }
                throw new InvalidOperationException($"{_name}: a quote left open was not found again.");
            }

            yield return new RowBatch(chunk.Records, () => ChunkRows(chunk, decoding, repeating, texts));
        }
    }

    private static IEnumerable<CsvChunk?> CsvChunks(string path, int bom, int chunkSize)
    {
        using var stream = OpenBytes(path);
        stream.Position = bom;
        foreach (var chunk in Import.CsvChunks.Read(stream, chunkSize)) yield return chunk;
    }

    // The length of the byte order mark the file opens with: 0 for none, 3 for UTF-8's (both cut into chunks); 2 or 4
    // for UTF-16's and UTF-32's, which the reader from the start decodes instead, as StreamReader recognises them.
    private int ByteOrderMark(string path)
    {
        try
        {
            using var stream = OpenBytes(path);
            return Bom(stream);
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            throw Unreadable(_name, ex);
        }
    }

    private static int Bom(Stream stream)
    {
        Span<byte> start = stackalloc byte[4];
        var n = stream.ReadAtLeast(start, 4, throwOnEndOfStream: false);
        start = start[..n];
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return 3;
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || start.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) return 4;
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return 2;
        return 0;
    }

    private IEnumerable<(int Row, IReadOnlyList<string?> Cells)> ChunkRows(CsvChunk chunk, Encoding decoding, IReadOnlyList<bool>? repeating, ConcurrentBag<CellTexts> shared)
    {
        // Record 0 of the file is the header; data rows are numbered by their record, blank ones kept out.
        var record = chunk.FirstRecord;
        var text = ArrayPool<char>.Shared.Rent(chunk.Length);
        var texts = shared.TryTake(out var free) ? free : new CellTexts();
        try
        {
            int length;
            try
            {
                length = decoding.GetChars(chunk.Bytes, 0, chunk.Length, text, 0);
            }
            catch (DecoderFallbackException ex)
            {
                throw Unreadable(_name, ex);
            }

            foreach (var cells in CsvRecords.Read(text, length, repeating, texts))
            {
                var row = record++;
                if (row == 0 || cells.Blank()) continue;
                yield return (row, cells);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
            Import.CsvChunks.Return(chunk);
            shared.Add(texts);
        }
    }

    // A loop, not All: on an array through its interface All made an enumerator for every row.
    private static bool Blank(IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
            if (!string.IsNullOrWhiteSpace(cells[i])) return false;
        return true;
    }

    /// <summary>
    /// Why a row has cells past the last header (a comma inside an unquoted cell, or a shifted row), or null. Such a
    /// row's facts would land in the wrong columns, so importers refuse it rather than guess.
    /// </summary>
    public string? Overflow(IReadOnlyList<string?> cells)
    {
        if (cells.Count <= Header.Count) return null;
        var beyond = cells.Skip(Header.Count).Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        if (beyond.Count == 0) return null;
        var first = beyond[0]!.Trim();
        return $"比表头多出 {beyond.Count} 个单元格（“{TextSafety.Echo(first)}”），多半是单元格里的逗号没有加引号";
    }

    // A file that turns out unreadable halfway (bad UTF-8, a broken xlsx part) is a bad input, not a crash.
    private IEnumerable<T> Guarded<T>(IEnumerable<T> records)
    {
        using var e = records.GetEnumerator();
        while (true)
        {
            try
            {
                if (!e.MoveNext()) yield break;
            }
            catch (Exception ex) when (IsReadFailure(ex))
            {
                throw Unreadable(_name, ex);
            }

            yield return e.Current;
        }
    }

    private static bool IsReadFailure(Exception ex) =>
        ex is IOException or InvalidDataException or UnauthorizedAccessException or DecoderFallbackException or UnclosedQuoteException
        || ex.GetType().Namespace?.StartsWith("MiniExcel", StringComparison.Ordinal) == true;

    private static IEnumerable<IReadOnlyList<string?>> Csv(string path)
    {
        using var reader = OpenCsv(path);
        foreach (var record in CsvRecords.Read(reader)) yield return record;
    }

    // Strict UTF-8: a GBK file fails loudly instead of importing mojibake.
    // 64K bytes at a time, straight from the file into the reader's buffer: a roster is read once, start to end.
    private static StreamReader OpenCsv(string path) =>
        new(OpenBytes(path), StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    private static FileStream OpenBytes(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    private static IEnumerable<IReadOnlyList<string?>> Xlsx(string path)
    {
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false))
            yield return row.Values.Select(Cell).ToList();
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n => n.ToString("0.############", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
