using System.CommandLine;
using System.Text.Json;
using ReserveSdk;

namespace ReserveTui.Cli;

/// <summary>
/// <c>reserve schemes</c>: the loaded schemes with their tracks, the folders read, and the plugins that failed —
/// exit 3 when any failed, so a script or a deployment check notices.
/// </summary>
internal static class SchemesVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("schemes", "列出已加载的选拔方案及其后备类别，以及加载失败的插件") { json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var catalog = c.Catalog;
            if (r.GetValue(json))
            {
                var doc = new
                {
                    schemes = catalog.Schemes.Select(s => new
                    {
                        id = s.Id,
                        name = s.Definition.Manifest.Name,
                        version = s.Definition.Manifest.Version,
                        sdk = s.SdkVersion.ToString(3),
                        tracks = s.Definition.Tracks.Select(t => new { id = t.Id, name = t.Name, level = t.Level == PostLevel.Principal ? "principal" : "deputy" }),
                        warnings = s.Warnings.Select(w => new { code = w.Code, message = w.Message }),
                    }),
                    failed = catalog.Failures.Select(f => new { path = f.Path, reason = f.Reason }),
                    folders = catalog.Folders.Select(f => new { path = f.Path, exists = f.Exists, schemes = f.Schemes }),
                };
                c.Out.WriteLine(JsonSerializer.Serialize(doc, CliJson.Options));
                return Exit(catalog);
            }

            foreach (var s in catalog.Schemes)
            {
                c.Out.WriteLine($"{s.Id}\t{s.Definition.Manifest.Name}\tv{s.Definition.Manifest.Version}");
                foreach (var t in s.Definition.Tracks)
                    c.Out.WriteLine($"    {t.Id}\t{t.Name}\t{(t.Level == PostLevel.Principal ? "正职" : "副职")}");
                foreach (var w in s.Warnings) c.Out.WriteLine($"    提醒 {w.Code} {w.Message}");
            }

            if (catalog.Schemes.Count == 0) c.Out.WriteLine("（没有加载任何方案）");
            foreach (var f in catalog.Failures) c.Out.WriteLine($"加载失败\t{f.Path}\t{f.Reason}");
            foreach (var f in catalog.Folders)
                c.Out.WriteLine(f.Exists ? $"已读取插件目录 {f.Path}：{f.Schemes} 个方案" : $"插件目录 {f.Path} 不存在");
            return Exit(catalog);
        });
        return cmd;
    }

    /// <summary>0, or 3 when any plugin failed to load (the schemes that did load are still listed).</summary>
    internal static int Exit(Plugins.SchemeCatalog catalog) => catalog.Failures.Count == 0 ? 0 : (int)Hosting.ErrorCode.BadInput;
}
