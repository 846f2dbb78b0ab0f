using System.CommandLine;
using ReserveSdk;
using ReserveTui.Services;
using ReserveTui.Services.Campaigns;

namespace ReserveTui.Cli;

/// <summary><c>reserve nominate</c> and <c>reserve nomination show|act|relax|attest|debrief|inspect|report|resolve|documents|exam</c>.</summary>
internal static class NominationVerb
{
    public static Command Nominate(Func<ParseResult, CliContext> context)
    {
        var campaign = new Argument<string>("campaign") { Description = "批次 id" };
        var person = new Option<string>("--person") { Description = "人员姓名、身份证号或 id", Required = true };
        var track = new Option<string>("--track") { Description = "后备类别 id 或中文名称", Required = true };
        var channel = new Option<string>("--channel") { Description = "推荐渠道 id 或中文名称（见 scheme show）", Required = true };
        var competed = new Option<string?>("--competed-rank") { Description = "所竞争职位的层次（正科、副科…）：差额人选、未录用的考察对象直接列为相应层次后备时必填" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new Command("nominate", "提名人选：按方案的渠道提名，并给出逐条资格审查") { campaign, person, track, channel, competed, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var n = c.Nominations.Nominate(r.GetValue(campaign)!, r.GetValue(person)!, r.GetValue(track)!, r.GetValue(channel)!, r.GetValue(competed));
            Write(c, n, r.GetValue(json));
            return 0;
        });
        return cmd;
    }

    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var cmd = new Command("nomination", "人选：查看、流程操作、放宽、认定、述职、考察、公示举报、报名材料、考选");
        cmd.Subcommands.Add(Simple(context, "show", "查看人选的逐条资格审查与可执行操作", (s, id, _) => s.ShowNomination(id)));
        var action = new Argument<string>("action") { Description = "操作 id 或中文名称" };
        var note = new Option<string?>("--note") { Description = "备注" };
        cmd.Subcommands.Add(Simple(context, "act", "执行人选的流程操作", (s, id, r) => s.ActNomination(id, r.GetValue(action)!, r.GetValue(note), r.GetValue(Version)), action, note));
        var rule = new Option<string>("--rule") { Description = "规则 id", Required = true };
        var reason = new Option<string>("--reason") { Description = "理由", Required = true };
        var approver = new Option<string>("--approver") { Description = "批准人", Required = true };
        cmd.Subcommands.Add(Simple(context, "relax", "放宽一条未达到的可放宽条件（须写明理由和批准人）", (s, id, r) => s.Relax(id, r.GetValue(rule)!, r.GetValue(reason)!, r.GetValue(approver)!, r.GetValue(Version)), rule, reason, approver));
        var rule2 = new Option<string>("--rule") { Description = "规则 id", Required = true };
        var note2 = new Option<string?>("--note") { Description = "认定说明" };
        cmd.Subcommands.Add(Simple(context, "attest", "认定一条需认定的条件（记录操作员与时间）", (s, id, r) => s.Attest(id, r.GetValue(rule2)!, r.GetValue(note2), r.GetValue(Version)), rule2, note2));
        var note3 = new Option<string?>("--note") { Description = "述职要点" };
        cmd.Subcommands.Add(Simple(context, "debrief", "记录述职（德、能、勤、绩、廉）", (s, id, r) => s.Debrief(id, r.GetValue(note3), r.GetValue(Version)), note3));
        var fit = new Option<string>("--fit") { Description = "称职比例：85%、85 或 0.85", Required = true };
        var basic = new Option<string?>("--basic") { Description = "基本称职比例（同上，默认 0）" };
        var unfit = new Option<string?>("--unfit") { Description = "不称职比例（同上，默认 0）" };
        var conclusion = new Option<string>("--conclusion") { Description = "考察结论", Required = true };
        cmd.Subcommands.Add(Simple(context, "inspect", "记录组织考察：民主测评比例与考察结论", (s, id, r) => s.Inspect(id,
            OperatorInput.RequireShare(r.GetValue(fit), "称职比例"), OperatorInput.RequireShare(r.GetValue(basic), "基本称职比例", emptyIsZero: true),
            OperatorInput.RequireShare(r.GetValue(unfit), "不称职比例", emptyIsZero: true), r.GetValue(conclusion)!, r.GetValue(Version)), fit, basic, unfit, conclusion));
        var text = new Option<string>("--text") { Description = "举报内容", Required = true };
        cmd.Subcommands.Add(Simple(context, "report", "登记公示期间收到的举报", (s, id, r) => s.Report(id, r.GetValue(text)!, r.GetValue(Version)), text));
        var number = new Option<int>("--number") { Description = "举报编号", Required = true };
        var verified = new Option<bool>("--verified") { Description = "经查属实（不给则为查无实据）" };
        var finding = new Option<string>("--finding") { Description = "核查情况：查了什么、查明了什么（必填）", Required = true };
        cmd.Subcommands.Add(Simple(context, "resolve", "记录举报的核查结果与核查情况", (s, id, r) => s.ResolveReport(id, r.GetValue(number), r.GetValue(verified), r.GetValue(finding)!, r.GetValue(Version)), number, verified, finding));
        var docs = new Option<string[]>("--document") { Description = "收到的材料（方案的报名材料清单，见 scheme show）", AllowMultipleArgumentsPerToken = true, Required = true };
        cmd.Subcommands.Add(Simple(context, "documents", "登记收到的报名材料", (s, id, r) => s.ReceiveDocuments(id, r.GetValue(docs)!, r.GetValue(Version)), docs));
        cmd.Subcommands.Add(Simple(context, "exam", "记录考选合格", (s, id, r) => s.PassExam(id, r.GetValue(Version))));
        return cmd;
    }

    private static readonly Option<int?> Version = new("--version") { Description = "您看到的版本号；若已被他人修改则拒绝" };

    private static Command Simple(Func<ParseResult, CliContext> context, string name, string description, Func<NominationService, string, ParseResult, NominationView> run, params Symbol[] extra)
    {
        var id = new Argument<string>("id") { Description = "人选 id" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        Command cmd = name == "show" ? new ReadingCommand(name, description) { id, json } : new Command(name, description) { id, json };
        if (name != "show") cmd.Options.Add(Version);
        foreach (var s in extra)
        {
            if (s is Argument a) cmd.Arguments.Add(a);
            else cmd.Options.Add((Option)s);
        }

        cmd.SetAction(r =>
        {
            var c = context(r);
            Write(c, run(c.Nominations, r.GetValue(id)!, r), r.GetValue(json));
            return 0;
        });
        return cmd;
    }

    private static void Write(CliContext c, NominationView n, bool json)
    {
        if (json)
        {
            c.Json(CampaignJson.Nomination(n));
            return;
        }

        c.Out.WriteLine($"{n.Id}  {n.Name}  {n.TrackName}  {n.StateName}（{n.State}）  资格：{Verdicts.Chinese(n.Eligibility.Verdict)}  版本 {n.Version}");
        foreach (var rule in n.Eligibility.Rules)
            c.Out.WriteLine($"  [{Verdicts.Chinese(rule.Outcome)}] {rule.RuleId}：{rule.Explanation}〔{rule.Citation}〕");
        foreach (var a in n.Actions) c.Out.WriteLine(a.Permitted ? $"  [可执行] {a.Id} {a.Name}" : $"  [暂不可] {a.Id} {a.Name}：{string.Join("；", a.Reasons)}");
    }
}
