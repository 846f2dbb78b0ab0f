using ReserveSdk;

namespace ReserveSdk.Tests.Rules;

public sealed class ConditionTests
{
    private static readonly EvaluationContext Ctx = new(new DateOnly(2026, 6, 30));

    [Theory]
    [InlineData("1986-06-30", ConditionStatus.Met, "年龄 40 岁，不超过 40 岁")]
    [InlineData("1986-07-01", ConditionStatus.Met, "年龄 39 岁，不超过 40 岁")]
    [InlineData("1985-06-30", ConditionStatus.Unmet, "年龄 41 岁，超过 40 岁上限")]
    public void AgeAtMost_IncludesTheLimitItself(string birth, ConditionStatus status, string explanation)
    {
        var r = Conditions.AgeAtMost(40).Evaluate(new Person { Name = "甲", BirthDate = DateOnly.Parse(birth) }, Ctx);
        Assert.Equal((status, explanation), (r.Status, r.Explanation));
    }

    [Fact]
    public void AnyOf_UnknownAlternativeNeverCountsAsMet()
    {
        var c = Condition.AnyOf(Conditions.RankIs(RankLevel.Section), Conditions.IsTeacher());
        var r = c.Evaluate(new Person { Name = "甲", Rank = RankLevel.DeputySection }, Ctx);
        Assert.Equal(ConditionStatus.Unknown, r.Status);
        Assert.Equal(ConditionStatus.Unmet, c.Evaluate(new Person { Name = "甲", Rank = RankLevel.DeputySection, Teacher = false }, Ctx).Status);
        Assert.Equal(ConditionStatus.Met, c.Evaluate(new Person { Name = "甲", Teacher = true }, Ctx).Status);
    }

    [Fact]
    public void AnyOf_AnAlternativeThatThrows_MakesTheRuleAFault_EvenWhenAnotherHolds()
    {
        // Every alternative is evaluated: a plugin's error is never hidden behind an alternative that happens to hold.
        var throws = Condition.Create("坏条件", [], (_, _) => throw new InvalidOperationException("boom"));
        var rule = ReserveSdk.Rules.Hard("r", "规则", "第一条", Condition.AnyOf(Conditions.RankIs(RankLevel.Section), throws));
        var result = Eligibility.Evaluate(rule, new Person { Name = "甲", Rank = RankLevel.Section }, Ctx);
        Assert.Equal(RuleOutcome.Fault, result.Outcome);
        Assert.Contains("boom", result.Explanation);
    }

    [Fact]
    public void AllOf_UnmetBeatsUnknown()
    {
        var c = Condition.AllOf(Conditions.IsTeacher(), Conditions.TitleAtLeast(TitleLevel.Intermediate));
        var r = c.Evaluate(new Person { Name = "甲", Title = TitleLevel.Junior }, Ctx);
        Assert.Equal(ConditionStatus.Unmet, r.Status);
        Assert.Equal("职称初级，低于中级", r.Explanation);
    }

    [Fact]
    public void AnyOf_WithAnAttestedAlternative_IsPendingUntilAttested()
    {
        var c = Condition.AnyOf(Conditions.IsMidLevel(), Conditions.Attested("表现优秀、发展潜力大"));
        var p = new Person { Name = "甲", MidLevel = false };
        Assert.Equal(ConditionStatus.Pending, c.Evaluate(p, Ctx with { CurrentRuleId = "r" }).Status);
        Assert.Equal(ConditionStatus.Met, c.Evaluate(p, Ctx with { CurrentRuleId = "r", Attested = new HashSet<string> { "r" } }).Status);
    }

    [Fact]
    public void Implies_AppliesOnlyInItsCase()
    {
        var c = Condition.Implies(Conditions.AgeBelow(35), Conditions.FullTimeEducationAtLeast(EducationLevel.Bachelor), "35周岁以下须全日制本科");
        var young = new Person { Name = "甲", BirthDate = new DateOnly(1995, 1, 1), Education = EducationLevel.Bachelor, FullTime = false };
        Assert.Equal(ConditionStatus.Unmet, c.Evaluate(young, Ctx).Status);
        var older = young with { BirthDate = new DateOnly(1990, 1, 1) };
        var r = c.Evaluate(older, Ctx);
        Assert.Equal(ConditionStatus.Met, r.Status);
        Assert.Equal("年龄 36 岁，已满 35 岁，不适用此项要求", r.Explanation);
        Assert.Equal(ConditionStatus.Unknown, c.Evaluate(young with { BirthDate = null }, Ctx).Status);
    }

    [Fact]
    public void AgeAtMostByGender_UsesEachGendersLimit()
    {
        var c = Conditions.AgeAtMostByGender(45, 40);
        var man = new Person { Name = "甲", Gender = Gender.Male, BirthDate = new DateOnly(1981, 6, 30) };
        Assert.Equal("男，年龄 45 岁，不超过 45 岁", c.Evaluate(man, Ctx).Explanation);
        Assert.Equal("女，年龄 45 岁，超过 40 岁上限", c.Evaluate(man with { Gender = Gender.Female }, Ctx).Explanation);
        Assert.Equal(ConditionStatus.Unknown, c.Evaluate(man with { Gender = null }, Ctx).Status);
    }

    [Fact]
    public void YearsOfWorkAtLeast_CountsFullYears()
    {
        var c = Conditions.YearsOfWorkAtLeast(3);
        Assert.Equal("参加工作 3 年，达到 3 年", c.Evaluate(new Person { Name = "甲", WorkStart = new DateOnly(2023, 6, 30) }, Ctx).Explanation);
        Assert.Equal("参加工作 2 年，不足 3 年", c.Evaluate(new Person { Name = "甲", WorkStart = new DateOnly(2023, 7, 1) }, Ctx).Explanation);
    }

    [Fact]
    public void DatedParameter_UsesTheValueInForceOnTheReferenceDate()
    {
        var max = Parameter.Dated(new DatedValue<int>(DateOnly.MinValue, 40), new DatedValue<int>(new DateOnly(2027, 1, 1), 38));
        var p = new Person { Name = "甲", BirthDate = new DateOnly(1987, 1, 1) }; // 39 on 2026-06-30, 40 on 2027-06-30
        Assert.Equal(ConditionStatus.Met, Conditions.AgeAtMost(max).Evaluate(p, Ctx).Status);
        Assert.Equal(ConditionStatus.Unmet, Conditions.AgeAtMost(max).Evaluate(p, new EvaluationContext(new DateOnly(2027, 6, 30))).Status);
        Assert.Equal("年龄不超过 40（2027-01-01 起为 38） 周岁", Conditions.AgeAtMost(max).Description);
    }

    [Fact]
    public void NoMisconduct_UnknownWhenEitherRecordIsMissing()
    {
        var c = Conditions.NoMisconduct();
        Assert.Equal(ConditionStatus.Unknown, c.Evaluate(new Person { Name = "甲", Misconduct = "无" }, Ctx).Status);
        Assert.Equal(ConditionStatus.Met, c.Evaluate(new Person { Name = "甲", Misconduct = "无", Discipline = "无" }, Ctx).Status);
        Assert.Equal("有不良行为：赌博", c.Evaluate(new Person { Name = "甲", Misconduct = "赌博" }, Ctx).Explanation);
    }
}
