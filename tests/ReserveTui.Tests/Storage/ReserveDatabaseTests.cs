using LiteDB;
using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Tests.Storage;

public sealed class ReserveDatabaseTests
{
    [Fact]
    public void Open_CreatesTheFolderAndStampsTheSchemaVersion()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "nested", "reserve.db");
        using (var db = ReserveDatabase.Open(path)) Assert.Equal(ReserveDatabase.SchemaVersion, db.Db.UserVersion);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Open_FileFromANewerSchema_IsRefusedWithAMessage()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "future.db");
        using (var raw = new LiteDatabase($"Filename={path};Connection=shared;Collation=zh-CN/IgnoreCase")) raw.UserVersion = ReserveDatabase.SchemaVersion + 1;
        var ex = Assert.Throws<ReserveException>(() => ReserveDatabase.Open(path));
        Assert.Equal(ErrorCode.Storage, ex.Code);
        Assert.True(ex.Message.Contains("更新版本的程序"), ex.Message);
    }

    [Fact]
    public void TwoConnectionsToOneFile_SeeEachOthersWrites()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "shared.db");
        using var a = ReserveDatabase.Open(path);
        using var b = ReserveDatabase.Open(path);
        new PeopleRepository(a).Insert([new ReserveSdk.Person { Name = "甲" }]);
        Assert.Equal(1, new PeopleRepository(b).Count());
    }

    [Fact]
    public void Transaction_Failure_WritesNothing()
    {
        using var db = ReserveDatabase.InMemory();
        var people = new PeopleRepository(db);
        Assert.Throws<InvalidOperationException>(() => db.Transaction<int>(() =>
        {
            people.Insert([new ReserveSdk.Person { Name = "甲" }]);
            throw new InvalidOperationException("boom");
        }));
        Assert.Equal(0, people.Count());
    }

    [Fact]
    public void Open_FileWithAnotherCollation_IsExplainedInChinese()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "other.db");
        using (var raw = new LiteDatabase($"Filename={path};Connection=shared;Collation=en-US/None")) raw.UserVersion = 1;
        var ex = Assert.Throws<ReserveException>(() => ReserveDatabase.Open(path));
        Assert.Contains("排序规则", ex.Message);
    }
}
