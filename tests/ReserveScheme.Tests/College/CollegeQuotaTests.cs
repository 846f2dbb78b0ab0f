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
        Assert.Equal([6, 5], findings.Select(f => f.Target!.Value));
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
