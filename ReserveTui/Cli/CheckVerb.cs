using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Services;

namespace ReserveTui.Cli;

/// <summary><c>reserve check</c> — the contract of FORMATS.md: text or a JSON array, one object per row, in input order.</summary>
internal static class CheckVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var scheme = new Option<string>("--scheme") { Description = "方案 id，如 college", Required = true };
        var track = new Option<string>("--track") { Description = "后备类别的 id 或中文名称（见 reserve schemes）", Required = true };
        var people = new Option<string>("--people") { Description = "人员名册（CSV 或 .xlsx）", Required = true };
        var on = new Option<string?>("--on") { Description = "计算年龄、年限的基准日 YYYY-MM-DD（默认今天）" };
        var unitKind = new Option<string?>("--unit-kind") { Description = "单位类型，如 小学（不给时取名册的“单位类型”列）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("check", "按方案审查名册中每个人的资格（不需要数据库）") { scheme, track, people, on, unitKind, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var loaded = c.Catalog.Get(r.GetValue(scheme)!);
            var date = ReferenceDate(r.GetValue(on), c.Options.Clock);
            var rows = RosterCheckService.Check(loaded, r.GetValue(track)!, c.InputFile(r.GetValue(people)!), date, r.GetValue(unitKind));
            if (r.GetValue(json)) WriteJson(rows, c.Out);
            else WriteText(rows, c.Out);
            return 0;
        });
        return cmd;
    }

    internal static DateOnly ReferenceDate(string? text, TimeProvider clock)
    {
        if (text is null) return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new ReserveException(ErrorCode.Usage, $"--on 的日期格式应为 YYYY-MM-DD：{text}");
    }

    // Streamed object by object. Nothing reaches stdout for a bad file: the service's first pass
    // validates every row before the first result is yielded.
    private static void WriteJson(IEnumerable<CheckedRow> rows, TextWriter o)
    {
        var written = 0;
        foreach (var row in rows)
        {
            o.Write(written++ == 0 ? "[\n  " : ",\n  ");
            o.Write(JsonSerializer.Serialize(ToJson(row), CompactJson));
        }

        o.WriteLine(written == 0 ? "[]" : "\n]");
    }

    private static readonly JsonSerializerOptions CompactJson = new() { Encoder = CliJson.Options.Encoder };

    internal static object ToJson(CheckedRow row) => new
    {
        row = row.Row,
        name = row.Name,
        verdict = Verdicts.Code(row.Report.Verdict),
        track = row.Report.TrackId,
        rules = row.Report.Rules.Select(x => new
        {
            id = x.RuleId,
            kind = x.Kind.ToString().ToLowerInvariant(),
            outcome = Verdicts.Code(x.Outcome),
            citation = x.Citation,
            explanation = x.Explanation,
        }),
    };

    private static void WriteText(IEnumerable<CheckedRow> rows, TextWriter o)
    {
        foreach (var row in rows)
        {
            var rules = row.Report.Rules;
            var problems = rules.Where(x => x.Outcome is RuleOutcome.Fail or RuleOutcome.Unknown or RuleOutcome.Fault).Select(x => $"{x.Explanation}〔{x.Citation}〕").ToList();
            var pending = rules.Count(x => x.Outcome == RuleOutcome.Pending);
            // Attested conditions are long and the same for everyone: count them rather than repeat them.
            if (pending > 0) problems.Add($"另有 {pending} 项需认定");
            o.WriteLine($"第 {row.Row} 行 {row.Name}  {Verdicts.Chinese(row.Report.Verdict)}{(problems.Count == 0 ? "" : "  " + string.Join("；", problems))}");
        }
    }
}
