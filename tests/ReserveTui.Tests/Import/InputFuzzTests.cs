using System.Text;
using CsCheck;
using ReserveTui.Documents;
using ReserveTui.Hosting;
using ReserveTui.Services;
using ReserveTui.Storage;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Import;

/// <summary>
/// Issue 12 "fuzz": rosters, ballot files, templates and policy cases, mutated at random, never crash. A file is
/// taken or refused as a whole with a reason naming its row or position; a refused file writes nothing.
/// </summary>
public sealed class InputFuzzTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Roster = """
        姓名,性别,出生日期,身份证号,学历,职级,任现职级时间,参加工作时间,单位,任职经历
        张三,男,1985-03-07,110105198503072313,大学本科,正科,2019-06-01,2007-07-01,示例学院,"教研室主任;党支部书记"
        李四,女,1990-04-08,,硕士研究生,副科,2020-01-01,2013-07-01,示例学院,辅导员
        王五,男,1988.05,,大学专科,科员,,2010-09-01,示例街道,
        """;

    // What a hostile or careless file holds: quotes, separators, line breaks, controls, broken and odd characters.
    private static readonly string[] Pieces =
        ["\"", ",", "\n", "\r\n", "\u001b[2J", "\u0007", "\uFFFD", "\u202E", "\u200D", "😀", "\0", "2026-02-30", "1800-01-01", "；", new string('长', 300), "\uD800", "=cmd|' /C calc'!A0"];

    private static readonly Gen<string> Mutated = Gen.Select(Gen.Int[0, Roster.Length], Gen.Int[0, 20], Gen.Int[0, Pieces.Length - 1], Gen.Int[0, 3])
        .Select((at, cut, piece, times) =>
        {
            var text = Roster.Remove(at, Math.Min(cut, Roster.Length - at));
            for (var i = 0; i < times; i++) text = text.Insert(Math.Min(at, text.Length), Pieces[piece]);
            return text;
        });

    [Fact]
    public void AMutatedRoster_IsImportedOrRefusedWhole_NeverACrash()
    {
        Mutated.Sample(text =>
        {
            using var db = ReserveDatabase.InMemory();
            var people = new PeopleService(db, TimeProvider.System);
            var path = Path.Combine(_dir.Path, $"r{Guid.NewGuid():N}.csv");
            File.WriteAllText(path, text, new UTF8Encoding(false));
            try
            {
                var result = people.Import(path, skipBadRows: false, "fuzz");
                if (result.Written != people.Count(null)) throw new InvalidOperationException($"written {result.Written}, stored {people.Count(null)}");
                return people.Page(null, 0, 100).All(p => p.Person.Name.All(c => !char.IsControl(c)));
            }
            catch (ReserveException ex)
            {
                // Refused: a reason a person can act on, and nothing written.
                var said = ex.Details.Count > 0 || ex.Message.Contains('行') || ex.Message.Contains("UTF-8") || ex.Message.Contains("表头") || ex.Message.Contains("没有数据行");
                if (!said) throw new InvalidOperationException("refused without a place: " + ex.Message);
                return ex.Code == ErrorCode.BadInput && people.Count(null) == 0 && new AuditLog(db).Count() == 0;
            }
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void RandomBytes_AsARoster_AreRefusedWithAReason()
    {
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            using var db = ReserveDatabase.InMemory();
            var path = Path.Combine(_dir.Path, $"b{Guid.NewGuid():N}.csv");
            File.WriteAllBytes(path, bytes);
            try
            {
                new PeopleService(db, TimeProvider.System).Import(path, false, "fuzz");
                return true;
            }
            catch (ReserveException ex)
            {
                return ex.Code == ErrorCode.BadInput && !ex.Message.Contains("Exception") && new PeopleService(db, TimeProvider.System).Count(null) == 0;
            }
        }, iter: 300);
    }

    [Fact]
    public void AMutatedBallotFile_IsTakenOrRefusedWhole()
    {
        using var f = new CampaignFixture();
        f.Unit("示例学院", "学院");
        f.People(CampaignFixture.Eligible("甲"), CampaignFixture.Eligible("乙"));
        var c = f.Service.New("college", "示例学院", 2026, null);
        f.Service.ApproveAndPublish(c.Id);
        f.Nominations.Nominate(c.Id, "甲", "副处级后备", "民主推荐");
        f.Nominations.Nominate(c.Id, "乙", "副处级后备", "民主推荐");
        const string ballots = "投票人类别,推荐人选\n群众,甲\n中层干部,甲;乙\n普通党员,乙\n";
        Gen.Select(Gen.Int[0, ballots.Length], Gen.Int[0, 6], Gen.Int[0, Pieces.Length - 1]).Sample((at, cut, piece) =>
        {
            var text = ballots.Remove(at, Math.Min(cut, ballots.Length - at)).Insert(Math.Min(at, ballots.Length - Math.Min(cut, ballots.Length - at)), Pieces[piece]);
            var path = Path.Combine(_dir.Path, $"v{Guid.NewGuid():N}.csv");
            File.WriteAllText(path, text, new UTF8Encoding(false));
            var before = f.Ballots.Tally(c.Id).Overall.Ballots;
            try
            {
                var taken = f.Ballots.ImportBallots(c.Id, path);
                return f.Ballots.Tally(c.Id).Overall.Ballots == before + taken;
            }
            catch (ReserveException ex)
            {
                return ex.Code is ErrorCode.BadInput or ErrorCode.Refused && f.Ballots.Tally(c.Id).Overall.Ballots == before;
            }
        }, iter: 200, threads: 1);
    }

    private const string Template = "# {{ title }}\n{{ for n in nominees }}- {{ n.name }}（{{ n.unit ?? \"—\" }}）\n{{ end }}{{ cn 3 }}\n";

    [Fact]
    public void AMutatedTemplate_RendersOrIsRefusedWithItsPosition()
    {
        var model = new Dictionary<string, object?>
        {
            ["title"] = "名单",
            ["nominees"] = new List<object?> { new Dictionary<string, object?> { ["name"] = "甲", ["unit"] = "示例学院" } },
        };
        string[] bits = ["{{", "}}", "{{ end }}", "{{ for x in nominees }}", ".", "|", "\"", "{{ nope }}", "{{ n.nope }}", "{{ 1/0 }}", "\n"];
        Gen.Select(Gen.Int[0, Template.Length], Gen.Int[0, 5], Gen.Int[0, bits.Length - 1]).Sample((at, cut, bit) =>
        {
            var text = Template.Remove(at, Math.Min(cut, Template.Length - at));
            text = text.Insert(Math.Min(at, text.Length), bits[bit]);
            var path = Path.Combine(_dir.Path, $"t{Guid.NewGuid():N}.md.sbn");
            File.WriteAllText(path, text, new UTF8Encoding(false));
            try
            {
                DocumentRenderer.Render(new TemplateSource("nominees", "md", path, "fuzz"), model);
                return true;
            }
            catch (ReserveException ex)
            {
                // "file(line,col)" or the line of a runtime error: the operator can find the place.
                return ex.Code == ErrorCode.BadInput && ex.Message.Contains(Path.GetFileName(path));
            }
        }, iter: 300);
    }

    private const string Cases = """
        - name: 甲合格
          on: 2026-06-30
          track: deputy-division
          person: { 姓名: 甲, 出生日期: 1990-01-01, 学历: 大学本科 }
          expect: eligible
        """;

    [Fact]
    public void MutatedPolicyCases_AreReadOrReportedByLine()
    {
        string[] bits = [":", "-", "{", "}", "\n", "  ", "[", "\"", "expect: ", "\t", "&a", "*a"];
        Gen.Select(Gen.Int[0, Cases.Length], Gen.Int[0, 5], Gen.Int[0, bits.Length - 1]).Sample((at, cut, bit) =>
        {
            var text = Cases.Remove(at, Math.Min(cut, Cases.Length - at));
            text = text.Insert(Math.Min(at, text.Length), bits[bit]);
            var path = Path.Combine(_dir.Path, $"c{Guid.NewGuid():N}.yaml");
            File.WriteAllText(path, text, new UTF8Encoding(false));
            var (cases, problems) = PolicyCaseFile.Read(path);
            return problems.All(p => p.StartsWith(Path.GetFileName(path) + ":", StringComparison.Ordinal)) && (cases.Count > 0 || problems.Count > 0 || text.Trim().Length == 0 || !text.Contains("name"));
        }, iter: 300);
    }
}
