using LiteDB;
using ReserveTui.Storage;

namespace ReserveTui.Tests.Storage;

public sealed class AuditLogTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 30, 9, 15, 30, 123, TimeSpan.FromHours(8));

    [Fact]
    public void Verify_IntactChain_IsNull()
    {
        using var db = ReserveDatabase.InMemory();
        var log = new AuditLog(db);
        for (var i = 0; i < 5; i++) log.Append(At.AddTicks(i * 12345), "op", "act", "campaign/1", $"{{\"i\":{i}}}");
        Assert.Null(log.Verify());
    }

    [Fact]
    public void Verify_EditedEntry_IsFound()
    {
        using var db = ReserveDatabase.InMemory();
        var log = new AuditLog(db);
        for (var i = 0; i < 5; i++) log.Append(At, "op", "act", "campaign/1", $"{{\"i\":{i}}}");
        var col = db.Db.GetCollection<AuditEntry>("audit");
        var third = col.FindById(3);
        third.Operator = "intruder";
        col.Update(third);
        Assert.Equal(3, log.Verify());
    }

    [Fact]
    public void Verify_DeletedEntry_IsFound()
    {
        using var db = ReserveDatabase.InMemory();
        var log = new AuditLog(db);
        for (var i = 0; i < 4; i++) log.Append(At, "op", "act", "s", "{}");
        db.Db.GetCollection<AuditEntry>("audit").Delete(2);
        Assert.Equal(2, log.Verify());
    }
}
