using ReserveTui.Storage;

namespace ReserveTui.Tests.Storage;

/// <summary>Issue 15: a write blocked by another operator's import says that it is waiting, and for whom.</summary>
public sealed class WriterWaitTests
{
    [Fact]
    public void AWriteBlockedByAnImport_SaysWhoIsWriting_AndGoesOnAfterwards()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "r.db");
        using var importing = ReserveDatabase.Open(path);
        var told = new List<string>();
        using var waiting = ReserveDatabase.Open(path, waiting: m => { lock (told) told.Add(m); });
        using var started = new ManualResetEventSlim();
        // A thread of its own: LiteDB's lock belongs to the thread that took it, as it would to another process.
        var import = new Thread(() =>
        {
            using var announced = importing.Announce("张三", "导入名册");
            importing.Transaction(() =>
            {
                new PeopleRepository(importing).Insert([new ReserveSdk.Person { Name = "甲" }]);
                started.Set();
                Thread.Sleep(ReserveDatabase.WaitNotice + TimeSpan.FromSeconds(1));
                return 0;
            });
        });
        import.Start();
        started.Wait();
        waiting.Transaction(() => new PeopleRepository(waiting).Insert([new ReserveSdk.Person { Name = "乙" }]));
        import.Join();
        lock (told) Assert.Contains(told, m => m.StartsWith("数据库正被 张三 导入名册（", StringComparison.Ordinal) && m.Contains("正在等待", StringComparison.Ordinal));
        Assert.Equal(2, new PeopleRepository(waiting).Count());
        Assert.False(File.Exists(path + ".writer")); // the note goes with the import
    }
}
