using System.Text.Json;

namespace ReserveTui.Tests.Cli;

public sealed class CheckVerbTests
{
    private const string Roster = """
        姓名,性别,出生日期,学历,职称,现职级,教师,任职经历
        张三,男,1986-06-30,大学本科,中级,正科,否,
        李四,女,1985-06-30,硕士研究生,副高级,无,是,教研室主任
        王五,男,,大学本科,中级,正科,否,
        """;

    [Fact]
    public void Check_Json_MatchesFormatsContractFieldByField()
    {
        using var dir = new TempDir();
        var roster = dir.File("roster.csv", Roster);
        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, "check", "--scheme", "college", "--track", "副处级后备", "--people", roster, "--on", "2026-06-30", "--json");
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var rows = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);

        Assert.Equal(1, rows[0].GetProperty("row").GetInt32());
        Assert.Equal("张三", rows[0].GetProperty("name").GetString());
        Assert.Equal("pending-attestation", rows[0].GetProperty("verdict").GetString());
        var age = rows[0].GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "age.max.deputy");
        Assert.Equal("pass", age.GetProperty("outcome").GetString());
        Assert.Equal("第二篇(一) 二(四)", age.GetProperty("citation").GetString());
        Assert.Equal("年龄 40 岁，不超过 40 岁", age.GetProperty("explanation").GetString());

        Assert.Equal("ineligible", rows[1].GetProperty("verdict").GetString());
        var age2 = rows[1].GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "age.max.deputy");
        Assert.Equal(("fail", "年龄 41 岁，超过 40 岁上限"), (age2.GetProperty("outcome").GetString(), age2.GetProperty("explanation").GetString()));
        var path = rows[1].GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "path.deputy-division");
        Assert.Equal("pass", path.GetProperty("outcome").GetString());

        Assert.Equal("incomplete", rows[2].GetProperty("verdict").GetString());
        var age3 = rows[2].GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "age.max.deputy");
        Assert.Equal("unknown", age3.GetProperty("outcome").GetString());
        Assert.All(rows, r => Assert.All(r.GetProperty("rules").EnumerateArray(), x => Assert.False(string.IsNullOrEmpty(x.GetProperty("citation").GetString()))));
    }

    [Fact]
    public void Check_TrackById_GivesTheSameVerdictsAsByChineseName()
    {
        using var dir = new TempDir();
        var roster = dir.File("roster.csv", Roster);
        var byName = CliRunner.Run(dir.Path, "check", "--scheme", "college", "--track", "副处级后备", "--people", roster, "--on", "2026-06-30");
        var byId = CliRunner.Run(dir.Path, "check", "--scheme", "college", "--track", "deputy-division", "--people", roster, "--on", "2026-06-30");
        Assert.Equal(byName.Out, byId.Out);
        Assert.Contains("第 2 行 李四  不符合  年龄 41 岁，超过 40 岁上限〔第二篇(一) 二(四)〕", byName.Out);
    }

    [Fact]
    public void Check_BadRows_Exit3_WithRowMessagesOnStderr_AndNothingOnStdout()
    {
        using var dir = new TempDir();
        var roster = dir.File("bad.csv", "姓名,出生日期,学历\n甲,2023-02-30,本科\n乙,1990-01-01,小学毕业\n");
        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, "check", "--scheme", "college", "--track", "副处级后备", "--people", roster, "--json");
        Assert.Equal(3, exit);
        Assert.Equal("", stdout);
        Assert.Contains("第 1 行 出生日期: 没有这一天：“2023-02-30”", stderr);
        Assert.Contains("第 2 行 学历: 无法识别“小学毕业”", stderr);
    }

    [Theory]
    [InlineData("--track", "正厅级后备", 2, "没有“正厅级后备”这一类别")]
    [InlineData("--scheme", "nope", 4, "未找到方案“nope”")]
    [InlineData("--on", "2026/06/30", 2, "--on 的日期格式应为 YYYY-MM-DD")]
    public void Check_UsageErrors_AreExplainedInChinese(string option, string value, int code, string message)
    {
        using var dir = new TempDir();
        var roster = dir.File("roster.csv", Roster);
        var args = new Dictionary<string, string> { ["--scheme"] = "college", ["--track"] = "副处级后备", ["--people"] = roster, ["--on"] = "2026-06-30" };
        args[option] = value;
        var (exit, _, stderr) = CliRunner.Run(dir.Path, ["check", .. args.SelectMany(kv => new[] { kv.Key, kv.Value })]);
        Assert.Equal(code, exit);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public void Check_MissingRequiredOption_IsAUsageError()
    {
        using var dir = new TempDir();
        var (exit, _, stderr) = CliRunner.Run(dir.Path, "check", "--scheme", "college");
        Assert.Equal(2, exit);
        Assert.Contains("用法错误", stderr);
    }

    [Fact]
    public void Check_School_UnitKindOption_AppliesThePrimarySchoolRelaxation()
    {
        using var dir = new TempDir();
        var roster = dir.File("teachers.csv", "姓名,出生日期,学历,全日制,职称,中层任职年限\n甲,1992-01-01,大学本科,是,初级,3\n");
        var secondary = CliRunner.Run(dir.Path, "check", "--scheme", "school", "--track", "中层后备", "--people", roster, "--on", "2026-06-30");
        Assert.Contains("不符合  职称初级，低于中级〔第二篇(三) 一(二)2〕", secondary.Out);
        var primary = CliRunner.Run(dir.Path, "check", "--scheme", "school", "--track", "中层后备", "--people", roster, "--on", "2026-06-30", "--unit-kind", "小学");
        Assert.Contains("需放宽  职称初级，低于中级（小学可适当放宽）〔第二篇(三) 一(二)2〕", primary.Out);
    }

    [Fact]
    public void Check_School_UnitKindFromTheRosterColumn()
    {
        using var dir = new TempDir();
        var roster = dir.File("teachers.csv", "姓名,出生日期,学历,全日制,职称,中层任职年限,单位类型\n甲,1992-01-01,大学本科,是,初级,3,小学\n");
        var (_, stdout, _) = CliRunner.Run(dir.Path, "check", "--scheme", "school", "--track", "middle", "--people", roster, "--on", "2026-06-30");
        Assert.Contains("需放宽", stdout);
    }
}
