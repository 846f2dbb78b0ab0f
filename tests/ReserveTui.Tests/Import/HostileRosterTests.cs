using System.Text;
using ReserveTui.Hosting;
using ReserveTui.Services;
using ReserveTui.Storage;

namespace ReserveTui.Tests.Import;

/// <summary>Issue 12 items 4, 7, 8, 10 and 12: rosters as users really bring them, and as a hostile user would.</summary>
public sealed class HostileRosterTests : IDisposable
{
    private static readonly TimeProvider Clock = new FixedTimeProvider(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(8)), TimeZoneInfo.Utc);
    private readonly TempDir _dir = new();
    private readonly ReserveDatabase _db = ReserveDatabase.InMemory();

    public void Dispose()
    {
        _db.Dispose();
        _dir.Dispose();
    }

    private PeopleService People => new(_db, Clock);

    private ReserveException Refused(string csv, string name = "r.csv") =>
        Assert.Throws<ReserveException>(() => People.Import(_dir.File(name, csv), skipBadRows: false, "tester"));

    private void NothingWritten()
    {
        Assert.Equal(0, People.Count(null));
        Assert.Equal(0, new AuditLog(_db).Count());
    }

    [Fact]
    public void AnUnclosedQuote_IsRefused_NamingTheRowWhereItOpened()
    {
        var ex = Refused("姓名,单位\n甲,示例学院\n\"乙,示例学院\n丙,示例学院\n丁,示例学院\n");
        Assert.Equal(ErrorCode.BadInput, ex.Code);
        Assert.Contains("第 2 行（文件第 3 行）的引号没有闭合", ex.Message);
        NothingWritten();
    }

    [Fact]
    public void AGbkFile_SaysSaveAsUtf8()
    {
        var path = Path.Combine(_dir.Path, "gbk.csv");
        File.WriteAllBytes(path, [.. "姓名,单位\n"u8, 0xD5, 0xC5, 0xC8, 0xFD, (byte)',', 0xCA, 0xBE, 0xC0, 0xFD, (byte)'\n']);
        var ex = Assert.Throws<ReserveException>(() => People.Import(path, false, "tester"));
        Assert.Contains("请另存为 UTF-8（或直接导入 .xlsx）", ex.Message);
        Assert.DoesNotContain("Unable to translate", ex.Message);
        NothingWritten();
    }

    [Fact]
    public void AFileThatIsNotWhatItsNameSays_IsSaidPlainly()
    {
        var fake = _dir.File("roster.xlsx", "# not a spreadsheet\n");
        var ex = Assert.Throws<ReserveException>(() => People.Import(fake, false, "tester"));
        Assert.Equal("roster.xlsx 不是有效的 .xlsx 文件（可能是改了扩展名的其他文件）：请用 Excel 另存为 .xlsx，或导出为 UTF-8 的 CSV", ex.Message);
        NothingWritten();
    }

    [Fact]
    public void AFolder_AHeaderOnlyFile_AndCellsBeyondTheHeader_AreSaidPlainly()
    {
        var folder = Assert.Throws<ReserveException>(() => People.Import(_dir.Path, false, "tester"));
        Assert.Contains("是一个文件夹，不是文件", folder.Message);
        Assert.Contains("没有数据行", Refused("姓名,单位\n").Message);
        var beyond = Refused("姓名,单位\n甲,示例学院,多出来的\n");
        Assert.Equal(["第 1 行 列数: 比表头多出 1 个单元格（“多出来的”），多半是单元格里的逗号没有加引号"], beyond.Details);
        NothingWritten();
    }

    [Theory]
    [InlineData("张\u001b[31m三", "ESC")]
    [InlineData("张\u0007三", "BEL")]
    [InlineData("张\uFFFD三", "无法识别的字符")]
    [InlineData("张\u202E三", "文字方向控制符")]
    public void HostileCharactersInAName_AreARowError(string name, string said)
    {
        var ex = Refused($"姓名,单位\n\"{name}\",示例学院\n");
        Assert.Contains(said, Assert.Single(ex.Details));
        NothingWritten();
    }

    [Fact]
    public void TooLongTextIsRefusedBeforeItReachesTheStore_AndSkipBadRowsStillImportsTheRest()
    {
        var longUnit = new string('院', 2000);
        var path = _dir.File("long.csv", $"姓名,单位,备注\n{new string('名', 51)},示例学院,\n甲,{longUnit},\n乙,示例学院,{new string('注', 2000)}\n");
        var result = People.Import(path, skipBadRows: true, "tester");
        Assert.Equal(1, result.Written);
        Assert.Equal(["第 1 行 姓名: 过长（51 字），不超过 50 字", "第 2 行 单位: 过长（2000 字），不超过 50 字"], result.Skipped.Select(e => e.ToString()));
        Assert.Equal(new string('注', 2000), People.Page(null, 0, 5).Single().Person.Extra["备注"]);
    }

    [Fact]
    public void EmojiJoinersAndOtherScripts_AreStoredExactly()
    {
        const string name = "👨‍👩‍👧 Zoë\u200dمحمد";
        People.Import(_dir.File("ok.csv", $"姓名,单位\n{name},示例学院\n"), false, "tester");
        Assert.Equal(name, People.Page(null, 0, 1).Single().Person.Name);
    }

    [Fact]
    public void ImpossibleDates_SayWhichAndWhy()
    {
        var ex = Refused("姓名,出生日期,参加工作时间,任现职级时间\n甲,1800-01-01,,\n乙,2026-02-30,,\n丙,2027-01-01,,\n丁,1990-01-01,2027-01-01,\n戊,1990-01-01,1985-01-01,2030-05-01\n");
        Assert.Equal(
        [
            "第 1 行 出生日期: 年份早于 1900 年，不合常理：“1800-01-01”",
            "第 2 行 出生日期: 没有这一天：“2026-02-30”",
            "第 3 行 出生日期: 出生日期 2027-01-01 晚于今天（2026-12-03），不可能",
            "第 4 行 参加工作时间: 参加工作时间 2027-01-01 晚于今天（2026-12-03），不可能",
            "第 5 行 任现职级时间: 任现职级时间 2030-05-01 晚于今天（2026-12-03），不可能",
            "第 5 行 参加工作时间: 早于出生日期 1990-01-01",
        ], ex.Details);
        NothingWritten();
    }

    private const string NoIds = "姓名,出生日期,单位,学历\n甲,1985-03-07,示例学院,大学本科\n乙,1986-04-08,示例学院,大学本科\n";

    [Fact]
    public void ReimportingARosterWithoutIdNumbers_DuplicatesNobody()
    {
        Assert.Equal(2, People.Import(_dir.File("a.csv", NoIds), false, "tester").Written);
        var again = Refused(NoIds, "b.csv");
        Assert.Equal(2, again.Details.Count);
        Assert.Contains("数据库中已有此人（姓名、出生日期、单位都相同）；要更新其信息请用 --update", again.Details[0]);
        Assert.Equal(2, People.Count(null));
        var twice = Refused("姓名,出生日期,单位\n丙,1985-03-07,示例学院\n丙,1985-03-07,示例学院\n");
        Assert.Equal(["第 2 行 姓名: 与第 1 行是同一人（姓名、出生日期、单位都相同，且都没有身份证号）"], twice.Details);
    }

    [Fact]
    public void Update_ChangesTheFacts_KeepsTheOldValuesInTheRecord_AndAddsAnIdNumberToAnUnnumberedPerson()
    {
        People.Import(_dir.File("a.csv", NoIds), false, "tester");
        var result = People.Import(_dir.File("b.csv", "姓名,出生日期,单位,学历,身份证号\n甲,1985-03-07,示例学院,硕士研究生,110105198503072313\n丁,1990-01-01,示例学院,大学本科,\n"), false, "tester", update: true);
        Assert.Equal((1, 1), (result.Written, result.Updated));
        var jia = People.Show(People.Page("甲", 0, 5).Single().Id)!.Person;
        Assert.Equal((ReserveSdk.EducationLevel.Master, "110105198503072313"), (jia.Education, jia.IdNumber));
        Assert.Equal(3, People.Count(null));
        var entry = new AuditLog(_db).Read(null, null).Single(e => e.Action == "people.update");
        Assert.Contains("\"学历\":{\"old\":\"大学本科\",\"new\":\"硕士研究生\"}", entry.Data);
        Assert.Contains("\"身份证号\":{\"old\":null,\"new\":\"110105198503072313\"}", entry.Data);

        // Now found by the ID number; an empty cell leaves the fact as it was.
        People.Import(_dir.File("c.csv", "姓名,出生日期,单位,学历,身份证号\n甲,1985-03-07,示例学院,,110105198503072313\n"), false, "tester", update: true);
        Assert.Equal(ReserveSdk.EducationLevel.Master, People.Show(People.Page("甲", 0, 5).Single().Id)!.Person.Education);
        Assert.Equal(3, People.Count(null));
    }

    [Fact]
    public void TheCommandLine_NeverWritesAControlCharacterToTheTerminal()
    {
        var path = Path.Combine(_dir.Path, "x.db");
        using (var db = ReserveDatabase.Open(path))
            new PeopleRepository(db).Insert([new ReserveSdk.Person { Name = "张\u001b]0;pwned\u0007三" }]);
        var stdout = new StringWriter();
        var exit = ReserveTui.Cli.CliApp.Run(["people", "list", "--db", path], new ReserveTui.Cli.TerminalSafeWriter(stdout), TextWriter.Null,
            _ => 0, k => k == "XDG_DATA_HOME" ? _dir.Path : null);
        Assert.Equal(0, exit);
        Assert.Contains("张␛]0;pwned␇三", stdout.ToString());
        Assert.DoesNotContain('\u001b', stdout.ToString());
        Assert.DoesNotContain('\u0007', stdout.ToString());
    }
}
