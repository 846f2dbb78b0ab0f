using MiniExcelLibs;
using ReserveTui.Hosting;
using ReserveTui.Import;

namespace ReserveTui.Tests.Import;

public sealed class RosterReaderTests
{
    [Fact]
    public void Read_CsvWithBomQuotesAndBlankLines()
    {
        using var dir = new TempDir();
        var path = dir.File("r.csv", "姓名,单位,任职经历\r\n\"张,三\",\"示例学院\"\"一系\"\"\",\"教研室主任\n党支部书记\"\r\n\r\n李四,示例街道,\r\n");
        var rows = RosterReader.Read(path).ToList();
        Assert.Equal([1, 3], rows.Select(r => r.Row));
        Assert.Equal("张,三", rows[0].Person!.Name);
        Assert.Equal("示例学院\"一系\"", rows[0].Person!.Unit);
        Assert.Equal(["教研室主任", "党支部书记"], rows[0].Person!.Posts!.SelectMany(p => p.Split('\n')));
        Assert.Equal("李四", rows[1].Person!.Name);
    }

    [Fact]
    public void Read_CsvWithoutBom_AndEnglishHeaders()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "r.csv");
        File.WriteAllText(path, "name,education\n张三,本科\n", new System.Text.UTF8Encoding(false));
        Assert.Equal(ReserveSdk.EducationLevel.Bachelor, RosterReader.Read(path).Single().Person!.Education);
    }

    [Fact]
    public void Read_DuplicateIdNumber_IsAnErrorOnTheLaterRow()
    {
        using var dir = new TempDir();
        var path = dir.File("r.csv", "姓名,身份证号\n甲,110105198606301238\n乙,110105198606301238\n");
        var rows = RosterReader.Read(path).ToList();
        Assert.NotNull(rows[0].Person);
        Assert.Equal("第 2 行 身份证号: 与第 1 行重复", Assert.Single(rows[1].Errors).ToString());
    }

    [Fact]
    public void Read_Xlsx_DatesAndNumbersBecomeFacts()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "r.xlsx");
        MiniExcel.SaveAs(path, new[]
        {
            new Dictionary<string, object> { ["姓名"] = "张三", ["出生日期"] = new DateTime(1986, 6, 30), ["中层任职年限"] = 2.5, ["学历"] = "本科" },
        });
        var p = RosterReader.Read(path).Single().Person!;
        Assert.Equal(new DateOnly(1986, 6, 30), p.BirthDate);
        Assert.Equal(2.5m, p.MidManagementYears);
    }

    [Theory]
    [InlineData("r.xls", "姓名\n甲\n", "不支持的文件类型")]
    [InlineData("r.csv", "单位\n示例学院\n", "表头中没有“姓名”")]
    [InlineData("r.csv", "", "是空的")]
    public void Read_UnusableFile_IsABadInputBeforeAnyRow(string name, string content, string message)
    {
        using var dir = new TempDir();
        var path = dir.File(name, content);
        var ex = Assert.Throws<ReserveException>(() => RosterReader.Read(path));
        Assert.Equal(ErrorCode.BadInput, ex.Code);
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void Read_InvalidUtf8_IsABadInputNotACrash()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "gbk.csv");
        File.WriteAllBytes(path, [.. "姓名\n"u8.ToArray(), 0xD5, 0xC5, 0xC8, 0xFD, (byte)'\n']);
        var ex = Assert.Throws<ReserveException>(() => RosterReader.Read(path).ToList());
        Assert.Equal(ErrorCode.BadInput, ex.Code);
    }
}
