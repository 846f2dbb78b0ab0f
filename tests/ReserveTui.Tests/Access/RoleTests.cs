using System.Text.Json;
using ReserveTui.Cli;
using ReserveTui.Hosting;

namespace ReserveTui.Tests.Access;

/// <summary>Roles checked in the services, through the command line: what a unit operator and a viewer can see and change.</summary>
public sealed class RoleTests : IDisposable
{
    private readonly Deployment _org = new();

    private static IReadOnlyList<string> Names(string peopleJson) =>
        JsonDocument.Parse(peopleJson).RootElement.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();

    [Fact]
    public void AUnitOperator_ListsSearchesAndCounts_OnlyTheirUnitsPeople()
    {
        var all = JsonDocument.Parse(_org.Ok(Deployment.StreetOperator, "people", "list", "--json")).RootElement;
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.Equal(["社区乙", "街道甲"], Names(_org.Ok(Deployment.StreetOperator, "people", "list", "--json")).Order(StringComparer.Ordinal));

        // Another unit's person is not found by name, by unit or by a whole ID number, and is not counted.
        foreach (var filter in new[] { "学院丙", "示例学院", Deployment.Roster[2].IdNumber })
            Assert.Equal(0, JsonDocument.Parse(_org.Ok(Deployment.StreetOperator, "people", "list", "--filter", filter, "--json")).RootElement.GetProperty("total").GetInt32());
        Assert.Equal(4, JsonDocument.Parse(_org.Ok(Deployment.Admin, "people", "list", "--json")).RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void AUnitOperator_SeesOnlyTheirCampaigns_AndAnotherUnitsIdIsNotFound()
    {
        var campaigns = JsonDocument.Parse(_org.Ok(Deployment.StreetOperator, "campaign", "list", "--json")).RootElement;
        Assert.Equal(_org.StreetCampaign, Assert.Single(campaigns.EnumerateArray()).GetProperty("id").GetString());

        foreach (var args in new[]
        {
            new[] { "campaign", "show", _org.CollegeCampaign },
            ["campaign", "history", _org.CollegeCampaign],
            ["render", "publication", "--campaign", _org.CollegeCampaign],
            ["nominate", _org.StreetCampaign, "--person", "学院丙", "--track", "中层后备", "--channel", "民主推荐"],
        })
        {
            var (exit, _, err) = _org.As(Deployment.StreetOperator, args);
            Assert.True(exit == (int)ErrorCode.NotFound, $"{string.Join(' ', args)}: {exit} {err}");
            Assert.Contains("未找到", err);
        }

        // Nor can they open a campaign for a unit that is not theirs.
        Assert.Equal((int)ErrorCode.NotFound, _org.As(Deployment.StreetOperator, "campaign", "new", "--scheme", "college", "--unit", "示例学院", "--year", "2026").Exit);
    }

    [Fact]
    public void ADocumentAndItsExport_RenderOnlyTheUnitOperatorsPeople()
    {
        // Two reserves by direct entry (county 选调生), one of each unit: the pool roster lists both for the admin.
        _org.Ok(Deployment.Admin, "pool", "add", "街道甲", "--scheme", "county", "--track", "副科级后备", "--channel", "graduate");
        _org.Ok(Deployment.Admin, "pool", "add", "学院丙", "--scheme", "county", "--track", "副科级后备", "--channel", "graduate");
        string Cells(string who)
        {
            var xlsx = Path.Combine(_org.Dir.Path, who + "-roster.xlsx");
            _org.Ok(who, "render", "roster", "--format", "xlsx", "-o", xlsx);
            return string.Join("\n", MiniExcelLibs.MiniExcel.GetSheetNames(xlsx)
                .SelectMany(s => MiniExcelLibs.MiniExcel.Query(xlsx, sheetName: s).Cast<IDictionary<string, object?>>())
                .SelectMany(r => r.Values).Select(v => v?.ToString()));
        }

        Assert.Contains("学院丙", Cells(Deployment.Admin));
        var mine = Cells(Deployment.StreetOperator);
        Assert.Contains("街道甲", mine);
        Assert.DoesNotContain("学院丙", mine);
        var text = _org.Ok(Deployment.StreetOperator, "render", "roster", "--format", "md");
        Assert.Contains("街道甲", text);
        Assert.DoesNotContain("学院丙", text);
        Assert.Single(JsonDocument.Parse(_org.Ok(Deployment.StreetOperator, "pool", "list", "--json")).RootElement.EnumerateArray());
    }

    [Fact]
    public void AUnitOperatorsImport_NeitherNamesNorMovesAnotherUnitsPerson_WithTheSameIdNumber()
    {
        var college = Deployment.Roster[2];
        var roster = _org.Dir.File("steal.csv", $"姓名,性别,出生日期,身份证号,学历,单位\n某人,男,{college.IdNumber[6..10]}-{college.IdNumber[10..12]}-{college.IdNumber[12..14]},{college.IdNumber},大学本科,示例街道\n");
        foreach (var update in new[] { false, true })
        {
            var (exit, _, err) = _org.As(Deployment.StreetOperator, update ? ["people", "import", roster, "--update"] : ["people", "import", roster]);
            Assert.Equal((int)ErrorCode.BadInput, exit);
            Assert.Contains("已登记在你负责的单位以外", err);
            Assert.DoesNotContain(college.Name, err);
        }

        var admin = JsonDocument.Parse(_org.Ok(Deployment.Admin, "people", "list", "--filter", college.Name, "--json")).RootElement.GetProperty("people")[0];
        Assert.Equal("示例学院", admin.GetProperty("unit").GetString());
    }

    [Fact]
    public void AnotherUnitsNominee_IsNotFound_WithoutNamingItsCampaign()
    {
        _org.Ok(Deployment.Admin, "campaign", "approve", _org.CollegeCampaign, "--approver", "市委组织部", "--document", "组审〔2026〕2号");
        _org.Ok(Deployment.Admin, "campaign", "act", _org.CollegeCampaign, "publish", "--purpose", "充实", "--conditions", "见方案", "--scope", "全体", "--eligible", "附件", "--method", "民主推荐", "--time-place", "会议室");
        var nominated = _org.As(Deployment.Admin, "nominate", _org.CollegeCampaign, "--person", "学院丙", "--track", "副处级后备", "--channel", "民主推荐", "--json");
        var nominee = JsonDocument.Parse(nominated.Out).RootElement.GetProperty("id").GetString()!;
        var (exit, _, err) = _org.As(Deployment.StreetOperator, "nomination", "show", nominee);
        Assert.Equal((int)ErrorCode.NotFound, exit);
        Assert.Contains($"未找到人选 {nominee}", err);
        Assert.DoesNotContain(_org.CollegeCampaign, err);
    }

    [Fact]
    public void AUnitOperatorsImport_OfAnotherUnitsPerson_IsARowError_AndNothingIsWritten()
    {
        var before = _org.RecordCount();
        var roster = _org.Dir.File("mixed.csv", "姓名,出生日期,学历,单位\n街道新人,1990-05-05,大学本科,示例东社区\n学院新人,1990-05-05,大学本科,示例学院\n");
        var (exit, _, err) = _org.As(Deployment.StreetOperator, "people", "import", roster);
        Assert.Equal((int)ErrorCode.BadInput, exit);
        Assert.Contains("学院新人", File.ReadAllLines(roster)[RowOf(err)]);
        Assert.Contains("不在 jiedao 负责的单位（示例街道 及其下级单位）之内", err);
        Assert.Equal(before, _org.RecordCount());
    }

    [Fact]
    public void EveryWriteOfAViewer_IsRefused_AndChangesNothing()
    {
        var roster = _org.Dir.File("one.csv", "姓名,出生日期,学历,单位\n新人,1990-05-05,大学本科,示例街道\n");
        var before = _org.RecordCount();
        string[][] writes =
        [
            ["unit", "add", "新单位", "--kind", "街道"],
            ["unit", "set", "示例街道", "--deputy-posts", "9"],
            ["people", "import", roster],
            ["campaign", "new", "--scheme", "street", "--unit", "示例街道", "--year", "2027"],
            ["campaign", "approve", _org.StreetCampaign, "--approver", "区委组织部", "--document", "组审〔2026〕1号"],
            ["campaign", "notice-contact", _org.StreetCampaign, "电话 123"],
            ["nominate", _org.StreetCampaign, "--person", "街道甲", "--track", "中层后备", "--channel", "民主推荐"],
            ["pool", "add", "街道甲", "--scheme", "county", "--track", "副科级后备", "--channel", "graduate"],
            ["users", "add", "someone", "--role", "viewer"],
            ["backup", "-o", Path.Combine(_org.Dir.Path, "b.db")],
            ["restore", Path.Combine(_org.Dir.Path, "b.db")],
        ];
        foreach (var args in writes)
        {
            var (exit, _, err) = _org.As(Deployment.Viewer, args);
            Assert.True(exit == (int)ErrorCode.Refused, $"{string.Join(' ', args)}: exit {exit}: {err}");
            Assert.True(err.Contains("查看者", StringComparison.Ordinal) || err.Contains("只有管理员", StringComparison.Ordinal), err);
        }

        Assert.Equal(before, _org.RecordCount());
        Assert.False(File.Exists(Path.Combine(_org.Dir.Path, "b.db")));
        // Reading and rendering are what a viewer is for.
        Assert.Equal(0, _org.As(Deployment.Viewer, "people", "list").Exit);
        Assert.Equal(0, _org.As(Deployment.Viewer, "render", "publication", "--campaign", _org.CollegeCampaign, "--format", "md").Exit);
    }

    [Fact]
    public void AnUnknownOperator_CannotStart_NeitherTheCommandLineNorTheTerminalUi()
    {
        var (exit, _, err) = _org.As("stranger", "people", "list");
        Assert.Equal((int)ErrorCode.Refused, exit);
        Assert.Contains("操作员“stranger”未登记", err);

        // The terminal UI: refused on the plain terminal, before a screen is drawn (the check runs before Init).
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new Dictionary<string, string?> { ["XDG_DATA_HOME"] = _org.Dir.Path, ["HOME"] = _org.Dir.Path };
        var tuiExit = CliApp.Run(["--operator", "stranger", "--db", _org.Database], stdout, stderr, ReserveTui.Tui.TuiApp.Run, k => env.GetValueOrDefault(k));
        Assert.Equal((int)ErrorCode.Refused, tuiExit);
        Assert.Contains("未登记", stderr.ToString());
    }

    [Fact]
    public void Accounts_OnlyAnAdminManagesThem_TheFirstMustBeAdmin_AndTheLastAdminStays()
    {
        Assert.Equal((int)ErrorCode.Refused, _org.As(Deployment.StreetOperator, "users", "add", "x", "--role", "viewer").Exit);
        Assert.Equal((int)ErrorCode.Refused, _org.As(Deployment.StreetOperator, "users", "list").Exit);
        var last = _org.As(Deployment.Admin, "users", "set", Deployment.Admin, "--role", "viewer");
        Assert.Equal((int)ErrorCode.Refused, last.Exit);
        Assert.Contains("唯一的管理员", last.Err);
        Assert.Equal((int)ErrorCode.Refused, _org.As(Deployment.Admin, "users", "remove", Deployment.Admin).Exit);

        var users = JsonDocument.Parse(_org.Ok(Deployment.Admin, "users", "list", "--json")).RootElement;
        Assert.Equal(3, users.GetArrayLength());
        var street = users.EnumerateArray().Single(u => u.GetProperty("name").GetString() == Deployment.StreetOperator);
        Assert.Equal(("unit-operator", "示例街道"), (street.GetProperty("role").GetString(), street.GetProperty("unit").GetString()));

        // A removed account cannot start again.
        _org.Ok(Deployment.Admin, "users", "remove", Deployment.Viewer);
        Assert.Equal((int)ErrorCode.Refused, _org.As(Deployment.Viewer, "people", "list").Exit);

        using var fresh = new TempDir();
        var first = CliRunner.Run(fresh.Path, "--operator", "a", "--db", Path.Combine(fresh.Path, "n.db"), "users", "add", "a", "--role", "viewer");
        Assert.Equal((int)ErrorCode.Refused, first.Exit);
        Assert.Contains("第一个操作员必须是管理员", first.Err);
    }

    // The row a row error names ("第 N 行"): data rows count from 1, after the header.
    private static int RowOf(string err) => int.Parse(System.Text.RegularExpressions.Regex.Match(err, @"第 (\d+) 行").Groups[1].Value);

    public void Dispose() => _org.Dispose();
}
