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
        cmd.Subcommands.Add(Void(context));
        cmd.Subcommands.Add(List(context));
        return cmd;
    }

    private static Command Void(Func<ParseResult, CliContext> context)
    {
        var campaign = new Argument<string>("campaign") { Description = "批次 id" };
        var number = new Option<int?>("--number") { Description = "要作废的票号（见 ballots list）" };
        var batch = new Option<int?>("--import") { Description = "要整份作废的导入批号（见 ballots list）" };
        var reason = new Option<string>("--reason") { Description = "作废原因（必填，记入全程记实）", Required = true };
        var cmd = new Command("void", "作废一张推荐票或一整次导入：保留原票并标明作废原因，不再计票，不删除") { campaign, number, batch, reason };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var n = c.Ballots.Void(r.GetValue(campaign)!, r.GetValue(number), r.GetValue(batch), r.GetValue(reason)!);
            c.Out.WriteLine($"已作废 {n} 张推荐票（保留在记录中，不再计票）。");
            return 0;
        });
        return cmd;
    }

    private static Command List(Func<ParseResult, CliContext> context)
    {
        var campaign = new Argument<string>("campaign") { Description = "批次 id" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("list", "列出推荐票与导入记录（票号、导入批号、作废情况）") { campaign, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var view = c.Ballots.List(r.GetValue(campaign)!);
            if (r.GetValue(json))
            {
                c.Json(new
                {
                    imports = view.Imports.Select(i => new { batch = i.Batch, file = i.FileName, at = i.At, by = i.By, count = i.Count, voided = i.VoidReason is not null, void_reason = i.VoidReason }),
                    ballots = view.Ballots.Select(b => new { number = b.Number, batch = b.Batch, category = b.Category, choices = b.Names, voided = b.VoidReason is not null, void_reason = b.VoidReason }),
                });
                return 0;
            }

            foreach (var i in view.Imports)
                c.Out.WriteLine($"第 {i.Batch} 次导入  {i.FileName}  {i.At:yyyy-MM-dd HH:mm}  {i.By}  {i.Count} 张" + (i.VoidReason is { } w ? $"  已作废：{w}" : ""));
            foreach (var b in view.Ballots)
                c.Out.WriteLine($"{b.Number,5} 号  {(b.Batch == 0 ? "逐张录入" : $"第 {b.Batch} 次导入")}  {b.Category}  {string.Join("、", b.Names)}" + (b.VoidReason is { } v ? $"  已作废：{v}" : ""));
            var counted = view.Ballots.Count(b => b.VoidReason is null);
            c.Out.WriteLine($"共 {view.Ballots.Count} 张，计票 {counted} 张，作废 {view.Ballots.Count - counted} 张");
            return 0;
        });
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
                doc["voided"] = new { ballots = t.Voided };
                c.Json(doc);
                return 0;
            }

            foreach (var (name, col) in t.Categories.Append(new("合计", t.Overall)))
            {
                c.Out.WriteLine($"{name}（{col.Ballots} 票）：" + string.Join("  ", col.Votes.Select(v => $"{v.Key} {v.Value} 票（{Percent.Of(col.Shares[v.Key], 1)}）")));
            }

            if (t.Voided > 0) c.Out.WriteLine($"另有作废 {t.Voided} 张，不计入（见 reserve ballots list）");
            if (t.Below.Count > 0)
                c.Out.WriteLine($"低于集中度门槛 {Percent.Of(t.Threshold, 0)}（宁缺勿滥，不降低标准）：{string.Join("、", t.Below)}");
            return 0;
        });
        return cmd;
    }

    private static object Column(TallyColumn col) => new { ballots = col.Ballots, votes = col.Votes, shares = col.Shares };
}
