using System.CommandLine;

namespace ReserveTui.Cli;

/// <summary><c>reserve scores import</c> and <c>reserve ranking</c> (schemes with a scoring model).</summary>
internal static class ScoreVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var cmd = new Command("scores", "成绩：导入计分表（姓名 + 各计分项）");
        var campaign = new Argument<string>("campaign") { Description = "批次 id" };
        var file = new Argument<string>("file") { Description = "CSV 或 .xlsx：姓名, 笔试, 演讲答辩, 公司领导班子, 相关中层干部, 职工代表（列名用计分项中文名或 id）" };
        var import = new Command("import", "导入成绩：逐项校验满分，有任何错误则整份不导入") { campaign, file };
        import.SetAction(r =>
        {
            var c = context(r);
            c.Out.WriteLine($"已导入 {c.Scores.ImportScores(r.GetValue(campaign)!, r.GetValue(file)!)} 人的成绩。");
            return 0;
        });
        cmd.Subcommands.Add(import);
        return cmd;
    }

    public static Command Ranking(Func<ParseResult, CliContext> context)
    {
        var campaign = new Argument<string>("campaign") { Description = "批次 id" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("ranking", "按总成绩排序（同分按方案规定的次序比较）") { campaign, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var ranking = c.Scores.Ranking(r.GetValue(campaign)!);
            if (r.GetValue(json))
            {
                c.Json(ranking.Select(x => new { rank = x.Rank, name = x.Candidate, total = x.Total, components = x.Components }));
                return 0;
            }

            foreach (var x in ranking) c.Out.WriteLine($"{x.Rank}\t{x.Candidate}\t{x.Total}\t" + string.Join("  ", x.Components.Select(p => $"{p.Key} {p.Value}")));
            return 0;
        });
        return cmd;
    }
}
