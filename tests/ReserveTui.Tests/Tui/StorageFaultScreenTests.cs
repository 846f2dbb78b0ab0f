using ReserveTui.Plugins;
using ReserveTui.Services;
using ReserveTui.Storage;
using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tests.Storage;
using ReserveTui.Tui;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>Issue 12 item 2: a damaged database found mid-use is a message over the screen, never a closed program.</summary>
public sealed class StorageFaultScreenTests
{
    private static readonly SchemeCatalog Catalog = PluginHost.Load([Path.Combine(AppContext.BaseDirectory, "plugins")]);

    [Fact]
    public void F3_OnADamagedDatabase_ShowsWhatToDo_AndTheProgramGoesOn()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "d.db");
        Assert.Equal(0, CliRunner.Run(dir.Path, "demo", "--people", "30", "--db", path).Exit);
        using var db = ReserveDatabase.Open(path);
        using var tui = new TuiHarness(new TuiServices(Catalog, new PeopleService(db, TimeProvider.System), new UiText("zh"))
        {
            DatabaseLocation = db.Location,
            Log = new Hosting.ErrorLog(Path.Combine(dir.Path, "reserve.log")),
            AfterStorageFault = db.ReleaseAfterFault,
        });
        // Damaged while the program runs (a disk fault, another program): found on the next read.
        DatabaseSafetyTests.Damage(path, DatabaseSafetyTests.PeoplePage(path));

        tui.Press(Key.F3);
        var screen = tui.Screen;
        Assert.True(tui.Window.HelpShown, screen);
        Assert.Contains("可能已损坏", screen);
        Assert.IsType<SchemesScreen>(tui.Window.Current);

        // The failed read kept LiteDB's cross-process lock; it is given back, so another operator is not left
        // waiting for ever (a named mutex: another thread stands for another process).
        Assert.True(AnotherOperatorOpens(path), "another operator still waits for the lock after the fault");

        tui.Press(Key.Esc);
        Assert.False(tui.Window.HelpShown);
        Assert.Contains("学院后备干部选拔方案", tui.Screen);
        tui.Press(Key.F5);
        Assert.IsType<UnitsScreen>(tui.Window.Current);
    }

    [Fact]
    public void F8_OnADamagedDatabase_ShowsWhatToDo_AndTheWorkersLockIsGivenBack()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "d.db");
        using var db = ReserveDatabase.Open(path);
        using var f = new CampaignFixture(db);
        f.Unit("示例街道", "街道", 1, 3);
        f.People(Enumerable.Range(0, 40).Select(i => CampaignFixture.Eligible($"人{i}") with { Unit = "示例街道" }).ToArray());
        f.Service.ApproveAndPublish(f.Service.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30)).Id);
        using var tui = new TuiHarness(f.Screens() with
        {
            DatabaseLocation = db.Location,
            Log = new Hosting.ErrorLog(Path.Combine(dir.Path, "reserve.log")),
            AfterStorageFault = db.ReleaseAfterFault,
        });
        tui.Press(Key.F4);
        DatabaseSafetyTests.Damage(path, DatabaseSafetyTests.PeoplePage(path));

        // The people are read on a worker: its failed read is given back there, and the fault shown here.
        tui.Press(Key.F8);
        var screen = tui.Screen;
        Assert.True(tui.Window.HelpShown, screen);
        Assert.Contains("可能已损坏", screen);
        Assert.False(Assert.IsType<CampaignsScreen>(tui.Window.Current).Picker.IsOpen);
        Assert.True(AnotherOperatorOpens(path), "another operator still waits for the lock after the worker's fault");
        tui.Press(Key.Esc);
        Assert.False(tui.Window.HelpShown);
    }

    // Another operator opening the file and reading from it, within ten seconds: a thread of its own stands for
    // another process (the lock is a named mutex, owned by a thread).
    private static bool AnotherOperatorOpens(string path)
    {
        var other = new Thread(() =>
        {
            using var second = ReserveDatabase.Open(path);
            _ = second.Db.UserVersion;
        }) { IsBackground = true };
        other.Start();
        return other.Join(TimeSpan.FromSeconds(10));
    }
}
