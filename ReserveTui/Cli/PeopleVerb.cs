using System.CommandLine;
using System.Text.Json;
using ReserveSdk;
using ReserveTui.Services;

namespace ReserveTui.Cli;

/// <summary><c>reserve people import|list</c>.</summary>
internal static class PeopleVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var cmd = new Command("people", "人员名册：导入、列出");
        cmd.Subcommands.Add(Import(context));
        cmd.Subcommands.Add(List(context));
        return cmd;
    }

    private static Command Import(Func<ParseResult, CliContext> context)
    {
        var file = new Argument<string>("file") { Description = "人员名册（CSV 或 .xlsx，第一行为表头）" };
        var skip = new Option<bool>("--skip-bad-rows") { Description = "跳过有错误的行，只导入正确的行（默认：有任何错误就不导入）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出结果" };
        var update = new Option<bool>("--update") { Description = "名册中已在库的人员（按身份证号；无身份证号的按姓名+出生日期+单位）更新其信息，旧值记入全程记实（默认：报错，不重复导入）" };
        var cmd = new Command("import", "导入人员名册：逐行校验，全部写入或全部不写") { file, skip, update, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var result = c.People.Import(r.GetValue(file)!, r.GetValue(skip), c.Options.Operator, r.GetValue(update));
            if (r.GetValue(json))
            {
                c.Out.WriteLine(JsonSerializer.Serialize(new { written = result.Written, updated = result.Updated, skipped = result.Skipped.Select(e => new { row = e.Row, column = e.Column, reason = e.Reason }) }, CliJson.Options));
                return 0;
            }

            c.Out.WriteLine(r.GetValue(update) ? $"已导入 {result.Written} 人，更新 {result.Updated} 人。" : $"已导入 {result.Written} 人。");
            if (result.Skipped.Count > 0)
            {
                c.Out.WriteLine($"跳过了 {result.Skipped.Select(e => e.Row).Distinct().Count()} 行：");
                foreach (var e in result.Skipped) c.Out.WriteLine("  " + e);
            }

            return 0;
        });
        return cmd;
    }

    private static Command List(Func<ParseResult, CliContext> context)
    {
        var filter = new Option<string?>("--filter") { Description = "按姓名、单位或身份证号筛选" };
        var limit = new Option<int>("--limit") { Description = "最多列出多少人（默认 50）", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("list", "列出人员") { filter, limit, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var people = c.People;
            var total = people.Count(r.GetValue(filter));
            var page = people.Page(r.GetValue(filter), 0, Math.Max(0, r.GetValue(limit)));
            if (r.GetValue(json))
            {
                c.Out.WriteLine(JsonSerializer.Serialize(new { total, people = page.Select(ToJson) }, CliJson.Options));
                return 0;
            }

            foreach (var p in page) c.Out.WriteLine(PersonRow.Text(p));
            c.Out.WriteLine(page.Count < total ? $"共 {total} 人，显示前 {page.Count} 人（--limit 调整）" : $"共 {total} 人");
            return 0;
        });
        return cmd;
    }

    private static object ToJson(StoredPerson s) => new
    {
        id = s.Id,
        name = s.Person.Name,
        gender = s.Person.Gender is { } g ? Terms.Chinese(g) : null,
        birth_date = s.Person.BirthDate?.ToString("yyyy-MM-dd"),
        id_number = s.Person.IdNumber,
        education = s.Person.Education is { } e ? Terms.Chinese(e) : null,
        title = s.Person.Title is { } t ? Terms.Chinese(t) : null,
        rank = s.Person.Rank is { } r ? Terms.Chinese(r) : null,
        unit = s.Person.Unit,
        unit_kind = s.Person.UnitKind,
    };
}
