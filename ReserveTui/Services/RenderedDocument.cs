using ReserveTui.Documents;

namespace ReserveTui.Services;

/// <summary>
/// A rendered document: the bytes to write, the template that produced it and where that came from, and for the
/// text formats (txt, md, html) the text itself.
/// </summary>
internal sealed record RenderedDocument(string Document, string Format, TemplateSource Source, byte[] Content)
{
    public string? Text { get; init; }

    /// <summary>A file name for it: the document's Chinese name, the campaign or scheme it is about, and the format.</summary>
    public string FileName(string? about) =>
        $"{DocumentKind.Find(Document)?.Name ?? Document}{(string.IsNullOrWhiteSpace(about) ? "" : "-" + about)}.{Format}";
}
