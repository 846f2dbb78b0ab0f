using ReserveSdk;

namespace ReserveSdk.Tests.Pools;

public sealed class PoolRulesTests
{
    private static readonly DateOnly On = new(2026, 6, 30);

    private static PoolMember Member(PostLevel level, Gender g = Gender.Male) => new(new Person { Name = "甲", Gender = g }, "t", level);

    [Fact]
    public void PerPosts_PrincipalOneToTwo_ReportsTheGap()
    {
        var rule = PoolRules.PerPosts("q", "正职1:2", "c", PostLevel.Principal, 2m);
        var ctx = new PoolContext(On, [new UnitFacts("甲院", "党总支", 2, 3), new UnitFacts("乙院", "党总支", 1, 2)], [Member(PostLevel.Principal), Member(PostLevel.Deputy)]);
        var f = rule.Check(ctx);
        Assert.Equal((PoolStatus.Short, 6, 1, 5), (f.Status, f.Target!.Value, f.Actual!.Value, f.Gap));
        Assert.Equal("正职职数 3，按 1:2 目标正职后备 6 名，现有 1 名，缺 5 名", f.Explanation);
    }

    [Fact]
    public void PerUnits_HalfOfCountedUnits_RoundsUp()
    {
        var rule = PoolRules.PerUnits("q", "二分之一", "c", 0.5m, "机关部门", "社区", "管理处");
        var units = new[] { new UnitFacts("a", "机关部门", 1, 1), new UnitFacts("b", "社区", 1, 1), new UnitFacts("c", "管理处", 1, 1), new UnitFacts("d", "小学", 1, 1) };
        Assert.Equal(2, rule.Check(new PoolContext(On, units, [])).Target);
    }

    [Fact]
    public void ShareAtLeast_WarnsBelowTheShare()
    {
        var rule = PoolRules.ShareAtLeast("s", "女干部", "c", 0.12m, "女干部", p => p.Gender == Gender.Female);
        var members = Enumerable.Range(0, 10).Select(i => Member(PostLevel.Deputy, i == 0 ? Gender.Female : Gender.Male)).ToList();
        var f = rule.Check(new PoolContext(On, [], members));
        Assert.Equal(PoolStatus.Warning, f.Status);
        Assert.Equal("女干部 1 名，占 10%，要求不低于 12%，至少还需 1 名", f.Explanation);
    }
}
