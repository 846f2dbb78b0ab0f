using System.Text;
using ReserveTui.Documents;
using ReserveTui.Hosting;
using ReserveTui.Plugins;

namespace ReserveTui.Services;

/// <summary>
/// Documents from templates: finds the template (operator, plugin, bundled), builds the document's model, renders
/// it strictly, and writes the file whole or not at all (a temporary file renamed into place).
/// </summary>
internal sealed class DocumentService(SchemeCatalog catalog, TemplateLibrary library)
{
    /// <summary>The documents this version renders, with the formats each has.</summary>
    public static IReadOnlyList<string> Documents { get; } = ["scheme"];

    public static IReadOnlyList<string> Formats { get; } = ["txt", "md"];

    public IReadOnlyList<TemplateSource> Templates(string? schemeId) =>
        library.List(schemeId is null ? null : catalog.Get(schemeId).Folder);

    /// <summary>The <c>scheme</c> document (选拔方案) of one scheme, in txt or md.</summary>
    public (string Text, TemplateSource Source) Scheme(string schemeId, string format)
    {
        if (!Formats.Contains(format)) throw new ReserveException(ErrorCode.Usage, $"文档格式“{format}”暂不支持（可用：{string.Join("、", Formats)}）");
        var scheme = catalog.Get(schemeId);
        var source = library.Find("scheme", format, scheme.Folder)
            ?? throw new ReserveException(ErrorCode.NotFound, $"找不到文档 scheme 的 {format} 模板（templates/scheme.{format}.sbn）");
        return (DocumentRenderer.Render(source, SchemeDocumentModel.Build(scheme.Definition)), source);
    }

    /// <summary>Writes the text whole or not at all: a temporary file beside the target, then renamed over it.</summary>
    public static void Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new ReserveException(ErrorCode.NotFound, $"输出文件夹不存在：{folder}");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(false));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
