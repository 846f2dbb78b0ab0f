using MiniExcelLibs;
using ReserveTui.Hosting;
using ReserveTui.Services;
using ReserveTui.Storage;

namespace ReserveTui.Tests.Services;

public sealed class PeopleServiceTests
{
    private static PeopleService Service(ReserveDatabase db) => new(db, TimeProvider.System);

    // Row 1: bad check digit; row 2: impossible date; row 3: unknown enum value; row 4: the ID of row 2 again.
    private const string BadRoster = """
        姓名,身份证号,出生日期,学历
        甲,110105198606301239,1986-06-30,大学本科
        乙,110105198606301238,2023-02-30,大学本科
        丙,110105198606301246,1986-06-30,小学毕业
        丁,110105198606301238,1986-06-30,大学本科
        """;

    [Fact]
    public void Import_FourKindsOfBadRow_RejectedWithTheFourMessages_NothingWritten()
    {
        using var dir = new TempDir();
        using var db = ReserveDatabase.InMemory();
        var ex = Assert.Throws<ReserveException>(() => Service(db).Import(dir.File("bad.csv", BadRoster), skipBadRows: false, "tester"));
        Assert.Equal(ErrorCode.BadInput, ex.Code);
        Assert.Equal(
        [
            "第 1 行 身份证号: 校验位错误",
            "第 2 行 出生日期: 没有这一天：“2023-02-30”",
            "第 3 行 学历: 无法识别“小学毕业”（可填：博士研究生、硕士研究生、大学本科、大学专科、中专、高中、初中）",
            "第 4 行 身份证号: 与第 2 行重复",
        ], ex.Details);
        Assert.Equal(0, Service(db).Count(null));
        Assert.Equal(0, new AuditLog(db).Count());
    }

    [Fact]
    public void Import_SameFourBadRowsInXlsx_SameMessages()
    {
        using var dir = new TempDir();
        using var db = ReserveDatabase.InMemory();
        var path = Path.Combine(dir.Path, "bad.xlsx");
        var rows = BadRoster.Split('\n').Skip(1).Select(l => l.Trim().Split(','))
            .Select(c => new Dictionary<string, object> { ["姓名"] = c[0], ["身份证号"] = c[1], ["出生日期"] = c[2], ["学历"] = c[3] });
        MiniExcel.SaveAs(path, rows);
        var ex = Assert.Throws<ReserveException>(() => Service(db).Import(path, false, "tester"));
        Assert.Equal(4, ex.Details.Count);
        Assert.Equal(0, Service(db).Count(null));
    }

    [Fact]
    public void Import_SkipBadRows_WritesTheGoodOnesAndListsTheSkipped()
    {
        using var dir = new TempDir();
        using var db = ReserveDatabase.InMemory();
        var roster = BadRoster + "\n戊,,1990-01-01,大学本科\n";
        var result = Service(db).Import(dir.File("mixed.csv", roster), skipBadRows: true, "tester");
        Assert.Equal(1, result.Written);
        Assert.Equal([1, 2, 3, 4], result.Skipped.Select(e => e.Row).Distinct());
        Assert.Equal("戊", Assert.Single(Service(db).Page(null, 0, 10)).Person.Name);
    }

    [Fact]
    public void Import_GoodRoster_RoundTripsEveryFact()
    {
        using var dir = new TempDir();
        using var db = ReserveDatabase.InMemory();
        var roster = """
            姓名,性别,民族,出生日期,身份证号,政治面貌,学历,全日制,学位,职称,现职级,任现职级时间,参加工作时间,单位,单位类型,任职经历,中层任职年限,教师,单位中层,处分,不良行为,回村创业大学生,近期可提拔,身体状况,籍贯
            张三,男,回族,1986-06-30,110105198606301238,九三学社,硕士研究生,是,硕士,副高级,正科,2020-01-01,2010-07-01,示例学院,学院,教研室主任;党支部书记,3.5,是,否,无,无,否,是,健康,湖南
            """;
        var path = dir.File("good.csv", roster);
        var expected = ReserveTui.Import.RosterReader.Read(path).Single().Person!;
        Assert.Equal(1, Service(db).Import(path, false, "tester").Written);
        // The person's own file has every fact, the ID number whole (for an administrator); the list masks it.
        var listed = Service(db).Page(null, 0, 10).Single();
        Assert.Equal("110105********1238", listed.Person.IdNumber);
        var stored = Service(db).Show(listed.Id)!.Person;
        Assert.Equal(expected with { Posts = null, Extra = null! }, stored with { Posts = null, Extra = null! });
        Assert.Equal(expected.Posts, stored.Posts);
        Assert.Equal("湖南", stored.Extra["籍贯"]);
        // A second import of the same roster is refused row by row: no duplicates.
        var again = Assert.Throws<ReserveException>(() => Service(db).Import(path, false, "tester"));
        Assert.Equal("第 1 行 身份证号: 数据库中已有此身份证号（张三）；要更新其信息请用 --update", Assert.Single(again.Details));
    }

    [Fact]
    public void Page_FiltersByNameUnitOrIdNumber_AndPages()
    {
        using var db = ReserveDatabase.InMemory();
        new DemoService(db, TimeProvider.System).Fill(120, "tester");
        var people = Service(db);
        Assert.Equal(120, people.Count(null));
        Assert.Equal(20, people.Page(null, 100, 50).Count);
        var byUnit = people.Count("示例东社区");
        Assert.InRange(byUnit, 1, 119);
        Assert.All(people.Page("示例东社区", 0, 200), p => Assert.Equal("示例东社区", p.Person.Unit));
    }
}
