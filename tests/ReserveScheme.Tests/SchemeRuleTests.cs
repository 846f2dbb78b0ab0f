using ReserveSdk;

namespace ReserveScheme.Tests;

/// <summary>The cases SCHEMES.md singles out, one per scheme and clause, with the Chinese explanation checked.</summary>
public sealed class SchemeRuleTests
{
    private static readonly DateOnly On = new(2026, 6, 30);

    private static RuleResult Rule(string scheme, string track, Person p, string rule, string? unitKind = null) =>
        Eligibility.Evaluate(AllSchemes.Get(scheme), track, p, new EvaluationContext(On) { UnitKind = unitKind }).Rules.Single(r => r.RuleId == rule);

    [Fact]
    public void School_35AndUnderMustBeFullTime_From36On_NotRequired()
    {
        // "35周岁以下" includes 35 (以下包括本数): 34 and exactly 35 on the reference date need 全日制; 36 does not.
        var p = new Person { Name = "甲", BirthDate = new DateOnly(1992, 1, 1), Education = EducationLevel.Bachelor, FullTime = false };
        var young = Rule("school", "middle", p, "education.full-time");
        Assert.Equal((RuleOutcome.Fail, "年龄 34 岁，在 35 周岁以下（含），大学本科非全日制，要求全日制大学本科及以上"), (young.Outcome, young.Explanation));
        var exactly35 = Rule("school", "middle", p with { BirthDate = new DateOnly(1991, 6, 30) }, "education.full-time");
        Assert.Equal((RuleOutcome.Fail, "年龄 35 岁，在 35 周岁以下（含），大学本科非全日制，要求全日制大学本科及以上"), (exactly35.Outcome, exactly35.Explanation));
        var day36 = Rule("school", "middle", p with { BirthDate = new DateOnly(1990, 6, 30) }, "education.full-time");
        Assert.Equal((RuleOutcome.Pass, "年龄 36 岁，已超过 35 周岁，不适用此项要求"), (day36.Outcome, day36.Explanation));
        Assert.Equal(RuleOutcome.Fail, Rule("school", "middle", p with { BirthDate = new DateOnly(1990, 7, 1) }, "education.full-time").Outcome); // 35 until 1 July
    }

    [Fact]
    public void School_TitleIsRelaxableOnlyForAPrimarySchool()
    {
        var p = new Person { Name = "甲", Title = TitleLevel.Junior };
        Assert.Equal(RuleKind.Hard, Rule("school", "middle", p, "title.min", "中学").Kind);
        var primary = Rule("school", "middle", p, "title.min", "小学");
        Assert.Equal((RuleKind.Relaxable, "职称初级，低于中级（小学可适当放宽）"), (primary.Kind, primary.Explanation));
    }

    [Fact]
    public void School_AgePair_35Relaxable_45Hard()
    {
        var p = new Person { Name = "甲", BirthDate = new DateOnly(1981, 6, 30) }; // 45
        Assert.Equal(RuleOutcome.Fail, Rule("school", "middle", p, "age.max").Outcome);
        Assert.Equal(RuleOutcome.Pass, Rule("school", "middle", p, "age.max.exceptional").Outcome);
        Assert.Equal("年龄 46 岁，超过 45 岁上限", Rule("school", "middle", p with { BirthDate = new DateOnly(1980, 6, 30) }, "age.max.exceptional").Explanation);
    }

    [Fact]
    public void Enterprise_AgeLimitDependsOnGender()
    {
        var woman = new Person { Name = "乙", Gender = Gender.Female, BirthDate = new DateOnly(1985, 6, 30) };
        Assert.Equal("女，年龄 41 岁，超过 40 岁上限", Rule("enterprise", "assistant", woman, "age.max").Explanation);
        Assert.Equal("男，年龄 41 岁，不超过 45 岁", Rule("enterprise", "assistant", woman with { Gender = Gender.Male }, "age.max").Explanation);
    }

    [Fact]
    public void Enterprise_SecondaryVocationalPassesTheFloor_ButNeedsRelaxation()
    {
        var p = new Person { Name = "甲", Education = EducationLevel.SecondaryVocational };
        Assert.Equal(RuleOutcome.Pass, Rule("enterprise", "assistant", p, "education.floor").Outcome);
        Assert.Equal((RuleKind.Relaxable, RuleOutcome.Fail), (Rule("enterprise", "assistant", p, "education.min").Kind, Rule("enterprise", "assistant", p, "education.min").Outcome));
        Assert.Equal(RuleOutcome.Fail, Rule("enterprise", "assistant", p with { Education = EducationLevel.JuniorHigh }, "education.floor").Outcome);
    }

