using System.Text.Json;
using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Tests.Access;

/// <summary>A clock nobody can turn back: --now only on training databases, the record's time always real, the judged time beside it.</summary>
public sealed class ClockTests : IDisposable
{
    private readonly TempDir _dir = new();

    private (int Exit, string Out, string Err) Reserve(string db, params string[] args) => CliRunner.RunAsAccount(_dir.Path, ["--operator", "tester", "--db", db, .. args]);

    [Fact]
    public void Now_OnARealDatabase_IsRefusedForEveryone_AndWritesNothing()
    {
        var db = Path.Combine(_dir.Path, "real.db");
        Assert.Equal(0, Reserve(db, "unit", "add", "示例街道", "--kind", "街道").Exit);
        var before = Count(db);
        foreach (var args in new[] { new[] { "unit", "add", "另一单位", "--kind", "街道" }, ["people", "list"], ["campaign", "list"] })
        {
            var (exit, _, err) = Reserve(db, ["--now", "2026-01-01T09:00:00+08:00", .. args]);
            Assert.Equal((int)ErrorCode.Refused, exit);
            Assert.Contains("只能用于培训或演示数据库", err);
            Assert.Contains("--as-of", err);
        }

        Assert.Equal(before, Count(db));
        // The environment variable is the same clock.
        var env = new Dictionary<string, string?> { ["XDG_DATA_HOME"] = _dir.Path, ["RESERVE_NOW"] = "2026-01-01T09:00:00+08:00" };
        var stderr = new StringWriter();
        Assert.Equal((int)ErrorCode.Refused, ReserveTui.Cli.CliApp.Run(["--db", db, "people", "list"], TextWriter.Null, stderr, _ => 0, k => env.GetValueOrDefault(k)));
    }

    [Fact]
    public void OnATrainingDatabase_TheRecordKeepsRealTime_AndTheJudgedTimeBeside_AndNeverRunsBackwards()
    {
        var db = Path.Combine(_dir.Path, "training.db");
        var init = Reserve(db, "init", "--training");
        Assert.Equal(0, init.Exit);
        Assert.Contains("已新建培训库", init.Out);
        var started = DateTime.UtcNow.AddSeconds(-1);
        Assert.Equal(0, Reserve(db, "--now", "2027-03-01T09:00:00+08:00", "unit", "add", "示例街道", "--kind", "街道").Exit);
        // An earlier judged time after a later one: the record's own times still go forward.
        Assert.Equal(0, Reserve(db, "--now", "2025-01-01T09:00:00+08:00", "unit", "add", "示例学院", "--kind", "学院").Exit);
        Assert.Equal(0, Reserve(db, "unit", "add", "示例东社区", "--kind", "社区").Exit);

        var entries = Entries(db);
        var adds = entries.Where(e => e.Action == "unit.add").ToList();
        Assert.Equal(3, adds.Count);
        Assert.All(adds, e => Assert.InRange(e.At.ToUniversalTime(), started, DateTime.UtcNow.AddSeconds(1)));
        Assert.Equal(new DateTime(2027, 3, 1, 1, 0, 0, DateTimeKind.Utc), adds[0].JudgedAt!.Value.ToUniversalTime());
        Assert.Equal(new DateTime(2025, 1, 1, 1, 0, 0, DateTimeKind.Utc), adds[1].JudgedAt!.Value.ToUniversalTime());
        Assert.Null(adds[2].JudgedAt);
        for (var i = 1; i < entries.Count; i++) Assert.True(entries[i].At >= entries[i - 1].At, $"entry {entries[i].Seq} runs backwards");
        Assert.Equal(0, Reserve(db, "audit", "verify").Exit);

        // Marked where people read the record, and in its JSON.
        var log = Reserve(db, "audit", "log").Out;
        Assert.Contains("（按 2027-03-01", log);
        var json = JsonDocument.Parse(Reserve(db, "audit", "log", "--json").Out).RootElement.EnumerateArray().Where(e => e.GetProperty("action").GetString() == "unit.add").ToList();
        Assert.StartsWith("2027-03-01T01:00:00", json[0].GetProperty("judged_at").GetString());
        Assert.Equal(JsonValueKind.Null, json[2].GetProperty("judged_at").ValueKind);
    }

    [Fact]
    public void TheJudgedTime_IsInTheHash_SoItCannotBeEditedAway()
    {
        var db = Path.Combine(_dir.Path, "training.db");
        Reserve(db, "init", "--training");
        Reserve(db, "--now", "2027-03-01T09:00:00+08:00", "unit", "add", "示例街道", "--kind", "街道");
        using (var open = ReserveDatabase.Open(db))
        {
            var audit = open.Db.GetCollection("audit");
            var entry = audit.FindById(2L);
            entry["JudgedAt"] = LiteDB.BsonValue.Null;
            audit.Update(entry);
        }

        Assert.Equal((int)ErrorCode.Tampered, Reserve(db, "audit", "verify").Exit);
    }

