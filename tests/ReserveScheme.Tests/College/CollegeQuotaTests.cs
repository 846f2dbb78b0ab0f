using ReserveScheme.College;
using ReserveSdk;

namespace ReserveScheme.Tests.College;

public sealed class CollegeQuotaTests
{
    private static readonly SchemeDefinition Scheme = new CollegeScheme().Define();

    [Fact]
    public void Quantity_PrincipalTwicePosts_DeputyOncePosts()
    {
        var ctx = new PoolContext(new DateOnly(2026, 6, 30), [new UnitFacts("示例学院", "学院", 3, 5)], []);
        var findings = Scheme.PoolRules.Where(r => r.Kind == PoolRuleKind.Quantity).Select(r => r.Check(ctx)).ToList();
        Assert.Equal([6, 5, 0], findings.Select(f => f.Target!.Value));
    }

    [Fact]
    public void Quantity_EachTrackCountsAgainstThePostsItFeeds_ASectionReserveNeverFillsTheDivisionTarget()
    {
        // 三(一) 正职1:2、副职1:1 per level: two 党总支 (1 正处, 2 副处 each) and three 科室 (1 正科 each).
        Person P(string n) => new() { Name = n };
        var units = new List<UnitFacts> { new("机电系党总支", "党总支", 1, 2), new("经管系党总支", "党总支", 1, 2), new("教务科", "科室", 1, 0), new("学工科", "科室", 1, 0), new("财务科", "科室", 1, 0) };
        var members = Enumerable.Range(0, 6).Select(i => new PoolMember(P($"科{i}"), "principal-section", PostLevel.Principal))
            .Append(new PoolMember(P("处1"), "principal-division", PostLevel.Principal)).ToList();
        var findings = Scheme.PoolRules.Where(r => r.Kind == PoolRuleKind.Quantity).Select(r => r.Check(new PoolContext(new DateOnly(2026, 6, 30), units, members))).ToDictionary(f => f.RuleId);
        Assert.Equal((4, 1, PoolStatus.Short), (findings["quantity.principal-division"].Target!.Value, findings["quantity.principal-division"].Actual!.Value, findings["quantity.principal-division"].Status));
        Assert.Equal((4, 0), (findings["quantity.deputy-division"].Target!.Value, findings["quantity.deputy-division"].Actual!.Value));
        Assert.Equal((6, 6, PoolStatus.Met), (findings["quantity.principal-section"].Target!.Value, findings["quantity.principal-section"].Actual!.Value, findings["quantity.principal-section"].Status));
        Assert.Contains("正处级职数 2，按 1:2 目标正处级后备 4 名，现有 1 名，缺 3 名", findings["quantity.principal-division"].Explanation);
    }

    [Fact]
    public void Structure_WarnsWhenDiversityIsClearlyBelowFifteenPercent()
    {
        var men = Enumerable.Range(0, 9).Select(_ => new PoolMember(new Person { Name = "甲", Gender = Gender.Male, Ethnicity = "汉族", Party = PartyAffiliation.CpcMember }, "deputy-division", PostLevel.Deputy));
        var woman = new PoolMember(new Person { Name = "乙", Gender = Gender.Female }, "deputy-division", PostLevel.Deputy);
        var rule = Scheme.PoolRules.Single(r => r.Id == "structure.diversity");
        Assert.Equal(PoolStatus.Warning, rule.Check(new PoolContext(new DateOnly(2026, 6, 30), [], men.Append(woman).ToList())).Status);
        var more = men.Take(7).Append(woman).Append(woman).ToList(); // 2 of 9 = 22%
        Assert.Equal(PoolStatus.Met, rule.Check(new PoolContext(new DateOnly(2026, 6, 30), [], more)).Status);
    }
}
