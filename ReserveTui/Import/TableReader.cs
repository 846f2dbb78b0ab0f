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

    private TableReader(IReadOnlyList<string> header, Func<IEnumerable<IReadOnlyList<string?>>> records)
    {
        Header = header;
        _records = records;
    }

    public IReadOnlyList<string> Header { get; }

    public static TableReader Open(string path)
    {
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
            throw new ReserveException(ErrorCode.BadInput, $"无法读取 {Path.GetFileName(path)}：{ex.Message}");
        }

        if (header is null || header.All(string.IsNullOrEmpty))
            throw new ReserveException(ErrorCode.BadInput, $"{Path.GetFileName(path)} 是空的：第一行应为表头");
        return new TableReader(header, all);
    }

    public IEnumerable<(int Row, IReadOnlyList<string?> Cells)> Rows()
    {
        var row = 0;
        foreach (var record in Guarded(_records().Skip(1)))
        {
            row++;
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            yield return (row, record);
        }
    }

    // A file that turns out unreadable halfway (bad UTF-8, a broken xlsx part) is a bad input, not a crash.
    private IEnumerable<IReadOnlyList<string?>> Guarded(IEnumerable<IReadOnlyList<string?>> records)
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
                throw new ReserveException(ErrorCode.BadInput, $"读取文件时出错：{ex.Message}");
            }

            yield return e.Current;
        }
    }

    private static bool IsReadFailure(Exception ex) =>
        ex is IOException or InvalidDataException or UnauthorizedAccessException or DecoderFallbackException
        || ex.GetType().Namespace?.StartsWith("MiniExcel", StringComparison.Ordinal) == true;

    private static IEnumerable<IReadOnlyList<string?>> Csv(string path)
    {
        // Strict UTF-8: a GBK file fails loudly instead of importing mojibake.
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        foreach (var record in CsvRecords.Read(reader)) yield return record;
    }

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
