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
    public void SchemeTestVerb_ExitsZeroWhenAllPass_AndNonZeroOnAFailure()
    {
        using var dir = new TempDir();
        var (exit, stdout, _) = CliRunner.Run(dir.Path, "scheme", "test", "village");
        Assert.Equal(0, exit);
        Assert.Contains("16 通过，0 失败", stdout);

        // The department's own case file, outside the plugin folder, expecting the wrong verdict: the verb fails, naming it.
        dir.File("village.yaml", """
            - name: 初中却预期符合
              on: 2026-06-30
              track: 村级后备
              person: { 姓名: 甲, 出生日期: 1996-06-30, 学历: 初中 }
              expect: eligible
            """);
        var failing = CliRunner.Run(dir.Path, "scheme", "test", "village", "--cases", dir.Path);
        Assert.Equal(1, failing.Exit);
        Assert.Contains("共 1 个用例：0 通过，1 失败", failing.Out);
        Assert.Contains("初中却预期符合", failing.Out + failing.Err);
    }

    [Fact]
    public void PoolAndChannelCases_AreJudged_AndAWrongOneSaysWhatHappened()
    {
        using var dir = new TempDir();
        dir.File("pool.yaml", """
            - name: 30 岁整算 30 岁以下，却预期不足
              on: 2026-06-30
              reserves:
                - { 类别: 中层后备, 出生日期: 1996-06-30 }
              expect_pool: { structure.under30: met }
            - name: 规则 id 写错
              on: 2026-06-30
              reserves:
                - { 类别: 中层后备, 出生日期: 1996-06-30 }
              expect_pool: { structure.under29: met }
            - name: 类别写错
              on: 2026-06-30
              reserves:
                - { 类别: 正厅级后备, 出生日期: 1996-06-30 }
              expect_pool: { structure.under30: short }
            - name: expect_pool 不是键值对
              on: 2026-06-30
              reserves:
                - { 类别: 中层后备 }
              expect_pool: [met]
            """);
        var results = PolicyCaseRunner.Run(Catalog.Get("street").Definition, dir.Path);
        Assert.Equal(4, results.Count);
        Assert.Equal("structure.under30 预期 met，实际 short（目标30岁以下（含）后备干部 5 名，现有 1 名，缺 4 名）", results.Single(r => r.Line == 1).Detail);
        Assert.Equal("方案中没有数量结构规则 structure.under29", results.Single(r => r.Line == 6).Detail);
        Assert.Equal("后备干部的类别“正厅级后备”不是本方案的类别", results.Single(r => r.Line == 11).Detail);
        Assert.Contains(results, r => r.Detail == "pool.yaml:16: expect_pool 不是键值对：expect_pool 应是“规则 id: met / short / warning”的键值对");
        Assert.All(results, r => Assert.False(r.Passed));

        dir.File("pool.yaml", """
            - name: 选调生预期可列为正科级
              on: 2026-06-30
              track: 正科级后备
              channel: graduate
              person: { 姓名: 甲, 出生日期: 2002-09-01 }
              expect: enters-directly
            """);
        var graduate = Assert.Single(PolicyCaseRunner.Run(Catalog.Get("county").Definition, dir.Path));
        Assert.False(graduate.Passed);
        Assert.Equal("预期 enters-directly，实际 refused：“选调生（直接列为副科级后备）”只能列为副科级后备，不能列为正科级后备〔第五篇 推荐+考选〕", graduate.Detail);
    }
}
