using System.Text;
using ReserveTui.Documents.Layout;
using ReserveTui.Hosting;

namespace ReserveTui.Documents;

/// <summary>
/// The formats a document is written in, and which template each is rendered from: txt from the <c>.txt.sbn</c>
/// template (aligned for the terminal), everything else from the <c>.md.sbn</c> one — md as it is, and html, docx and
/// xlsx laid out from it, so one wording serves the screen, the printer and the spreadsheet.
/// </summary>
internal static class DocumentFormats
{
    public static IReadOnlyList<string> All { get; } = ["txt", "md", "html", "docx", "xlsx"];

    /// <summary>The formats that are text (shown on screen and in <c>--json</c>).</summary>
    public static bool IsText(string format) => format is "txt" or "md" or "html";

    public static string TemplateFormat(string format) => format == "txt" ? "txt" : "md";

    public static void Check(string format)
    {
        if (!All.Contains(format)) throw new ReserveException(ErrorCode.Usage, $"文档格式“{format}”暂不支持（可用：{string.Join("、", All)}）");
    }

    /// <summary>The file's bytes for a rendered template; <paramref name="text"/> is set for the text formats.</summary>
    public static byte[] Produce(string rendered, string format, string title, out string? text)
    {
        text = null;
        switch (format)
        {
            case "txt" or "md":
                text = rendered;
                return new UTF8Encoding(false).GetBytes(rendered);
            case "html":
                text = HtmlWriter.Write(MarkdownReader.Read(rendered, title));
                return new UTF8Encoding(false).GetBytes(text);
            case "docx":
                return DocxWriter.Write(MarkdownReader.Read(rendered, title));
            case "xlsx":
                var laid = MarkdownReader.Read(rendered, title);
                if (!XlsxWriter.CanWrite(laid)) throw new ReserveException(ErrorCode.Usage, $"“{title}”没有表格，不能导出 xlsx（可用 docx、html、md 或 txt）");
                return XlsxWriter.Write(laid);
            default:
                Check(format);
                throw new InvalidOperationException(format);
        }
    }
}