    [Theory]
    [InlineData(EducationLevel.Master, "2025-06-30", RuleOutcome.Pass)]
    [InlineData(EducationLevel.Master, "2025-07-01", RuleOutcome.Fail)]
    [InlineData(EducationLevel.Bachelor, "2023-06-30", RuleOutcome.Pass)]
    [InlineData(EducationLevel.Bachelor, "2023-07-01", RuleOutcome.Fail)]
    [InlineData(EducationLevel.JuniorCollege, "2021-06-30", RuleOutcome.Pass)]
    [InlineData(EducationLevel.JuniorCollege, "2021-07-01", RuleOutcome.Fail)]
    public void Enterprise_ThreeEducationPlusYearsPaths(EducationLevel education, string workStart, RuleOutcome outcome) =>
        Assert.Equal(outcome, Rule("enterprise", "assistant", new Person { Name = "甲", Education = education, WorkStart = DateOnly.Parse(workStart) }, "experience").Outcome);

    [Fact]
    public void Village_HighSchoolFloor_MisconductBar_ReturneePreference()
    {
        var p = new Person { Name = "甲", Education = EducationLevel.JuniorHigh, Misconduct = "赌博", Discipline = "无", ReturneeGraduate = true };
        Assert.Equal("学历初中，低于高中", Rule("village", "village", p, "education.min").Explanation);
        Assert.Equal("有不良行为：赌博", Rule("village", "village", p, "conduct").Explanation);
        var pref = Rule("village", "village", p, "returnee");
        Assert.Equal((RuleOutcome.Info, "是回村创业大学生"), (pref.Outcome, pref.Explanation));
    }

    [Fact]
    public void Street_AgeAndEducationAreRelaxable()
    {
        var s = AllSchemes.Get("street");
        Assert.Equal(RuleKind.Relaxable, s.Rules.Single(r => r.Id == "age.max").Kind);
        Assert.Equal(RuleKind.Relaxable, s.Rules.Single(r => r.Id == "education.min").Kind);
    }

    [Fact]
    public void County_RankYears_AndMidLevelOrAttested()
    {
        var p = new Person { Name = "甲", Rank = RankLevel.DeputySection, RankSince = new DateOnly(2024, 7, 1) };
        Assert.Equal("任现职级 1 年，不足 2 年", Rule("county", "principal-section", p, "rank.years").Explanation);
        var notMid = new Person { Name = "乙", MidLevel = false };
        var source = Rule("county", "deputy-section", notMid, "deputy.source");
        Assert.Equal((RuleOutcome.Pending, "尚无满足项：不是单位中层干部；待认定：表现优秀、发展潜力大"), (source.Outcome, source.Explanation));
    }

    [Fact]
    public void County_DirectEntryChannels_AreMarked()
    {
        var county = AllSchemes.Get("county");
        Assert.Equal(["runner-up", "not-hired", "graduate"], county.Channels.Where(c => c.DirectEntry).Select(c => c.Id));
        Assert.Equal(["deputy-section"], county.Channels.Single(c => c.Id == "graduate").Tracks);
        Assert.Equal([true, true, false], county.Channels.Where(c => c.DirectEntry).Select(c => c.RecordsCompetedRank));
        Assert.Equal(3, county.Management.ManagementPeriodYears);
        Assert.True(county.Management.LapsesAtPeriodEnd);
        Assert.False(county.Management.UnfitVotesRequireRemoval(0.20m));
        Assert.True(county.Management.UnfitVotesRequireRemoval(0.201m));
    }

    [Fact]
    public void Street_HasEightRemovalReasons_Village_OneToThreeYears()
    {
        Assert.Equal(8, AllSchemes.Get("street").Management.RemovalReasons.Count);
        var village = AllSchemes.Get("village").Management;
        Assert.Equal((1, 3), (village.MinimumTrainingYears!.Value, village.ManagementPeriodYears!.Value));
    }

    [Fact]
    public void Street_Quantity_IsHalfOfDepartmentsCommunitiesAndOffices()
    {
        var units = new[] { new UnitFacts("a", "机关部门", 1, 1), new UnitFacts("b", "社区", 1, 1), new UnitFacts("c", "社区", 1, 1), new UnitFacts("d", "管理处", 1, 1), new UnitFacts("e", "小学", 1, 1) };
        var quantity = AllSchemes.Get("street").PoolRules.Single(r => r.Id == "quantity.units");
        Assert.Equal(2, quantity.Check(new PoolContext(On, units, [])).Target);
    }
}