    [Fact]
    public void Demo_MarksItsDatabase_AndInitRefusesAnExistingFile()
    {
        var db = Path.Combine(_dir.Path, "demo.db");
        Assert.Equal(0, Reserve(db, "--now", "2026-06-01T09:00:00+08:00", "demo", "--people", "5").Exit);
        Assert.Equal(0, Reserve(db, "--now", "2026-06-20T09:00:00+08:00", "people", "list").Exit);
        Assert.Equal((int)ErrorCode.Refused, Reserve(db, "init", "--training").Exit);

        // A database with a record cannot be turned into a training one by running the demo on it.
        var real = Path.Combine(_dir.Path, "real.db");
        Reserve(real, "unit", "add", "示例街道", "--kind", "街道");
        var demo = Reserve(real, "demo");
        Assert.Equal((int)ErrorCode.Refused, demo.Exit);
        Assert.Equal((int)ErrorCode.Refused, Reserve(real, "--now", "2026-06-20T09:00:00+08:00", "people", "list").Exit);
    }

    [Fact]
    public void CampaignShowAsOf_JudgesAnotherDay_OnARealDatabase_WithoutWriting()
    {
        var db = Path.Combine(_dir.Path, "real.db");
        Reserve(db, "unit", "add", "示例街道", "--kind", "街道");
        var id = JsonDocument.Parse(Reserve(db, "campaign", "new", "--scheme", "street", "--unit", "示例街道", "--year", "2026", "--json").Out).RootElement.GetProperty("id").GetString()!;
        var before = Count(db);
        var shown = Reserve(db, "campaign", "show", id, "--as-of", "2026-06-30");
        Assert.Equal(0, shown.Exit);
        Assert.Contains("按 2026-06-30 23:59 判定", shown.Out);
        Assert.Contains("公布选拔方案", shown.Out);
        Assert.Equal(0, Reserve(db, "campaign", "show", id, "--as-of", "2026-06-30T09:00:00+08:00", "--json").Exit);
        var bad = Reserve(db, "campaign", "show", id, "--as-of", "六月");
        Assert.Equal((int)ErrorCode.Usage, bad.Exit);
        Assert.Contains("--as-of 应写成 YYYY-MM-DD", bad.Err);
        Assert.Equal(before, Count(db));
    }

    [Fact]
    public void CampaignShowAsOf_AFarDay_NeitherLapsesAReserveNorStampsTheRecord()
    {
        var db = Path.Combine(_dir.Path, "real.db");
        Reserve(db, "unit", "add", "示例县委组织部", "--kind", "县直机关", "--principal-posts", "2", "--deputy-posts", "4");
        File.WriteAllText(Path.Combine(_dir.Path, "p.csv"), "姓名,性别,出生日期,学历,单位\n张三,男,1995-05-01,大学本科,示例县委组织部\n");
        Assert.Equal(0, Reserve(db, "people", "import", Path.Combine(_dir.Path, "p.csv")).Exit);
        Assert.Equal(0, Reserve(db, "pool", "add", "张三", "--scheme", "county", "--track", "副科级后备", "--channel", "graduate").Exit);
        var id = JsonDocument.Parse(Reserve(db, "campaign", "new", "--scheme", "county", "--unit", "示例县委组织部", "--year", "2026", "--json").Out).RootElement.GetProperty("id").GetString()!;
        var before = Entries(db);

        Assert.Equal(0, Reserve(db, "campaign", "show", id, "--as-of", "2099-12-31").Exit);
        Assert.Equal(before.Count, Count(db));
        Assert.Contains("in-pool", Reserve(db, "pool", "list", "--json").Out);
        Reserve(db, "unit", "add", "示例乡镇", "--kind", "乡镇");
        Assert.True(Entries(db)[^1].At.ToUniversalTime() < new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc), "the record was stamped with the as-of day");
    }

    private static int Count(string db)
    {
        using var open = ReserveDatabase.Open(db, DatabaseAccess.Read);
        return new AuditLog(open).Count();
    }

    private static IReadOnlyList<AuditEntry> Entries(string db)
    {
        using var open = ReserveDatabase.Open(db, DatabaseAccess.Read);
        return new AuditLog(open).Read(null, null);
    }

    public void Dispose() => _dir.Dispose();
}
