using System.CommandLine;
using ReserveTui.Hosting;
using ReserveTui.Services;

namespace ReserveTui.Cli;

/// <summary><c>reserve render &lt;document&gt;</c> and <c>reserve templates list</c>: documents from templates.</summary>
internal static class RenderVerb
{
    public static Command Render(Func<ParseResult, CliContext> context)
    {
        var document = new Argument<string>("document")
        {
            Description = "文档：" + string.Join("、", DocumentKind.All.Select(k => $"{k.Id}（{k.Name}）")),
        };
        var scheme = new Option<string?>("--scheme") { Description = "方案 id（scheme、structure 文档；roster 按方案筛选）" };
        var campaign = new Option<string?>("--campaign") { Description = "批次 id（" + string.Join("、", DocumentService.CampaignDocuments) + " 文档）" };
        var reserve = new Option<string?>("--reserve") { Description = "后备干部 id（dossier 文档）" };
        var unit = new Option<string?>("--unit") { Description = "单位名称，含下属单位（roster、structure 文档）" };
        var track = new Option<string?>("--track") { Description = "后备类别 id 或名称（roster 文档）" };
        var status = new Option<string?>("--status") { Description = "in-pool、lapsed、removed 或 promoted（roster 文档）" };
        var format = new Option<string>("--format") { Description = "txt（默认）、md、html、docx 或 xlsx（docx、xlsx 须给出 -o）", DefaultValueFactory = _ => "txt" };
        var output = new Option<string?>("-o", "--output") { Description = "写入文件（整份写入或不写）；不给则输出到屏幕" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出（文档 id、格式、所用模板及其来源、输出文件、文本）" };
        var cmd = new ReadingCommand("render", "由模板生成文档（选拔方案、公告、推荐票、统计表、名单、公示、名册等）；模板有错时给出文件、行、列，不生成任何文件")
        {
            document, scheme, campaign, reserve, unit, track, status, format, output, json,
        };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var id = r.GetValue(document)!;
            var path = r.GetValue(output) is { } named ? c.OutputFile(named) : null;
            var fmt = r.GetValue(format)!;
            if (!ReserveTui.Documents.DocumentFormats.IsText(fmt) && path is null && ReserveTui.Documents.DocumentFormats.All.Contains(fmt))
                throw new ReserveException(ErrorCode.Usage, $"{fmt} 是二进制文件，请用 -o 给出文件名");
            var rendered = c.Documents.Render(new DocumentRequest(id, fmt)
            {
                Scheme = r.GetValue(scheme), Campaign = r.GetValue(campaign), Reserve = r.GetValue(reserve),
                Unit = r.GetValue(unit), Track = r.GetValue(track), Status = r.GetValue(status),
            });
            if (path is not null) DocumentService.Write(path, rendered.Content);
            var source = rendered.Source;
            if (r.GetValue(json))
                c.Json(new { document = id, format = rendered.Format, template = source.Path, origin = source.Origin, output = path is null ? null : Path.GetFullPath(path), text = path is null ? rendered.Text : null });
            else if (path is null) c.Out.Write(rendered.Text);
            else c.Out.WriteLine($"已生成 {Path.GetFullPath(path)}（模板 {source.Path}，{Origin(source.Origin)}）");
            return 0;
        });
        return cmd;
    }

    public static Command Templates(Func<ParseResult, CliContext> context)
    {
        var scheme = new Option<string?>("--scheme") { Description = "同时查找该方案插件自带的模板" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var list = new ReadingCommand("list", "每个文档与格式实际使用的模板文件及其来源（操作员文件夹、方案插件、内置）") { scheme, json };
        list.SetAction(r =>
        {
            var c = context(r);
            var found = c.Documents.Templates(r.GetValue(scheme));
            if (r.GetValue(json)) c.Json(found.Select(t => new { document = t.Document, format = t.Format, path = t.Path, origin = t.Origin }));
            else foreach (var t in found) c.Out.WriteLine($"{t.Document}\t{t.Format}\t{Origin(t.Origin)}\t{t.Path}");
            return 0;
        });
        var cmd = new Command("templates", "文档模板");
        cmd.Subcommands.Add(list);
        return cmd;
    }

    private static string Origin(string origin) => origin switch
    {
        "operator" => "操作员文件夹",
        "plugin" => "方案插件",
        _ => "内置",
    };
}
