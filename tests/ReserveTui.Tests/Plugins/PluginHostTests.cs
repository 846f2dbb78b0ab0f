using ReserveTui.Plugins;

namespace ReserveTui.Tests.Plugins;

public sealed class PluginHostTests
{
    private static readonly string Bundled = Path.Combine(AppContext.BaseDirectory, "plugins");
    private static readonly string Bad = Path.Combine(AppContext.BaseDirectory, "testplugins");

    [Fact]
    public void Load_BundledFolder_LoadsTheRealCollegePlugin()
    {
        var catalog = PluginHost.Load([Bundled]);
        var college = catalog.Find("college");
        Assert.NotNull(college);
        Assert.Equal("学院后备干部选拔方案", college.Definition.Manifest.Name);
        Assert.Equal(1, college.SdkVersion.Major);
        Assert.Empty(catalog.Failures);
        // Type identity: the plugin's records are the host's ReserveSdk types, not a second copy.
        Assert.IsType<ReserveSdk.SchemeDefinition>(college.Definition);
        Assert.False(File.Exists(Path.Combine(college.Folder, "ReserveSdk.dll")));
    }

    [Fact]
    public void Load_BrokenMismatchedAndEmptyPlugins_AreListedWhileTheRestLoad()
    {
        var catalog = PluginHost.Load([Bundled, Bad]);
        Assert.NotNull(catalog.Find("college"));
        // The Defects fixture's schemes are refused by the scheme check (SchemeVerifyTests); these are the load failures.
        Assert.Equal(3, catalog.Failures.Count(f => !f.Path.Contains("Defects", StringComparison.Ordinal)));
        Assert.Contains(catalog.Failures, f => f.Path.Contains("Broken") && f.Reason == "BrokenScheme.Define() 出错：测试插件故意失败");
        Assert.Contains(catalog.Failures, f => f.Path.Contains("NoScheme") && f.Reason.StartsWith("插件中没有实现 ISchemePlugin", StringComparison.Ordinal));
        var other = Assert.Single(catalog.Failures, f => f.Path.Contains("OtherMajor"));
        Assert.Equal("插件基于 ReserveSdk 2.0.0 构建，本程序的 SDK 为 1.0.0，主版本不一致，已拒绝加载；请用 SDK 1.x 重新构建", other.Reason);
    }

    [Fact]
    public void Load_MissingFolder_IsSkippedQuietly()
    {
        var catalog = PluginHost.Load([Path.Combine(Bad, "does-not-exist")]);
        Assert.Empty(catalog.Schemes);
        Assert.Empty(catalog.Failures);
    }

    [Fact]
    public void Load_SameSchemeTwice_SecondIsReportedAsDuplicate()
    {
        var catalog = PluginHost.Load([Bundled, Bundled]);
        Assert.Single(catalog.Schemes, s => s.Id == "college");
        Assert.Contains(catalog.Failures, f => f.Reason.Contains("重复", StringComparison.Ordinal));
    }
}
