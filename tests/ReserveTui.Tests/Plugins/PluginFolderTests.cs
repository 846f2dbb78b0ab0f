using System.Text.Json;
using ReserveTui.Hosting;

namespace ReserveTui.Tests.Plugins;

/// <summary><c>--plugins</c> as a plugin author uses it: a relative build output folder works, a wrong one says why, a failure is an exit code.</summary>
public sealed class PluginFolderTests : IDisposable
{
    private static readonly string TestPlugins = Path.Combine(AppContext.BaseDirectory, "testplugins");
    private readonly TempDir _dir = new();

    private (int Exit, string Out, string Err) Reserve(params string[] args) => CliRunner.RunAsAccount(_dir.Path, args);

    [Fact]
    public void ARelativeBuildOutputFolder_LoadsItsPlugin_AndSchemesSaysWhichFoldersItRead()
    {
        // The Faulty fixture's folder holds its .dll directly, as bin/Debug/net10.0 does.
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(TestPlugins, "Faulty"));
        Assert.False(Path.IsPathRooted(relative));
        var (exit, output, _) = Reserve("schemes", "--plugins", relative);
        Assert.Equal(0, exit);
        Assert.Contains("faulty\t出错的测试方案", output);
        Assert.Contains($"已读取插件目录 {Path.Combine(TestPlugins, "Faulty")}：1 个方案", output);
        var json = JsonDocument.Parse(Reserve("schemes", "--plugins", relative, "--json").Out).RootElement;
        Assert.Contains(json.GetProperty("folders").EnumerateArray(), f => f.GetProperty("schemes").GetInt32() == 1 && f.GetProperty("path").GetString()!.EndsWith("Faulty", StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingOrEmptyFolder_IsAFailureWithTheReason_NotSilence()
    {
        var missing = Reserve("schemes", "--plugins", Path.Combine(_dir.Path, "nowhere"));
        Assert.Equal((int)ErrorCode.BadInput, missing.Exit);
        Assert.Contains("插件目录不存在", missing.Out);
        Directory.CreateDirectory(Path.Combine(_dir.Path, "empty"));
        var empty = Reserve("schemes", "--plugins", Path.Combine(_dir.Path, "empty"));
        Assert.Equal((int)ErrorCode.BadInput, empty.Exit);
        Assert.Contains("没有方案插件", empty.Out);
        Assert.Equal((int)ErrorCode.Usage, Reserve("schemes", "--plugins", "").Exit);
    }

    [Fact]
    public void AFailedPlugin_MakesSchemesAndSchemeTestExitNonZero_AndIsNamedWhereASchemeIsNotFound()
    {
        Assert.Equal((int)ErrorCode.BadInput, Reserve("schemes", "--plugins", TestPlugins).Exit);
        var test = Reserve("scheme", "test", "--plugins", TestPlugins);
        Assert.NotEqual(0, test.Exit);
        Assert.Contains("加载失败", test.Out);
        Assert.Contains("其用例未运行", test.Out);
        var show = Reserve("scheme", "show", "hospital", "--plugins", TestPlugins);
        Assert.Equal((int)ErrorCode.NotFound, show.Exit);
        Assert.Contains("插件加载失败", show.Err);
        Assert.Contains("测试插件故意失败", show.Err);
    }

    [Fact]
    public void AHelperLibraryBesideThePlugin_IsNotAFailure_ButAlonItIs()
    {
        // The NoScheme fixture references ReserveSdk but defines no scheme: beside a plugin it is that plugin's helper.
        var folder = Path.Combine(_dir.Path, "Faulty");
        Directory.CreateDirectory(folder);
        foreach (var f in Directory.GetFiles(Path.Combine(TestPlugins, "Faulty")).Concat(Directory.GetFiles(Path.Combine(TestPlugins, "NoScheme"), "*.dll")))
            File.Copy(f, Path.Combine(folder, Path.GetFileName(f)), overwrite: true);
        var catalog = ReserveTui.Plugins.PluginHost.Load([folder], [folder]);
        Assert.NotNull(catalog.Find("faulty"));
        Assert.Empty(catalog.Failures);
        Assert.Single(ReserveTui.Plugins.PluginHost.Load([Path.Combine(TestPlugins, "NoScheme")]).Failures);
    }

    public void Dispose() => _dir.Dispose();
}
