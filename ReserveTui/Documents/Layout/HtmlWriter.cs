using System.Net;
using System.Text;

namespace ReserveTui.Documents.Layout;

/// <summary>
/// Writes a document as one self-contained, well-formed HTML page (XHTML-compatible markup, every text escaped)
/// whose print stylesheet sets the GB/T 9704 page: A4, the same margins, fonts and sizes as the .docx, table header
/// rows repeated on each printed page.
/// </summary>
internal static class HtmlWriter
{
    private const string Style = """
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        body { font-family: "仿宋_GB2312", "FangSong", "STFangsong", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28.95pt; max-width: 156mm; margin: 2em auto; }
        h1 { font-family: "方正小标宋简体", "Noto Serif CJK SC", serif; font-size: 22pt; font-weight: normal; text-align: center; margin: 0 0 28.95pt; }
        h2 { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
        h3, h4, h5, h6 { font-family: "楷体_GB2312", "KaiTi", "Noto Serif CJK SC", serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
        p { margin: 0; text-indent: 2em; text-align: justify; }
        p.item { text-indent: 2em; }
        p.signature { text-align: right; text-indent: 0; margin-right: 4em; }
        table { border-collapse: collapse; width: 100%; font-size: 12pt; line-height: 1.4; margin: 0.5em 0; }
        table.wide { font-size: 10.5pt; }
        th, td { border: 1px solid #000; padding: 2pt 4pt; text-align: left; vertical-align: top; }
        th { text-align: center; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; }
        @media print { body { margin: 0; max-width: none; } }
        """;

    public static string Write(LaidOutDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\" />\n<title>")
            .Append(Escape(document.Title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case DocHeading h:
                    var level = Math.Clamp(h.Level, 1, 6);
                    html.Append("<h").Append(level).Append('>').Append(Runs(h.Runs)).Append("</h").Append(level).Append(">\n");
                    break;
                case DocParagraph p:
                    html.Append(p.Signature ? "<p class=\"signature\">" : "<p>").Append(Runs(p.Runs)).Append("</p>\n");
                    break;
                case DocListItem item:
                    var prefix = item.Number is { } n ? $"{n}. " : item.Depth > 0 ? "· " : "";
                    html.Append("<p class=\"item\" style=\"margin-left: ").Append(2 * item.Depth).Append("em\">")
                        .Append(Escape(prefix)).Append(Runs(item.Runs)).Append("</p>\n");
                    break;
                case DocTable t:
                    Table(html, t);
                    break;
            }
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void Table(StringBuilder html, DocTable t)
    {
        var wide = Math.Max(t.Header.Count, t.Rows.Count == 0 ? 0 : t.Rows.Max(r => r.Count)) > 6;
        html.Append(wide ? "<table class=\"wide\">\n" : "<table>\n");
        if (t.Header.Count > 0)
        {
            html.Append("<thead><tr>");
            foreach (var cell in t.Header) html.Append("<th>").Append(Escape(cell)).Append("</th>");
            html.Append("</tr></thead>\n");
        }

        html.Append("<tbody>\n");
        foreach (var row in t.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(Escape(cell)).Append("</td>");
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Runs(IEnumerable<DocRun> runs) => string.Concat(runs.Select(r =>
    {
        var text = Escape(r.Text).Replace("\n", "<br />");
        return r.Bold ? $"<strong>{text}</strong>" : text;
    }));

    /// <summary>HTML-escaped, and without the control characters XML does not allow.</summary>
    private static string Escape(string text) =>
        WebUtility.HtmlEncode(new string(text.Where(ch => ch is '\n' or '\t' || !char.IsControl(ch)).ToArray()));
}
