using ReserveTui.Plugins;

namespace ReserveTui.Tests.Plugins;

/// <summary>A plugin build dropped into a watched folder while the program runs is loaded, and the session's catalog sees it.</summary>
public sealed class PluginWatcherTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void ANewBuildDroppedIntoTheFolder_IsLoaded_IntoTheSameCatalog()
    {
        var folder = Path.Combine(_dir.Path, "plugins");
        Directory.CreateDirectory(folder);
        var catalog = PluginHost.Load([folder]);
        Assert.Null(catalog.Find("faulty"));
        using var told = new ManualResetEventSlim();
        using var watcher = new PluginWatcher([folder], catalog, () => PluginHost.Load([folder]), _ => told.Set());

        var target = Path.Combine(folder, "Faulty");
        Directory.CreateDirectory(target);
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "testplugins", "Faulty")))
            File.Copy(f, Path.Combine(target, Path.GetFileName(f)));

        Assert.True(told.Wait(TimeSpan.FromSeconds(20)), "no reload after a build was dropped in");
        Assert.NotNull(catalog.Find("faulty"));
    }

    public void Dispose() => _dir.Dispose();
}
