using System.CommandLine;
using System.Globalization;
using ReserveTui.Services.Campaigns;

using ReserveTui.Services;

namespace ReserveTui.Cli;

/// <summary><c>reserve campaign new|list|show|approve|act|history</c>.</summary>
internal static class CampaignVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var cmd = new Command("campaign", "选拔批次：新建、列出、查看、执行流程操作、全程记实");
        cmd.Subcommands.Add(New(context));
        cmd.Subcommands.Add(List(context));
        cmd.Subcommands.Add(Show(context));
        cmd.Subcommands.Add(Approve(context));
        cmd.Subcommands.Add(NoticeContact(context));
        cmd.Subcommands.Add(Act(context));
        cmd.Subcommands.Add(History(context));
        return cmd;
    }

    private static Command New(Func<ParseResult, CliContext> context)
    {
        var scheme = new Option<string>("--scheme") { Description = "方案 id", Required = true };
        var unit = new Option<string>("--unit") { Description = "单位名称", Required = true };
        var year = new Option<int>("--year") { Description = "年度", Required = true };
        var on = new Option<string?>("--on") { Description = "基准日 YYYY-MM-DD（默认当年 6 月 30 日）" };
        var threshold = new Option<decimal?>("--threshold") { Description = "得票集中度门槛 0–1（默认 0.5）" };
        var maxChoices = new Option<int>("--max-choices") { Description = "每张推荐票最多推荐几人（默认不超过本批次人选数）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new Command("new", "新建选拔批次（锁定方案 id 与版本）") { scheme, unit, year, on, threshold, maxChoices, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var date = r.GetValue(on) is { } text ? CheckVerb.ReferenceDate(text, c.Options.Clock) : (DateOnly?)null;
            var view = c.Campaigns.New(r.GetValue(scheme)!, r.GetValue(unit)!, r.GetValue(year), date, r.GetValue(threshold), r.GetValue(maxChoices));
            if (r.GetValue(json)) c.Json(new { id = view.Id, scheme = view.SchemeId, scheme_version = view.SchemeVersion, state = view.State });
            else c.Out.WriteLine($"已新建选拔批次 {view.Id}（{view.SchemeName} v{view.SchemeVersion}，{view.Unit}，{view.Year} 年，基准日 {view.ReferenceDate:yyyy-MM-dd}）");
            return 0;
        });
        return cmd;
    }

    private static Command List(Func<ParseResult, CliContext> context)
    {
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("list", "列出选拔批次") { json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var all = c.Campaigns.List();
            if (r.GetValue(json))
            {
                c.Json(all.Select(x => new { id = x.Id, scheme = x.SchemeId, scheme_version = x.SchemeVersion, unit = x.UnitName, year = x.Year, state = x.State, state_name = x.StateName }));
                return 0;
            }

            foreach (var x in all) c.Out.WriteLine($"{x.Id}\t{x.SchemeShortName} v{x.SchemeVersion}\t{x.UnitName}\t{x.Year}\t{x.StateName}");
            if (all.Count == 0) c.Out.WriteLine("（尚无选拔批次）");
            return 0;
        });
        return cmd;
    }

    private static Command Show(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("id") { Description = "批次 id" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var asOf = new Option<string?>("--as-of") { Description = "按该日期（YYYY-MM-DD，当天结束时）或时刻（ISO）判定各操作是否可执行；以当前记录为准，只读，不写入任何内容" };
        var cmd = new ReadingCommand("show", "查看批次：当前环节、每个操作是否可执行及原因、数量目标、人选") { id, json, asOf };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var v = (r.GetValue(asOf) is { } day ? c.CampaignsAsOf(AsOf(day, c.Options.Clock)) : c.Campaigns).Show(r.GetValue(id)!);
            if (r.GetValue(json))
            {
                c.Json(CampaignJson.Campaign(v));
                return 0;
            }

            if (r.GetValue(asOf) is { } shown) c.Out.WriteLine($"按 {AsOf(shown, c.Options.Clock):yyyy-MM-dd HH:mm} 判定（以当前记录为准，只读）");
            c.Out.WriteLine($"{v.SchemeName} v{v.SchemeVersion}  {v.Unit}  {v.Year} 年  基准日 {v.ReferenceDate:yyyy-MM-dd}");
            c.Out.WriteLine($"当前环节：{v.StateName}（{v.State}）  版本 {v.Version}");
            c.Out.WriteLine(v.PlanApproval is { } approval ? $"方案审核：{approval.Approver}，{approval.On:yyyy-MM-dd}，{approval.Document}（{approval.By} 登记）" : "方案审核：尚未登记（reserve campaign approve）");
            c.Out.WriteLine("操作：");
            foreach (var a in v.Actions) c.Out.WriteLine(a.Permitted ? $"  [可执行] {a.Id} {a.Name}" : $"  [暂不可] {a.Id} {a.Name}：{string.Join("；", a.Reasons)}");
            c.Out.WriteLine("数量与结构：");
            foreach (var t in v.Targets) c.Out.WriteLine($"  {t.Explanation}");
            c.Out.WriteLine($"人选（{v.Nominations.Count}）：");
            foreach (var n in v.Nominations) c.Out.WriteLine($"  {n.Id}  {n.Name}  {n.TrackName}  {n.StateName}  得票率 {Percent.Of(n.VoteShare, 0)}");
            return 0;
        });
        return cmd;
    }

    // A day means its end (the guards then count that whole day); a full ISO time is taken as given.
    private static DateTimeOffset AsOf(string text, TimeProvider clock)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var end = day.ToDateTime(new TimeOnly(23, 59, 59));
            return new DateTimeOffset(end, clock.LocalTimeZone.GetUtcOffset(end));
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var at)) return at;
        throw new Hosting.ReserveException(Hosting.ErrorCode.Usage, $"--as-of 应写成 YYYY-MM-DD 或 ISO 时刻（如 2026-06-30T09:00:00+08:00），而不是“{OperatorInput.Echo(text)}”");
    }

    private static Command Approve(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("id") { Description = "批次 id" };
        var approver = new Option<string>("--approver") { Description = "审核的上级党委组织部门（及审核人）", Required = true };
        var document = new Option<string>("--document") { Description = "审核文号", Required = true };
        var on = new Option<string?>("--on") { Description = "审核日期 YYYY-MM-DD（默认今天，不得晚于今天）" };
        var version = new Option<int?>("--version") { Description = "您看到的版本号；若已被他人修改则拒绝" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new Command("approve", "登记上级党委组织部门对选拔方案的审核（第一篇 4.二）；公布选拔方案前必须登记") { id, approver, document, on, version, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var date = OperatorInput.Date(r.GetValue(on), "审核日期");
            var v = c.Campaigns.ApprovePlan(r.GetValue(id)!, r.GetValue(approver)!, r.GetValue(document)!, date, r.GetValue(version));
            var a = v.PlanApproval!;
            if (r.GetValue(json)) c.Json(new { id = v.Id, version = v.Version, plan_approval = CampaignJson.PlanApproval(a) });
            else c.Out.WriteLine($"已登记方案审核：{a.Approver}，{a.On:yyyy-MM-dd}，{a.Document}");
            return 0;
        });
        return cmd;
    }

    private static Command NoticeContact(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("id") { Description = "批次 id" };
        var text = new Argument<string>("text") { Description = $"受理举报的方式：电话、地址、信箱等（不超过 {CampaignService.NoticeContactLimit} 字）" };
        var version = new Option<int?>("--version") { Description = "您看到的版本号；若已被他人修改则拒绝" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new Command("notice-contact", "登记公示期间受理反映的方式（印在考察公示上）") { id, text, version, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var v = c.Campaigns.SetNoticeContact(r.GetValue(id)!, r.GetValue(text)!, r.GetValue(version));
            if (r.GetValue(json)) c.Json(new { id = v.Id, version = v.Version, notice_contact = v.NoticeContact });
            else c.Out.WriteLine($"已登记公示受理方式：{v.NoticeContact}");
            return 0;
        });
        return cmd;
    }

    private static Command Act(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("id") { Description = "批次 id" };
        var action = new Argument<string>("action") { Description = "操作 id 或中文名称（见 campaign show）" };
        var note = new Option<string?>("--note") { Description = "备注" };
        var version = new Option<int?>("--version") { Description = "您看到的版本号；若已被他人修改则拒绝" };
        var fields = CampaignService.PublicationKeys.Select(k => new Option<string?>("--" + k.Replace('_', '-')) { Description = "选拔前公开：" + CampaignService.PublicationName(k) }).ToList();
        var cmd = new Command("act", "执行批次的流程操作（如 publish 公布选拔方案，须同时给出公开内容）") { id, action, note, version };
        foreach (var f in fields) cmd.Options.Add(f);
        cmd.SetAction(r =>
        {
            var c = context(r);
            var publication = CampaignService.PublicationKeys.Zip(fields).Where(x => r.GetValue(x.Second) is not null).ToDictionary(x => x.First, x => r.GetValue(x.Second)!);
            var v = c.Campaigns.Act(r.GetValue(id)!, r.GetValue(action)!, r.GetValue(note), publication.Count > 0 ? publication : null, r.GetValue(version));
            c.Out.WriteLine($"已执行。当前环节：{v.StateName}（{v.State}）");
            return 0;
        });
        return cmd;
    }

    private static Command History(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("id") { Description = "批次 id" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("history", "批次的全程记实：每个操作、操作员、时间与输入") { id, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var entries = c.Campaigns.History(r.GetValue(id)!);
            if (r.GetValue(json))
            {
                c.Json(entries.Select(e => new { seq = e.Seq, at = e.At.UtcDateTime.ToString("O"), judged_at = e.JudgedAt?.UtcDateTime.ToString("O"), @operator = e.Operator, action = e.Action, subject = e.Subject, data = e.Data, action_name = e.ActionName, nominee = e.Nominee, description = e.Description }));
                return 0;
            }

            // For people, in Chinese; the stored data (the JSON the record verifies) is in --json.
            foreach (var e in entries) c.Out.WriteLine($"{e.Seq}\t{e.At:yyyy-MM-dd HH:mm}{e.JudgedNote}\t{e.Operator}\t{e.Line}");
            return 0;
        });
        return cmd;
    }
}
