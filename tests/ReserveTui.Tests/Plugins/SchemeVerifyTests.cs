using System.Text.Json;
using ReserveTui.Hosting;
using ReserveTui.Plugins;

namespace ReserveTui.Tests.Plugins;

/// <summary>
/// <c>reserve scheme verify</c> and the same check at load: one fixture scheme per defect
/// (tests/TestPlugins/DefectsPlugin), each caught with its code; the host's own checks on the plugin's folder.
/// </summary>
public sealed class SchemeVerifyTests : IDisposable
{
    private static readonly string TestPlugins = Path.Combine(AppContext.BaseDirectory, "testplugins");
    private static readonly string Defects = Path.Combine(TestPlugins, "Defects");
    private readonly TempDir _dir = new();

    private (int Exit, string Out, string Err) Reserve(params string[] args) => CliRunner.RunAsAccount(_dir.Path, args);

    private Dictionary<string, List<(string Code, string Severity, string Message)>> Verify(string path, out int exit)
    {
        var (code, output, err) = Reserve("scheme", "verify", path, "--json");
        exit = code;
        Assert.True(output.Length > 0, err);
        return JsonDocument.Parse(output).RootElement.GetProperty("plugins").EnumerateArray()
            .ToDictionary(p => p.GetProperty("scheme").GetString() ?? p.GetProperty("path").GetString()!,
                p => p.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("code").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("message").GetString()!)).ToList());
    }

    [Theory]
    [InlineData("rv001", "RV001", "资格规则 id education.min 重复")]
    [InlineData("rv002", "RV002", "资格规则 age.max 没有引用条款")]
    [InlineData("rv004", "RV004", "资格规则 age.max 限于不存在的类别 stafff")]
    [InlineData("rv005", "RV005", "批次流程的环节 appeal（申诉）从起始环节 draft 无法到达")]
    [InlineData("rv005", "RV007", "批次流程的操作 escalate（上报）的终点环节“review”未声明")]
    [InlineData("rv006", "RV006", "批次流程的环节 stuck（搁置）不是终点，却没有出口")]
    [InlineData("rv008", "RV008", "批次流程的操作 review（审查）有一个条件没有说明")]
    [InlineData("rv009", "RV009", "批次流程的操作 review（审查）的条件“须已审查”读取了宿主不为批次流程提供的事实")]
    [InlineData("rv009n", "RV009", "批次流程的操作 review（审查）的条件“人选须符合条件”读取了宿主不为批次流程提供的事实")]
    [InlineData("rv010", "RV010", "批次流程的操作 close（结束公示）离开公示环节“notice”却没有公示期")]
    [InlineData("rv011", "RV011", "计分项 inspection（组织考察）满分 35，其分项合计 30，不相符")]
    [InlineData("rv012", "RV012", "批次流程没有“publish”操作")]
    [InlineData("rv016", "RV016", "资格规则 posts 对信息为空的人员运行时抛出 NullReferenceException")]
    public void EachDefect_IsCaughtWithItsCode(string scheme, string code, string message)
    {
        var found = Verify(Defects, out var exit);
        Assert.Equal((int)ErrorCode.BadInput, exit);
        Assert.Contains(found[scheme], f => f.Code == code && f.Severity == "error" && f.Message.Contains(message, StringComparison.Ordinal));
        // The other fixtures' mistakes are not reported against this one, and the sound scheme has no error at all.
        Assert.DoesNotContain(found["sound"], f => f.Severity == "error");
        // A guard reading a step's mark and a parameter dated in a later year are no defects.
        Assert.DoesNotContain(found["fine"], f => f.Severity == "error");
    }

    [Fact]
    public void ATrackWithoutRules_AndNoCases_AreWarnings()
    {
        var found = Verify(Defects, out _);
        Assert.Contains(found["rv003"], f => f is { Code: "RV003", Severity: "warning" } && f.Message.Contains("后备类别 other（另一类别）没有任何资格规则", StringComparison.Ordinal));
        Assert.Contains(found["sound"], f => f is { Code: "RV013", Severity: "warning" });
        Assert.DoesNotContain(found["rv003"], f => f.Severity == "error");
    }

    [Fact]
    public void AtLoad_TheSameErrorsRefuseTheScheme_NamingTheCodes_AndWarningsAreShown()
    {
        var catalog = PluginHost.Load([Defects]);
        Assert.NotNull(catalog.Find("sound"));
        Assert.NotNull(catalog.Find("rv003"));
        Assert.Null(catalog.Find("rv009"));
        Assert.Contains(catalog.Failures, f => f.Reason.StartsWith("方案 rv009 未通过方案自检，已拒绝加载：RV009", StringComparison.Ordinal) && f.Reason.Contains("campaign.reviewed", StringComparison.Ordinal));
        Assert.Equal(12, catalog.Failures.Count);
        var schemes = Reserve("schemes", "--plugins", Defects);
        Assert.Equal((int)ErrorCode.BadInput, schemes.Exit);
        Assert.Contains("提醒 RV003", schemes.Out);
    }

    [Fact]
    public void TheHostsOwnChecks_SdkMajor_ACopyOfTheSdk_AndAPluginThatDoesNotLoad()
    {
        Assert.Contains(Verify(Path.Combine(TestPlugins, "OtherMajor"), out _).Values.Single(), f => f.Code == "RV014");
        Assert.Contains(Verify(Path.Combine(TestPlugins, "Broken"), out _).Values.Single(), f => f.Code == "RV019" && f.Message.Contains("测试插件故意失败", StringComparison.Ordinal));

        // A plugin folder that ships its own ReserveSdk.dll: an error for the verifier, a warning at load (the host's copy is used).
        var copy = Path.Combine(_dir.Path, "Faulty");
        Directory.CreateDirectory(copy);
        foreach (var f in Directory.GetFiles(Path.Combine(TestPlugins, "Faulty"))) File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
        File.Copy(typeof(ReserveSdk.ISchemePlugin).Assembly.Location, Path.Combine(copy, "ReserveSdk.dll"));
        Assert.Contains(Verify(copy, out var exit)["faulty"], f => f is { Code: "RV015", Severity: "error" });
        Assert.Equal((int)ErrorCode.BadInput, exit);
        Assert.Contains(PluginHost.Load([copy]).Find("faulty")!.Warnings, w => w.Code == "RV015");
    }

    [Fact]
    public void TheBundledPlugins_PassTheCheck()
    {
        var (exit, output, _) = Reserve("scheme", "verify", Path.Combine(AppContext.BaseDirectory, "plugins"));
        Assert.True(exit == 0, output);
        Assert.Contains("检查通过", output);
        Assert.DoesNotContain("[错误]", output);
    }

    public void Dispose() => _dir.Dispose();
}
