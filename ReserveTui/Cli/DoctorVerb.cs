using System.CommandLine;
using ReserveTui.Services.Safety;

namespace ReserveTui.Cli;

/// <summary><c>reserve doctor [--json]</c>: checks a deployment; exit 9 when anything is broken (warnings alone exit 0).</summary>
internal static class DoctorVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("doctor", "检查部署：文件属主与权限、数据文件夹、插件、数据库能否打开与校验、磁盘空间、备份") { json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            // Over SSH it is an administrator's: it names the server's files and the accounts.
            if (c.Options.OverSsh) c.Access.EnsureAdmin("检查部署");
            var checks = new DeploymentDoctor(c.Options, c.Catalog).Run();
            var failed = checks.Count(x => x.Status == DoctorStatus.Failure);
            if (r.GetValue(json))
            {
                c.Json(new
                {
                    healthy = failed == 0,
                    checks = checks.Select(x => new { check = x.Name, status = x.Status.ToString().ToLowerInvariant(), message = x.Message }),
                });
            }
            else
            {
                foreach (var x in checks) c.Out.WriteLine($"[{Mark(x.Status)}] {x.Name}：{x.Message}");
                c.Out.WriteLine(failed == 0 ? "部署检查通过。" : $"有 {failed} 项错误，请按上面的说明处理。");
            }

            return failed == 0 ? 0 : (int)Hosting.ErrorCode.Unhealthy;
        });
        return cmd;
    }

    private static string Mark(DoctorStatus status) => status switch
    {
        DoctorStatus.Ok => "正常",
        DoctorStatus.Warning => "注意",
        _ => "错误",
    };
}
