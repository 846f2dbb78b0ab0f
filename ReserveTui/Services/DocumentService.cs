using System.Text;
using ReserveTui.Documents;
using ReserveTui.Hosting;
using ReserveTui.Plugins;

namespace ReserveTui.Services;

/// <summary>
/// Documents from templates: finds the template (operator, plugin, bundled), builds the document's model, renders
/// it strictly, and writes the file whole or not at all (a temporary file renamed into place).
/// </summary>
internal sealed class DocumentService(SchemeCatalog catalog, TemplateLibrary library, Campaigns.CampaignService? campaigns = null, Campaigns.BallotService? ballots = null,
    Func<string, ReserveSdk.Person?>? person = null, TimeZoneInfo? zone = null)
{
    /// <summary>The documents this version renders (ids are a CLI contract): the scheme's, and a campaign's.</summary>
    public static IReadOnlyList<string> Documents { get; } = ["scheme", "tally", "nominees", "notice", "decision"];

    /// <summary>The documents drawn from a campaign (they need <c>--campaign</c>).</summary>
    public static IReadOnlyList<string> CampaignDocuments { get; } = ["tally", "nominees", "notice", "decision"];

    public static IReadOnlyList<string> Formats { get; } = ["txt", "md"];

    public IReadOnlyList<TemplateSource> Templates(string? schemeId) =>
        library.List(schemeId is null ? null : catalog.Get(schemeId).Folder);

    /// <summary>The <c>scheme</c> document (选拔方案) of one scheme, in txt or md.</summary>
    public (string Text, TemplateSource Source) Scheme(string schemeId, string format)
    {
        CheckFormat(format);
        var scheme = catalog.Get(schemeId);
        var source = Template("scheme", format, scheme.Folder);
        return (DocumentRenderer.Render(source, SchemeDocumentModel.Build(scheme.Definition)), source);
    }

    /// <summary>A campaign's document (tally, nominees) in txt or md, with the scheme's own template where it has one.</summary>
    public (string Text, TemplateSource Source) Campaign(string document, string campaignId, string format)
    {
        CheckFormat(format);
        if (campaigns is null || ballots is null) throw new ReserveException(ErrorCode.Usage, "没有打开数据库，不能生成批次文档");
        var c = campaigns.Show(campaignId);
        var model = document switch
        {
            "tally" => CampaignDocumentModel.Tally(c, ballots.Tally(campaignId)),
            "nominees" => CampaignDocumentModel.Nominees(c),
            "decision" => CampaignDocumentModel.Decision(c, catalog.Get(c.SchemeId).Definition, zone ?? TimeZoneInfo.Local),
            "notice" => CampaignDocumentModel.Notice(c, catalog.Get(c.SchemeId).Definition, person ?? (_ => null), zone ?? TimeZoneInfo.Local),
            _ => throw new ReserveException(ErrorCode.Usage, $"文档“{document}”不是批次文档（可用：{string.Join("、", CampaignDocuments)}）"),
        };
        var source = Template(document, format, catalog.Find(c.SchemeId)?.Folder);
        return (DocumentRenderer.Render(source, model), source);
    }

    private static void CheckFormat(string format)
    {
        if (!Formats.Contains(format)) throw new ReserveException(ErrorCode.Usage, $"文档格式“{OperatorInput.Echo(format)}”暂不支持（可用：{string.Join("、", Formats)}）");
    }

    private TemplateSource Template(string document, string format, string? pluginFolder) =>
        library.Find(document, format, pluginFolder)
        ?? throw new ReserveException(ErrorCode.NotFound, $"找不到文档 {document} 的 {format} 模板（templates/{document}.{format}.sbn）");

    /// <summary>Writes the text whole or not at all: a temporary file beside the target, then renamed over it.</summary>
    public static void Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new ReserveException(ErrorCode.Usage, $"输出路径是一个文件夹，请给出文件名：{full}");
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new ReserveException(ErrorCode.NotFound, $"输出文件夹不存在：{folder}");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(false));
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ReserveException(ErrorCode.Usage, $"不能写入 {full}：{ex.Message}；未生成文件");
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
