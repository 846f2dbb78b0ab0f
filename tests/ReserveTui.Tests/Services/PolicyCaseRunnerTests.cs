using ReserveTui.Plugins;
using ReserveTui.Services;

namespace ReserveTui.Tests.Services;

public sealed class PolicyCaseRunnerTests
{
    private static readonly SchemeCatalog Catalog = PluginHost.Load([Path.Combine(AppContext.BaseDirectory, "plugins")]);

    [Theory]
    [InlineData("college")]
    [InlineData("street")]
    [InlineData("school")]
    [InlineData("enterprise")]
    [InlineData("village")]
    [InlineData("county")]
    public void EveryShippedCase_Passes_AndThereAreAtLeastFifteen(string id)
    {
        var results = PolicyCaseRunner.Run(Catalog.Get(id));
        Assert.True(results.Count >= 15, $"{id}: {results.Count} cases");
        Assert.All(results, r => Assert.True(r.Passed, $"{r.File}:{r.Line} {r.Name}: {r.Detail}"));
    }

    [Fact]
    public void AWrongExpectation_IsReportedWithTheActualVerdictAndRules()
    {
        using var dir = new TempDir();
        dir.File("wrong.yaml", """
            - name: 41 岁却预期符合
              on: 2026-06-30
              track: 副处级后备
              attested: [politics, health]
              person: { 姓名: 甲, 出生日期: 1985-06-30, 学历: 大学本科, 现职级: 正科 }
              expect: eligible
            """);
        var result = Assert.Single(PolicyCaseRunner.Run(Catalog.Get("college").Definition, dir.Path));
        Assert.False(result.Passed);
        Assert.Equal("预期 eligible，实际 ineligible。age.max.deputy: 年龄 41 岁，超过 40 岁上限", result.Detail);
        Assert.Equal(1, result.Line);
    }

    [Fact]
    public void ABadFile_IsReportedWithFileAndLine_InChinese()
    {
        using var dir = new TempDir();
        dir.File("bad.yaml", """
            - name: 缺 on
              track: 副处级后备
              person: { 姓名: 甲 }
              expect: eligible
            - name: 未知字段
              on: 2026-06-30
              track: 正厅级后备
              person: { 姓名: 乙, 学历: 小学毕业 }
              expect: eligible
            """);
        var results = PolicyCaseRunner.Run(Catalog.Get("college").Definition, dir.Path);
        Assert.Equal(2, results.Count);
        Assert.Contains(results, r => r.Detail == "bad.yaml:1: 缺 on：on（基准日）应为 YYYY-MM-DD");
        Assert.Contains(results, r => r.Line == 5 && r.Detail == "方案中没有“正厅级后备”这一类别");
    }

    [Fact]
    public void SchemeTestVerb_ExitsNonZeroOnAFailure()
    {
        using var dir = new TempDir();
        var (exit, stdout, _) = CliRunner.Run(dir.Path, "scheme", "test", "village");
        Assert.Equal(0, exit);
        Assert.Contains("16 通过，0 失败", stdout);
    }
}
