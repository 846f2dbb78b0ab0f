using System.CommandLine;
using ReserveTui.Hosting;
using ReserveTui.Services;

namespace ReserveTui.Cli;

/// <summary><c>reserve audit verify|log</c>: the hash-chained record of every change (全程记实).</summary>
internal static class AuditVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var cmd = new Command("audit", "全程记实：校验哈希链、查看记录");
        var verify = new ReadingCommand("verify", "校验全程记实的哈希链；被改动或删除的第一条记录给出序号（完好退出码 0，损坏退出码 8）");
        verify.SetAction(r =>
        {
            var c = context(r);
            var broken = c.Record.Verify();
            var count = c.Record.Count();
            if (broken is null)
            {
                c.Out.WriteLine($"全程记实完好：共 {count} 条，哈希链连续无断裂");
                return 0;
            }

            c.Error.WriteLine($"全程记实已被改动：第 {broken} 条记录与哈希链不符（该条或其前一条被修改、删除或插入）。请从备份恢复数据库，并查明改动来源。");
            return (int)ErrorCode.Tampered;
        });

        var subject = new Option<string?>("--subject") { Description = "只看该对象的记录（批次 id、后备干部 id，或 campaign/…、reserve/… 前缀）" };
        var since = new Option<string?>("--since") { Description = "只看该日期（YYYY-MM-DD）以后的记录" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var log = new ReadingCommand("log", "查看全程记实：时间、操作员、事项、对象、输入") { subject, since, json };
        log.SetAction(r =>
        {
            var c = context(r);
            // The whole record names people of every unit and keeps old facts (ID numbers among them): the organisation department's.
            c.Access.EnsureAdmin("查看整个全程记实（批次的记实请用 reserve campaign history）");
            var day = OperatorInput.Date(r.GetValue(since), "起始日期");
            var zone = c.Options.Clock.LocalTimeZone;
            var entries = c.Record.Read(Prefix(r.GetValue(subject)), day is { } d ? TimeZoneInfo.ConvertTimeToUtc(d.ToDateTime(TimeOnly.MinValue), zone) : null);
            if (r.GetValue(json))
            {
                c.Json(entries.Select(e => new
                {
                    seq = e.Seq, at = e.At.ToUniversalTime().ToString("O"), judged_at = e.JudgedAt?.ToUniversalTime().ToString("O"), @operator = e.Operator, action = e.Action,
                    action_name = Services.Campaigns.AuditActions.Chinese(e.Action ?? ""), subject = e.Subject, data = e.Data,
                }));
                return 0;
            }

            foreach (var e in entries)
                c.Out.WriteLine($"{e.Seq}\t{TimeZoneInfo.ConvertTimeFromUtc(e.At.ToUniversalTime(), zone):yyyy-MM-dd HH:mm}{Services.Campaigns.HistoryEntry.JudgedText(e.JudgedAt is { } j ? new DateTimeOffset(TimeZoneInfo.ConvertTimeFromUtc(j.ToUniversalTime(), zone)) : null)}\t{e.Operator}\t{Services.Campaigns.AuditActions.Chinese(e.Action ?? "")}\t{e.Subject}\t{e.Data}");
            if (entries.Count == 0) c.Out.WriteLine("（没有符合条件的记录）");
            return 0;
        });
        cmd.Subcommands.Add(verify);
        cmd.Subcommands.Add(log);
        return cmd;
    }

    // A bare id is looked for as a campaign or a reserve; a prefix with "/" is taken as it is.
    private static string[]? Prefix(string? subject) =>
        subject is null ? null : subject.Contains('/') ? [subject] : [$"campaign/{subject}", $"reserve/{subject}"];
}
