using System.CommandLine;
using ReserveTui.Hosting;

namespace ReserveTui.Cli;

/// <summary><c>reserve init [--training]</c>: a new, empty database — a training one (培训库) on which the clock may be set.</summary>
internal static class InitVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var training = new Option<bool>("--training") { Description = "新建培训库：可以用 --now 调整时钟练习（正式数据库不能），全程记实会注明判定时间" };
        var cmd = new Command("init", "新建一个空数据库（已存在的文件不会被改动）") { training };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var path = Path.GetFullPath(c.Options.DatabasePath);
            if (File.Exists(path) || Directory.Exists(path))
                throw new ReserveException(ErrorCode.Refused, $"{path} 已存在，未作任何改动；请用 --db 指定一个新文件");
            var database = r.GetValue(training) ? c.TrainingDatabase() : c.Database;
            c.Out.WriteLine(r.GetValue(training) ? $"已新建培训库 {database.Location}（可用 --now 调整时钟）" : $"已新建数据库 {database.Location}");
            return 0;
        });
        return cmd;
    }
}
