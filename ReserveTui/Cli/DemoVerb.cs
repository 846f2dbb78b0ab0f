using System.CommandLine;

namespace ReserveTui.Cli;

/// <summary><c>reserve demo [--people N]</c>: a fictional organisation to look at.</summary>
internal static class DemoVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var people = new Option<int>("--people") { Description = "生成多少人（默认 300）", DefaultValueFactory = _ => 300 };
        var cmd = new Command("demo", "向空数据库写入一个虚构的示例组织（示例单位与生成的人员），供熟悉软件使用") { people };
        cmd.SetAction(r =>
        {
            var c = context(r);
            // A demo database is a training one: --now may be used on it (and only on such).
            var (units, written) = new Services.DemoService(c.TrainingDatabase(), c.Options.Clock).Fill(r.GetValue(people), c.Options.Operator);
            c.Out.WriteLine($"已写入示例数据：{units} 个单位，{written} 人（数据库：{c.Database.Location}）。");
            return 0;
        });
        return cmd;
    }
}
