using System.Data;
using MiniExcelLibs;

namespace ReserveTui.Documents.Layout;

/// <summary>
/// Writes each table of a document as a worksheet, named after the heading it sits under, with the table's own
/// header row; every cell is text exactly as the document shows it (33.3%, 2026年7月1日), so the sheet re-reads to
/// the same rows.
/// </summary>
internal static class XlsxWriter
{
    /// <summary>Excel's limit on a sheet name.</summary>
    private const int SheetNameLimit = 31;

    public static bool CanWrite(LaidOutDocument document) => document.Tables.Any();

    public static byte[] Write(LaidOutDocument document)
    {
        var sheets = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in document.Tables) sheets[SheetName(table.Caption, sheets.Keys)] = Data(table);
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, printHeader: true, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>The column names of a table as written: the header, with blanks and repeats told apart.</summary>
    public static IReadOnlyList<string> Columns(DocTable table)
    {
        var width = Math.Max(table.Header.Count, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count));
        var names = new List<string>();
        for (var i = 0; i < width; i++)
        {
            var name = i < table.Header.Count && table.Header[i].Length > 0 ? table.Header[i] : $"列{i + 1}";
            var unique = name;
            for (var n = 2; names.Contains(unique, StringComparer.OrdinalIgnoreCase); n++) unique = $"{name}{n}";
            names.Add(unique);
        }

        return names;
    }

    private static DataTable Data(DocTable table)
    {
        var data = new DataTable();
        foreach (var column in Columns(table)) data.Columns.Add(column, typeof(string));
        foreach (var row in table.Rows)
        {
            var values = new object[data.Columns.Count];
            for (var i = 0; i < values.Length; i++) values[i] = i < row.Count ? row[i] : "";
            data.Rows.Add(values);
        }

        return data;
    }

    /// <summary>The heading, without the characters Excel refuses in a sheet name, cut to 31, and unique in the book.</summary>
    public static string SheetName(string caption, IEnumerable<string> taken)
    {
        var clean = new string(caption.Select(ch => "[]:*?/\\".Contains(ch) || char.IsControl(ch) ? '_' : ch).ToArray()).Trim('\'', ' ');
        if (clean.Length == 0) clean = "表";
        var used = taken.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var name = Cut(clean, SheetNameLimit);
        for (var n = 2; used.Contains(name); n++)
        {
            var suffix = $"({n})";
            name = Cut(clean, SheetNameLimit - suffix.Length) + suffix;
        }

        return name;
    }

    private static string Cut(string text, int limit) => text.Length <= limit ? text : text[..limit];
}
