using System.CommandLine;
using ReserveTui.Hosting;
using ReserveTui.Plugins;

namespace ReserveTui.Cli;

/// <summary>
/// <c>reserve scheme verify &lt;plugin folder|dll&gt; [--json]</c>: the scheme check and the host's checks, every
/// finding with its code; exit 3 when any is an error (the same errors refuse the plugin when it is loaded).
/// </summary>
internal static class SchemeVerifyVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var path = new Argument<string>("plugin") { Description = "插件的 .dll、构建输出目录或插件目录" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("verify", "检查一个方案插件：重复 id、缺少引用、不存在的类别或环节、读取不存在的事实、没有公示期、计分不相符、没有 publish 等，逐条给出代码；有错误时退出码为 3") { path, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var found = PluginHost.Verify(c.InputFile(r.GetValue(path)!));
            var errors = found.Sum(p => p.Findings.Count(f => f.IsError));
            if (r.GetValue(json))
            {
                c.Json(new
                {
                    ok = errors == 0,
                    plugins = found.Select(p => new
                    {
                        path = p.Path, scheme = p.Definition?.Manifest.Id, version = p.Definition?.Manifest.Version,
                        findings = p.Findings.Select(f => new { code = f.Code, severity = f.IsError ? "error" : "warning", message = f.Message }),
                    }),
                });
                return errors == 0 ? 0 : (int)ErrorCode.BadInput;
            }

            foreach (var p in found)
            {
                c.Out.WriteLine(p.Definition is { } d ? $"{d.Manifest.Id}（{d.Manifest.Name} v{d.Manifest.Version}）  {p.Path}" : p.Path);
                foreach (var f in p.Findings) c.Out.WriteLine($"  [{(f.IsError ? "错误" : "提醒")}] {f.Code} {f.Message}");
                if (p.Findings.Count == 0) c.Out.WriteLine("  未发现问题");
            }

            var warnings = found.Sum(p => p.Findings.Count(f => !f.IsError));
            c.Out.WriteLine(errors == 0 ? $"检查通过（{warnings} 条提醒）。" : $"{errors} 个错误，{warnings} 条提醒：有错误的方案加载时会被拒绝（RV013、RV015 加载时只作提醒）。");
            return errors == 0 ? 0 : (int)ErrorCode.BadInput;
        });
        return cmd;
    }
}
