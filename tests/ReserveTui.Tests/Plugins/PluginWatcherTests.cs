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

    [Fact]
    public void ABuildThatNowFails_KeepsTheSchemeLoadedBefore()
    {
        var before = PluginHost.Load([Path.Combine(AppContext.BaseDirectory, "testplugins", "Faulty")]);
        var faulty = before.Find("faulty")!;
        var failed = new SchemeCatalog([], [new PluginFailure(faulty.AssemblyPath, "半途复制")]);
        var kept = PluginWatcher.Kept(before, failed);
        Assert.Same(faulty, kept.Find("faulty"));
        Assert.Single(kept.Failures);
    }

    [Fact]
    public void APolicyCaseWhoseRuleThrows_FailsThatCaseOnly_NamingThePlugin()
    {
        var scheme = PluginHost.Load([Path.Combine(AppContext.BaseDirectory, "testplugins", "Faulty")]).Get("faulty").Definition;
        File.WriteAllText(Path.Combine(_dir.Path, "pool.yaml"), """
            - name: 出错的数量规则
              on: 2026-06-30
              units: [{ 名称: 甲, 类型: 测试单位, 正职: 1, 副职: 2 }]
              reserves: []
              expect_pool: { broken.pool: met }
            - name: 正常的用例
              on: 2026-06-30
              track: 测试后备
              person: { 姓名: 甲 }
              expect: incomplete
            """);
        var results = ReserveTui.Services.PolicyCaseRunner.Run(scheme, _dir.Path);
        Assert.Equal(2, results.Count);
        Assert.Contains("方案插件出错：方案插件 faulty", results[0].Detail);
        Assert.False(results[0].Passed);
    }

    public void Dispose() => _dir.Dispose();
}
