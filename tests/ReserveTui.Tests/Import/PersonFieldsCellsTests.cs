using System.Text;
using System.Text.Json;
using CsCheck;
using ReserveTui.Import;

namespace ReserveTui.Tests.Import;

/// <summary>
/// One parser, two inputs: a roster row read as strings (import, .xlsx, policy cases) and the same row read where it
/// lies in a CSV chunk (<see cref="RecordCells"/>, check) give the same person or the same errors — on rows of messy
/// cells: white space of every kind around words, words no column knows, more different words in a column than the
/// parser keeps, dates in every spelling, bad IDs, control characters, overlong and quoted cells.
/// </summary>
public sealed class PersonFieldsCellsTests
{
    private const string Header = "姓名,性别,民族,出生日期,身份证号,政治面貌,学历,全日制,学位,职称,现职级,任现职级时间,参加工作时间,单位,单位类型,任职经历,中层任职年限,教师,单位中层,处分,不良行为,回村创业大学生,近期可提拔,身体状况,备注";

    private static readonly string[] Values =
    [
        "", " ", "男", "女", " 女 ", "\u3000男\u3000", "\u00A0是", "是", "否", "Y", "yes", "未知", "大学本科", "本科 ", "硕士研究生", "副高级",
        "正科", "科员", "无", "中共党员", "民盟", "汉族", "1985-03-07", "1985/3/7", "１９８５年３月", "1985.03", "2026-02-30", "1899-01-01",
        "2030-01-01", "3", "2.5", "-1", "abc", Id("11010119850307001"), Id("11010119850307002").ToLowerInvariant(), "110101198503070010",
        "教研室主任;党支部书记", "教研室主任、辅导员", "a\u0007b", new string('长', 60), "引,号\"", "多\n行", "\t", "健康", "示例学院",
        .. Enumerable.Range(0, 80).Select(i => $"词{i}"),
    ];

    private static readonly Gen<string[]> Row = Gen.Int[0, Values.Length - 1].Select(i => Values[i]).Array[25];

    [Fact]
    public void ARowReadAsStringsOrWhereItLies_GivesTheSamePersonOrErrors()
    {
        var columns = RosterColumns.Of(Header.Split(','));
        var today = new DateOnly(2026, 6, 30);
        Gen.Select(Row, Row, Row).Sample((a, b, c) =>
        {
            var csv = new StringBuilder(Header).Append('\n');
            foreach (var row in new[] { a, b, c }) csv.AppendJoin(',', row.Select(Quoted)).Append('\n');
            var text = csv.ToString();
            var fromStrings = CsvRecords.Read(new StringReader(text)).Skip(1).Select((cells, i) => Outcome(PersonFields.Parse(i + 1, columns, cells, today))).ToList();
            var chars = text.ToCharArray();
            var fromSpans = CsvRecords.Read(chars, chars.Length, columns.Repeating, new CellTexts()).Skip(1).Select((cells, i) => Outcome(PersonFields.Parse(i + 1, columns, cells, today))).ToList();
            Assert.Equal(fromStrings, fromSpans);
        }, iter: 3_000);
    }

    [Fact]
    public void MoreWordsThanKept_EachStillReadAsItself()
    {
        var columns = RosterColumns.Of(Header.Split(','));
        var rows = Enumerable.Range(0, 300).Select(i => $"人{i},{(i % 2 == 0 ? "男" : "女")},族{i},,,,{(i % 3 == 0 ? "大学本科" : "高中")},,,,,,,单位{i},,岗{i % 90},,,,,,,,,").ToList();
        var chars = (Header + "\n" + string.Join("\n", rows) + "\n").ToCharArray();
        var people = CsvRecords.Read(chars, chars.Length, columns.Repeating, new CellTexts()).Skip(1).Select((cells, i) => PersonFields.Parse(i + 1, columns, cells).Person!).ToList();
        for (var i = 0; i < people.Count; i++)
        {
            Assert.Equal($"族{i}", people[i].Ethnicity);
            Assert.Equal($"单位{i}", people[i].Unit);
            Assert.Equal([$"岗{i % 90}"], people[i].Posts!);
            Assert.Equal(i % 2 == 0 ? ReserveSdk.Gender.Male : ReserveSdk.Gender.Female, people[i].Gender);
            Assert.Equal(i % 3 == 0 ? ReserveSdk.EducationLevel.Bachelor : ReserveSdk.EducationLevel.HighSchool, people[i].Education);
        }
    }

    [Fact]
    public void TrimmingTakesOff_ExactlyWhatStringTrimTakesOff()
    {
        for (int c = char.MinValue; c <= char.MaxValue; c++) Assert.True(char.IsWhiteSpace((char)c) == PersonFields.Space((char)c), $"U+{c:X4}");
    }

    private static string Outcome((ReserveSdk.Person? Person, IReadOnlyList<RowError> Errors) parsed) =>
        parsed.Person is { } p ? JsonSerializer.Serialize(p) : string.Join("\n", parsed.Errors);

    private static string Quoted(string cell) => cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";

    // A valid ID number: 17 digits and their check character.
    private static string Id(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }
}
