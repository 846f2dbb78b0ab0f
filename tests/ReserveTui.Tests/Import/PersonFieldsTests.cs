using ReserveSdk;
using ReserveTui.Import;

namespace ReserveTui.Tests.Import;

public sealed class PersonFieldsTests
{
    private static (Person? Person, IReadOnlyList<RowError> Errors) Parse(params (string Header, string? Value)[] cells) =>
        PersonFields.Parse(7, cells.Select(c => new KeyValuePair<string, string?>(c.Header, c.Value)).ToList());

    // A valid GB 11643 number: born 1986-06-30, 17th digit odd (male).
    private const string Id = "110105198606301238";

    [Fact]
    public void Parse_ChineseAndEnglishHeaders_GiveTheSameTypedFacts()
    {
        var zh = Parse(("姓名", "张三"), ("出生日期", "1986/6/30"), ("学历", "研究生"), ("现职级", "正科"), ("教师", "是"), ("任职经历", "教研室主任；党支部书记"));
        var en = Parse(("name", "张三"), ("birth_date", "1986-06-30"), ("education", "硕士研究生"), ("rank", "正科级"), ("teacher", "Y"), ("posts", "教研室主任;党支部书记"));
        Assert.Empty(zh.Errors);
        Assert.Equal(new DateOnly(1986, 6, 30), zh.Person!.BirthDate);
        Assert.Equal(EducationLevel.Master, zh.Person.Education);
        Assert.Equal(["教研室主任", "党支部书记"], zh.Person.Posts!);
        Assert.Equal(zh.Person with { Posts = null, Extra = null! }, en.Person! with { Posts = null, Extra = null! });
    }

    [Theory]
    [InlineData("1985-03-07", 1985, 3, 7)]
    [InlineData("1985/3/7", 1985, 3, 7)]
    [InlineData("1985.03", 1985, 3, 1)]
    [InlineData("1985年3月", 1985, 3, 1)]
    [InlineData("1985年3月7日", 1985, 3, 7)]
    [InlineData("１９８５年３月", 1985, 3, 1)]
    [InlineData("１９８５－０３－０７", 1985, 3, 7)]
    public void Parse_DateSpellings(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), Parse(("姓名", "甲"), ("出生日期", text)).Person!.BirthDate);

    [Theory]
    [InlineData("１９８６．０６")]
    [InlineData("１９８６－０６")]
    [InlineData("１９８６／０６")]
    [InlineData("1986.06")]
    public void Parse_AMonthOnlyBirthDate_FullWidthToo_AgreesWithTheIdsDayInThatMonth(string birth)
    {
        var (p, errors) = Parse(("姓名", "甲"), ("身份证号", Id), ("出生日期", birth));
        Assert.Empty(errors);
        Assert.Equal(new DateOnly(1986, 6, 1), p!.BirthDate);
    }

    [Fact]
    public void Parse_DigitsOfAnotherScript_AreRefusedWithTheAcceptedSpellings_NotACrash()
    {
        var (p, errors) = Parse(("姓名", "甲"), ("出生日期", "١٩٨٥-03-07"));
        Assert.Null(p);
        Assert.Equal("第 7 行 出生日期: 无法识别的日期“١٩٨٥-03-07”（可写 1985-03-07、1985/3/7、1985.03 或 1985年3月）", Assert.Single(errors).ToString());
    }

    [Fact]
    public void Parse_EmptyCellsAreUnknownNotErrors()
    {
        var (p, errors) = Parse(("姓名", "甲"), ("学历", ""), ("出生日期", null));
        Assert.Empty(errors);
        Assert.Null(p!.Education);
        Assert.Null(p.BirthDate);
    }

    [Fact]
    public void Parse_ReportsEveryBadCellWithRowAndChineseColumn()
    {
        var (p, errors) = Parse(("姓名", ""), ("身份证号", "110105198606301239"), ("出生日期", "2023-02-30"), ("职称", "高级工"), ("全日制", "也许"), ("中层任职年限", "-1"));
        Assert.Null(p);
        Assert.Equal(
        [
            "第 7 行 姓名: 不能为空",
            "第 7 行 身份证号: 校验位错误",
            "第 7 行 出生日期: 没有这一天：“2023-02-30”",
            "第 7 行 全日制: 应填“是”或“否”，实为“也许”",
            "第 7 行 职称: 无法识别“高级工”（可填：正高级、副高级、中级、初级、无）",
            "第 7 行 中层任职年限: 应为不小于 0 的数字，实为“-1”",
        ], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Parse_IdNumberMustAgreeWithBirthDateAndGender()
    {
        Assert.Empty(Parse(("姓名", "甲"), ("身份证号", Id), ("出生日期", "1986-06-30"), ("性别", "男")).Errors);
        Assert.Empty(Parse(("姓名", "甲"), ("身份证号", Id), ("出生日期", "1986年6月")).Errors);
        var (_, errors) = Parse(("姓名", "甲"), ("身份证号", Id), ("出生日期", "1986-07-01"), ("性别", "女"));
        Assert.Equal(["第 7 行 出生日期: 与身份证号中的出生日期 1986-06-30 不一致", "第 7 行 性别: 与身份证号不一致（身份证号显示为男）"], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Parse_UnknownColumnsAreKeptAsExtraFacts()
    {
        var p = Parse(("姓名", "甲"), ("籍贯", "湖南岳阳"), ("Hobby", "书法")).Person!;
        Assert.Equal("湖南岳阳", p.Extra["籍贯"]);
        Assert.Equal("书法", p.Extra["Hobby"]);
    }

    [Fact]
    public void Parse_DemocraticPartyName_IsADemocraticParty()
    {
        var p = Parse(("姓名", "甲"), ("政治面貌", "民盟")).Person!;
        Assert.Equal((PartyAffiliation.DemocraticParty, "民盟"), (p.Party!.Value, p.PartyName));
    }
}
