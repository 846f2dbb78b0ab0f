using System.CommandLine;
using ReserveTui.Services.Safety;

namespace ReserveTui.Cli;

/// <summary><c>reserve backup [-o FILE]</c> and <c>reserve restore FILE</c>.</summary>
internal static class BackupVerb
{
    public static Command Backup(Func<ParseResult, CliContext> context)
    {
        var output = new Option<string?>("--output", "-o") { Description = "备份文件路径（默认：数据文件夹/backups/reserve-日期-时间.db；已存在的文件不会被覆盖）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("backup", "备份数据库：其他操作员工作时也可进行；备份完成后会打开并校验备份") { output, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var service = new BackupService(c.Options.Clock, c.Options.Operator, c.Access);
            var target = r.GetValue(output) is { } o ? c.OutputFile(o) : service.DefaultTarget(c.Options.Paths.DataFolder);
            var result = service.Backup(c.Database, target);
            if (r.GetValue(json))
            {
                c.Json(new { file = result.Path, bytes = result.Bytes, audit_entries = result.AuditEntries });
                return 0;
            }

            c.Out.WriteLine($"已备份到 {result.Path}（{result.Bytes / 1024.0:0.#} KB，全程记实 {result.AuditEntries} 条，已校验）");
            return 0;
        });
        return cmd;
    }

    public static Command Restore(Func<ParseResult, CliContext> context)
    {
        var file = new Argument<string>("file") { Description = "备份文件（reserve backup 生成）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new Command("restore", "从备份恢复数据库：先打开并校验备份，再替换；被替换的文件保留在旁边。恢复前请让其他操作员退出") { file, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            // The database being replaced says who may replace it; then it is closed, so only the restore holds the path.
            Services.Access.OperatorAccess? access = null;
            if (File.Exists(c.Options.DatabasePath))
            {
                try
                {
                    access = c.Access;
                }
                catch (Hosting.ReserveException ex) when (ex.Code == Hosting.ErrorCode.Storage && !c.Options.OperatorGiven)
                {
                    // A damaged file is what restores are for: someone at the server's own shell (who could copy files
                    // anyway) may restore it; an operator who came in by SSH may not.
                }

                c.CloseDatabase();
            }

            var result = new BackupService(c.Options.Clock, c.Options.Operator, access).Restore(c.Options.DatabasePath, c.InputFile(r.GetValue(file)!));
            if (r.GetValue(json))
            {
                c.Json(new { database = result.Database, replaced = result.Replaced, audit_entries = result.AuditEntries });
                return 0;
            }

            c.Out.WriteLine($"已从备份恢复 {result.Database}（全程记实 {result.AuditEntries} 条，已校验）");
            if (result.Replaced is { } replaced) c.Out.WriteLine($"原来的文件保留为 {replaced}");
            return 0;
        });
        return cmd;
    }
}
