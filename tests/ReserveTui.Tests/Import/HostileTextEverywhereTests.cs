using System.Text;
using ReserveTui.Hosting;
using ReserveTui.Import;
using ReserveTui.Services;
using ReserveTui.Storage;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Import;

/// <summary>
/// Issue 12 "hostile text": every roster column and the forms' text fields, given each hostile value, store it
/// exactly or refuse it with a reason that names the place. Nothing in between: no mangled character, no crash.
/// </summary>
public sealed class HostileTextEverywhereTests
{
    public static readonly TheoryData<string, string> Hostile = new()
    {
        { "ESC", "甲\u001b[31m乙" }, { "BEL", "甲\u0007乙" }, { "NUL", "甲\0乙" }, { "U+FFFD", "甲\uFFFD乙" },
        { "half surrogate", "甲\uD83D乙" }, { "RLO", "甲\u202E乙" }, { "RLM", "甲\u200F乙" }, { "ZWJ", "👨\u200D👩" },
        { "emoji", "😀🇨🇳" }, { "CJK ext B", "𠀀𠀁" }, { "quote and comma", "甲\",\"乙" }, { "10000", new string('字', 10_000) },
        { "formula", "=cmd|' /C calc'!A0" }, { "spaces only", "   " },
    };

    private static readonly string[] TextColumns = ["姓名", "民族", "单位", "单位类型", "处分", "不良行为", "身体状况", "备注"];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void EveryRosterColumn_StoresExactlyOrRefusesWithTheColumn(string what, string value)
    {
        using var dir = new TempDir();
        foreach (var field in RosterField.All.Select(f => f.Header).Append("备注"))
        {
            using var db = ReserveDatabase.InMemory();
            var people = new PeopleService(db, TimeProvider.System);
            var header = field == "姓名" ? "姓名" : $"姓名,{field}";
            var cell = "\"" + value.Replace("\"", "\"\"") + "\"";
            var row = field == "姓名" ? cell : $"某人,{cell}";
            var path = Path.Combine(dir.Path, $"{Guid.NewGuid():N}.csv");
            File.WriteAllText(path, header + "\n" + row + "\n", new UTF8Encoding(false));
            try
            {
                people.Import(path, skipBadRows: false, "tester");
                var stored = people.Page(null, 0, 1).Single().Person;
                if (TextColumns.Contains(field) && !string.IsNullOrWhiteSpace(value))
                {
                    var kept = field switch
                    {
                        "姓名" => stored.Name, "民族" => stored.Ethnicity, "单位" => stored.Unit, "单位类型" => stored.UnitKind,
                        "处分" => stored.Discipline, "不良行为" => stored.Misconduct, "身体状况" => stored.Health, _ => stored.Extra.GetValueOrDefault(field),
                    };
                    Assert.True(kept == value.Trim(), $"{what} in {field}: stored “{kept}”");
                }
            }
            catch (ReserveException ex)
            {
                Assert.Equal(ErrorCode.BadInput, ex.Code);
                Assert.True(ex.Message.Contains("没有数据行") || ex.Details.Any(d => d.Contains(field == "备注" ? "备注" : RosterField.Find(field)!.Header, StringComparison.Ordinal) || d.Contains("姓名")),
                    $"{what} in {field}: {string.Join(" / ", ex.Details)}");
                Assert.Equal(0, people.Count(null));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void TheFormsTextFields_StoreExactlyOrRefuseWithAReason(string what, string value)
    {
        using var f = new CampaignFixture();
        var units = new UnitService(f.Database, f.Clock, "tester");
        Check(what, "单位名称", () => units.Add(value, "学院", 1, 1, null), () => units.List().Single().Name, value.Trim());
        f.Unit("示例街道", "街道");
        var c = f.Service.New("street", "示例街道", 2026, null);
        Check(what, "公示受理方式", () => f.Service.SetNoticeContact(c.Id, value), () => f.Service.Show(c.Id).NoticeContact, value.Trim());
    }

    private static void Check(string what, string field, Action store, Func<string?> read, string expected)
    {
        try
        {
            store();
            Assert.True(read() == expected, $"{what} in {field}: stored “{read()}”");
        }
        catch (ReserveException ex)
        {
            Assert.True(ex.Code == ErrorCode.Usage && ex.Message.Contains(field, StringComparison.Ordinal), $"{what} in {field}: {ex.Code} {ex.Message}");
        }
    }
}
