using System.Text.Json;
using ReserveTui.Storage;

namespace ReserveTui.Tests.Access;

/// <summary>
/// One organisation as issue 13 describes it: a street (with a community under it) and a college, two people in
/// each, a campaign in each, and three accounts — the organisation department's admin, the street's unit operator
/// and a viewer. Built through the command line as an administrator would.
/// </summary>
internal sealed class Deployment : IDisposable
{
    public const string Admin = "zuzhibu";
    public const string StreetOperator = "jiedao";
    public const string Viewer = "chakan";

    public static readonly (string Name, string Unit, string IdNumber)[] Roster =
    [
        ("街道甲", "示例街道", IdNumber("110105", "19860630", "123")),
        ("社区乙", "示例东社区", IdNumber("110105", "19880101", "245")),
        ("学院丙", "示例学院", IdNumber("110108", "19850307", "231")),
        ("学院丁", "示例学院", IdNumber("110108", "19900101", "357")),
    ];

    public Deployment()
    {
        Database = Path.Combine(Dir.Path, "reserve.db");
        Ok(Admin, "unit", "add", "示例街道", "--kind", "街道", "--principal-posts", "1", "--deputy-posts", "3");
        Ok(Admin, "unit", "add", "示例东社区", "--kind", "社区", "--parent", "示例街道");
        Ok(Admin, "unit", "add", "示例学院", "--kind", "学院");
        var csv = "姓名,性别,出生日期,身份证号,学历,单位\n" + string.Join("\n", Roster.Select(p => $"{p.Name},男,{p.IdNumber[6..10]}-{p.IdNumber[10..12]}-{p.IdNumber[12..14]},{p.IdNumber},大学本科,{p.Unit}")) + "\n";
        Ok(Admin, "people", "import", Dir.File("roster.csv", csv));
        Ok(Admin, "users", "add", Admin, "--role", "admin");
        Ok(Admin, "users", "add", StreetOperator, "--role", "unit-operator", "--unit", "示例街道");
        Ok(Admin, "users", "add", Viewer, "--role", "viewer");
        StreetCampaign = Id(Ok(Admin, "campaign", "new", "--scheme", "street", "--unit", "示例街道", "--year", "2026", "--json"));
        CollegeCampaign = Id(Ok(Admin, "campaign", "new", "--scheme", "college", "--unit", "示例学院", "--year", "2026", "--json"));
    }

    public TempDir Dir { get; } = new();

    public string Database { get; }

    public string StreetCampaign { get; }

    public string CollegeCampaign { get; }

    public (int Exit, string Out, string Err) As(string operatorName, params string[] args) =>
        CliRunner.Run(Dir.Path, ["--operator", operatorName, "--db", Database, .. args]);

    public string Ok(string operatorName, params string[] args)
    {
        var (exit, output, err) = As(operatorName, args);
        Assert.True(exit == 0, $"{string.Join(' ', args)} as {operatorName}: exit {exit}: {err}");
        return output;
    }

    /// <summary>How many entries the record holds: a refused change adds none.</summary>
    public int RecordCount()
    {
        using var db = ReserveDatabase.Open(Database, DatabaseAccess.Read);
        return new AuditLog(db).Count();
    }

    public IReadOnlyList<AuditEntry> Record()
    {
        using var db = ReserveDatabase.Open(Database, DatabaseAccess.Read);
        return new AuditLog(db).Read(null, null);
    }

    private static string Id(string json) => JsonDocument.Parse(json).RootElement.GetProperty("id").GetString()!;

    /// <summary>A valid GB 11643 number: region, birth date, sequence, and the check digit computed.</summary>
    public static string IdNumber(string region, string birth, string sequence)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var body = region + birth + sequence;
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    public void Dispose() => Dir.Dispose();
}
