using System.CommandLine;
using System.Globalization;
using ReserveTui.Services.Campaigns;

using ReserveTui.Services;

namespace ReserveTui.Cli;

/// <summary><c>reserve ballots add|import</c> and <c>reserve tally</c>.</summary>
internal static class BallotVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var cmd = new Command("ballots", "推荐票：逐张录入或从文件导入（投票人类别、推荐人选）");
        var campaign = new Argument<string>("campaign") { Description = "批次 id" };
        var category = new Option<string>("--category") { Description = "投票人类别：" + string.Join("、", ReserveSdk.VoterGroups.Default) + "（方案另有规定的从其规定）", Required = true };
        var choices = new Option<string>("--choices") { Description = "推荐人选姓名，用 、 ; 或 , 分隔", Required = true };
        var add = new Command("add", "录入一张推荐票") { campaign, category, choices };
        add.SetAction(r =>
        {
            var c = context(r);
            var names = OperatorInput.Names(r.GetValue(choices));
            c.Ballots.AddBallot(r.GetValue(campaign)!, r.GetValue(category)!, names);
            c.Out.WriteLine("已录入 1 张推荐票。");
            return 0;
        });
        var campaign2 = new Argument<string>("campaign") { Description = "批次 id" };
        var file = new Argument<string>("file") { Description = "CSV 或 .xlsx，列：投票人类别、推荐人选（用 ; 或 、 分隔），每行一张票" };
        var import = new Command("import", "导入推荐票文件：有任何错误则整份不导入") { campaign2, file };
        import.SetAction(r =>
        {
            var c = context(r);
            c.Out.WriteLine($"已导入 {c.Ballots.ImportBallots(r.GetValue(campaign2)!, r.GetValue(file)!)} 张推荐票。");
            return 0;
        });
        cmd.Subcommands.Add(add);
        cmd.Subcommands.Add(import);
        return cmd;
    }

    public static Command Tally(Func<ParseResult, CliContext> context)
    {
        var campaign = new Argument<string>("campaign") { Description = "批次 id" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("tally", "计票：按投票人类别分别统计，再合计；低于集中度门槛的人选标出") { campaign, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var t = c.Ballots.Tally(r.GetValue(campaign)!);
            if (r.GetValue(json))
            {
                var doc = t.Categories.ToDictionary(kv => kv.Key, kv => Column(kv.Value));
                doc["overall"] = Column(t.Overall);
                c.Json(doc);
                return 0;
            }

            foreach (var (name, col) in t.Categories.Append(new("合计", t.Overall)))
            {
                c.Out.WriteLine($"{name}（{col.Ballots} 票）：" + string.Join("  ", col.Votes.Select(v => $"{v.Key} {v.Value} 票（{Percent.Of(col.Shares[v.Key], 1)}）")));
            }

            if (t.Below.Count > 0)
                c.Out.WriteLine($"低于集中度门槛 {Percent.Of(t.Threshold, 0)}（宁缺勿滥，不降低标准）：{string.Join("、", t.Below)}");
            return 0;
        });
        return cmd;
    }

    private static object Column(TallyColumn col) => new { ballots = col.Ballots, votes = col.Votes, shares = col.Shares };
}
