using System.CommandLine;
using ReserveTui.Services;
using ReserveTui.Services.Pool;

namespace ReserveTui.Cli;

/// <summary>
/// <c>reserve pool list|show|record|remove|promote|gaps</c>: the reserve pool (后备干部人才库). Verb, option and
/// JSON key names are a contract scripts rely on.
/// </summary>
internal static class PoolVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var cmd = new Command("pool", "后备干部人才库：名册、档案、培养考核记录、调整出库、提拔使用、结构分析");
        cmd.Subcommands.Add(List(context));
        cmd.Subcommands.Add(Show(context));
        cmd.Subcommands.Add(Add(context));
        cmd.Subcommands.Add(Record(context));
        cmd.Subcommands.Add(Remove(context));
        cmd.Subcommands.Add(Promote(context));
        cmd.Subcommands.Add(Gaps(context));
        return cmd;
    }

    private static Command List(Func<ParseResult, CliContext> context)
    {
        var scheme = new Option<string?>("--scheme") { Description = "方案 id" };
        var unit = new Option<string?>("--unit") { Description = "单位名称（含下属单位）" };
        var track = new Option<string?>("--track") { Description = "后备类别 id 或名称" };
        var status = new Option<string?>("--status") { Description = "in-pool、lapsed、removed 或 promoted" };
        var due = new Option<bool>("--due-review") { Description = "只列出到期未考察的（方案要求每年至少考察一次的）" };
        var within = new Option<int?>("--period-ends-within") { Description = "只列出管理期在 N 天内届满的" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("list", "后备干部名册：按单位、姓名排列") { scheme, unit, track, status, due, within, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var rows = c.Pool.List(new PoolFilter(r.GetValue(scheme), r.GetValue(unit), r.GetValue(track), r.GetValue(status)), r.GetValue(due), r.GetValue(within));
            if (r.GetValue(json))
            {
                c.Json(rows.Select(Row));
                return 0;
            }

            foreach (var x in rows)
                c.Out.WriteLine($"{x.Id}\t{x.Name}\t{x.Unit ?? "—"}\t{x.SchemeName}·{x.TrackName}\t入库 {x.AdmittedOn:yyyy-MM-dd}\t培养期满 {x.TrainingEnd:yyyy-MM-dd}\t管理期满 {(x.PeriodEnd is { } e ? e.ToString("yyyy-MM-dd") : "—")}\t最近考察 {(x.LastReview is { } l ? l.ToString("yyyy-MM-dd") : "—")}{(x.ReviewDue ? "（到期）" : "")}\t{x.Status}");
            if (rows.Count == 0) c.Out.WriteLine("（没有符合条件的后备干部）");
            return 0;
        });
        return cmd;
    }

    private static Command Show(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("id") { Description = "后备干部 id（见 pool list）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("show", "后备干部档案：基本情况、入库经过、培养考核记录、规则提示、全程记实") { id, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var f = c.Pool.Show(r.GetValue(id)!);
            if (r.GetValue(json)) c.Json(File(f));
            else foreach (var line in ReserveFileText.Lines(f)) c.Out.WriteLine(line);
            return 0;
        });
        return cmd;
    }

    private static Command Add(Func<ParseResult, CliContext> context)
    {
        var person = new Argument<string>("person") { Description = "人员：id、身份证号或姓名" };
        var scheme = new Option<string>("--scheme") { Description = "方案 id", Required = true };
        var track = new Option<string>("--track") { Description = "后备类别 id 或名称", Required = true };
        var channel = new Option<string>("--channel") { Description = "可直接列为后备的渠道（县：graduate 选调生、runner-up 差额人选、not-hired 未录用的考察对象）", Required = true };
        var rank = new Option<string?>("--competed-rank") { Description = "所竞争职位的层次（差额人选、未录用的考察对象须给出）：正科、副科 …" };
        var on = new Option<string?>("--on") { Description = "列入日期 YYYY-MM-DD（默认今天）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出档案" };
        var cmd = new Command("add", "直接列为后备（方案允许的直接列入渠道，如选调生、差额人选）") { person, scheme, track, channel, rank, on, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var f = c.Pool.AddDirect(r.GetValue(person)!, r.GetValue(scheme)!, r.GetValue(track)!, r.GetValue(channel)!, r.GetValue(rank), OperatorInput.Date(r.GetValue(on), "列入日期"));
            if (r.GetValue(json)) c.Json(File(f));
            else c.Out.WriteLine($"已直接列为后备：{f.Reserve.Name}，{f.Reserve.SchemeName}·{f.Reserve.TrackName}（{f.Channel}），id {f.Reserve.Id}");
            return 0;
        });
        return cmd;
    }

    private static Command Record(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("id") { Description = "后备干部 id" };
        var kind = new Argument<string>("kind") { Description = "training（培养）、appraisal（考核）、talk（谈心谈话）、report（重大事项报告）、exam（理论考试）" };
        var on = new Option<string?>("--on") { Description = "日期 YYYY-MM-DD（默认今天，不得晚于今天）" };
        var text = new Option<string?>("--text") { Description = "内容、摘要或说明" };
        var form = new Option<string?>("--form") { Description = "培养方式（training），或报告事项（report）" };
        var who = new Option<string?>("--who") { Description = "谈话人（talk）" };
        var fit = new Option<string?>("--fit") { Description = "称职比例（appraisal），如 85%" };
        var basic = new Option<string?>("--basic") { Description = "基本称职比例（appraisal）" };
        var unfit = new Option<string?>("--unfit") { Description = "不称职比例（appraisal）" };
        var score = new Option<decimal?>("--score") { Description = "考试分数（exam）" };
        var passed = new Option<bool?>("--passed") { Description = "是否合格（exam）：true 或 false" };
        var version = new Option<int?>("--version") { Description = "您看到的版本号；若已被他人修改则拒绝" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出档案" };
        var cmd = new Command("record", "在后备干部档案中登记一条培养、考核、谈心谈话、重大事项报告或理论考试记录")
        {
            id, kind, on, text, form, who, fit, basic, unfit, score, passed, version, json,
        };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var k = PoolRecordKinds.Parse(r.GetValue(kind)!);
            var appraisal = k == PoolRecordKinds.Appraisal;
            var input = new PoolRecordInput(k, OperatorInput.Date(r.GetValue(on), "记录日期"))
            {
                Text = r.GetValue(text), Form = r.GetValue(form), Who = r.GetValue(who),
                FitShare = appraisal ? OperatorInput.RequireShare(r.GetValue(fit), "称职比例") : null,
                BasicallyFitShare = appraisal ? OperatorInput.RequireShare(r.GetValue(basic), "基本称职比例", emptyIsZero: true) : null,
                UnfitShare = appraisal ? OperatorInput.RequireShare(r.GetValue(unfit), "不称职比例", emptyIsZero: true) : null,
                Score = r.GetValue(score), Passed = r.GetValue(passed),
            };
            var f = c.Pool.Record(r.GetValue(id)!, input, r.GetValue(version));
            if (r.GetValue(json)) c.Json(File(f));
            else
            {
                c.Out.WriteLine($"已登记：{f.Reserve.Name} {f.Records.Last(x => x.Kind == k).Line}");
                foreach (var p in f.Proposals) c.Out.WriteLine($"提示：建议调整出库——{p.ReasonText}（{p.Why}）；如确认，用 reserve pool remove {f.Reserve.Id} --reason {p.ReasonId}");
            }

            return 0;
        });
        return cmd;
    }

    private static Command Remove(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("id") { Description = "后备干部 id" };
        var reason = new Option<string>("--reason") { Description = "调整原因 id（见 pool show 或 scheme show）", Required = true };
        var note = new Option<string?>("--note") { Description = "情况说明（“其他”类原因必填）" };
        var on = new Option<string?>("--on") { Description = "调整日期 YYYY-MM-DD（默认今天）" };
        var version = new Option<int?>("--version") { Description = "您看到的版本号；若已被他人修改则拒绝" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出档案" };
        var cmd = new Command("remove", "调整出后备干部队伍（原因须为方案所列之一）") { id, reason, note, on, version, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var f = c.Pool.Remove(r.GetValue(id)!, r.GetValue(reason)!, r.GetValue(note), OperatorInput.Date(r.GetValue(on), "调整日期"), r.GetValue(version));
            if (r.GetValue(json)) c.Json(File(f));
            else c.Out.WriteLine($"已调整出库：{f.Reserve.Name}，{f.Removal}");
            return 0;
        });
        return cmd;
    }

    private static Command Promote(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("id") { Description = "后备干部 id" };
        var post = new Option<string>("--post") { Description = "提拔任用的职务", Required = true };
        var on = new Option<string?>("--on") { Description = "任用日期 YYYY-MM-DD（默认今天）" };
        var version = new Option<int?>("--version") { Description = "您看到的版本号；若已被他人修改则拒绝" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出档案" };
        var cmd = new Command("promote", "提拔使用（培养期未满、未通过理论考试等情形不得提拔，给出原因和最早日期）") { id, post, on, version, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var f = c.Pool.Promote(r.GetValue(id)!, r.GetValue(post)!, OperatorInput.Date(r.GetValue(on), "任用日期"), r.GetValue(version));
            if (r.GetValue(json)) c.Json(File(f));
            else c.Out.WriteLine($"已提拔使用：{f.Reserve.Name}，{f.Promotion}");
            return 0;
        });
        return cmd;
    }

    private static Command Gaps(Func<ParseResult, CliContext> context)
    {
        var scheme = new Option<string?>("--scheme") { Description = "方案 id（不给则每个已加载的方案各一份）" };
        var unit = new Option<string?>("--unit") { Description = "单位名称（含下属单位；不给则全部单位）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("gaps", "结构分析：数量与结构要求对照人才库现状，缺什么、补什么，年龄梯次") { scheme, unit, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var ids = r.GetValue(scheme) is { } one ? [one] : c.Catalog.Schemes.Select(s => s.Id).ToList();
            var reports = ids.Select(s => c.Pool.Gaps(s, r.GetValue(unit))).ToList();
            if (r.GetValue(json))
            {
                c.Json(reports.Select(g => new
                {
                    scheme = g.SchemeId, scheme_name = g.SchemeName, unit = g.Unit, on = g.On.ToString("yyyy-MM-dd"), members = g.Members,
                    findings = g.Findings.Select(f => new { id = f.RuleId, description = f.Description, citation = f.Citation, status = f.Status.ToString().ToLowerInvariant(), target = f.Target, actual = f.Actual, gap = f.Gap, explanation = f.Explanation }),
                    seek = g.Seek,
                    ages = g.Ages.Select(a => new { band = a.Label, count = a.Count }),
                }));
                return 0;
            }

            foreach (var g in reports)
                foreach (var line in ReserveFileText.GapLines(g)) c.Out.WriteLine(line);
            return 0;
        });
        return cmd;
    }

    private static object Row(ReserveRow x) => new
    {
        id = x.Id, name = x.Name, unit = x.Unit, scheme = x.SchemeId, scheme_name = x.SchemeName, track = x.TrackId, track_name = x.TrackName,
        admitted_on = x.AdmittedOn.ToString("yyyy-MM-dd"), training_end = x.TrainingEnd.ToString("yyyy-MM-dd"), period_end = x.PeriodEnd?.ToString("yyyy-MM-dd"),
        last_review = x.LastReview?.ToString("yyyy-MM-dd"), review_due = x.ReviewDue, status = x.StatusCode, status_name = x.Status, version = x.Version,
    };

    private static object File(ReserveFile f) => new
    {
        reserve = Row(f.Reserve),
        entry = new { campaign = f.Reserve.CampaignId, unit = f.CampaignUnit, year = f.CampaignYear, channel = f.Channel },
        records = f.Records.Select(x => new
        {
            kind = x.Kind, kind_name = x.KindName, on = x.On.ToString("yyyy-MM-dd"), text = x.Text, form = x.Form, who = x.Who,
            fit = x.FitShare, basic = x.BasicallyFitShare, unfit = x.UnfitShare, score = x.Score, passed = x.Passed, by = x.By,
        }),
        promotion_blockers = f.PromotionBlockers,
        proposals = f.Proposals.Select(p => new { reason = p.ReasonId, text = p.ReasonText, why = p.Why }),
        removal = f.Removal,
        promotion = f.Promotion,
        history = f.History.Select(h => new { seq = h.Seq, at = h.At.ToString("yyyy-MM-dd HH:mm"), @operator = h.Operator, action = h.Action, action_name = h.ActionName }),
    };
}
