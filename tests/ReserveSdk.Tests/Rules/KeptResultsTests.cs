using ReserveSdk;

namespace ReserveSdk.Tests.Rules;

/// <summary>
/// Conditions keep the results they have made (a roster of 100,000 people has a few dozen distinct answers per
/// condition): what is kept must never be a result for other facts, another limit, another context or another rule.
/// </summary>
public sealed class KeptResultsTests
{
    private static readonly EvaluationContext Ctx = new(new DateOnly(2026, 6, 30));

    [Fact]
    public void TheSameFacts_GiveTheSameResult_AndOtherFactsTheirOwn()
    {
        var age = Conditions.AgeAtMost(40);
        var a = age.Evaluate(new Person { Name = "甲", BirthDate = new DateOnly(1990, 1, 1) }, Ctx);
        var b = age.Evaluate(new Person { Name = "乙", BirthDate = new DateOnly(1990, 3, 1) }, Ctx);
        var c = age.Evaluate(new Person { Name = "丙", BirthDate = new DateOnly(1980, 3, 1) }, Ctx);
        Assert.Same(a, b);
        Assert.Equal("年龄 46 岁，超过 40 岁上限", c.Explanation);
        Assert.Equal("年龄 36 岁，不超过 40 岁", a.Explanation);
    }

    [Fact]
    public void ADatedLimit_IsReadOnEachReferenceDate_NotTakenFromAnEarlierAnswer()
    {
        var limit = Parameter.Dated(new DatedValue<int>(DateOnly.MinValue, 40), new DatedValue<int>(new DateOnly(2027, 1, 1), 38));
        var age = Conditions.AgeAtMost(limit);
        var person = new Person { Name = "甲", BirthDate = new DateOnly(1988, 1, 1) };
        Assert.Equal("年龄 38 岁，不超过 40 岁", age.Evaluate(person, Ctx).Explanation);
        Assert.Equal("年龄 39 岁，超过 38 岁上限", age.Evaluate(person, new EvaluationContext(new DateOnly(2027, 6, 30))).Explanation);
        Assert.Equal("年龄 38 岁，不超过 40 岁", age.Evaluate(person, Ctx).Explanation);
    }

    [Fact]
    public void ALimitNotYetInForce_IsTheRulesFault_ForEveryoneAlike()
    {
        // A plugin's dated limit that starts after the reference date is its error: with or without the fact.
        var rule = ReserveSdk.Rules.Hard("age", "年龄", "第一条", Conditions.AgeAtMost(Parameter.Dated(new DatedValue<int>(new DateOnly(2027, 1, 1), 45))));
        Assert.Equal(RuleOutcome.Fault, Eligibility.Evaluate(rule, new Person { Name = "甲" }, Ctx).Outcome);
        Assert.Equal(RuleOutcome.Fault, Eligibility.Evaluate(rule, new Person { Name = "乙", BirthDate = new DateOnly(1990, 1, 1) }, Ctx).Outcome);
        var years = ReserveSdk.Rules.Hard("work", "工龄", "第一条", Conditions.YearsOfWorkAtLeast(Parameter.Dated(new DatedValue<int>(new DateOnly(2027, 1, 1), 5))));
        Assert.Equal(RuleOutcome.Fault, Eligibility.Evaluate(years, new Person { Name = "甲" }, Ctx).Outcome);
    }

    [Fact]
    public void APluginsOwnConditionWithEndlessAnswers_IsRightPastWhatIsKept()
    {
        // Each person's answer is new: the combination keeps at most so many, and every answer after that is still its own.
        var own = Condition.Create("编号为偶数", [], (p, _) => ConditionResult.From(p.Name.Length % 2 == 0, $"编号 {p.Name}"));
        var either = Condition.AnyOf(Conditions.RankIs(RankLevel.Section), own);
        for (var i = 0; i < 6_000; i++)
        {
            var name = new string('人', 1 + i % 2) + i;
            var r = either.Evaluate(new Person { Name = name, Rank = RankLevel.Clerk }, Ctx);
            var expected = name.Length % 2 == 0 ? $"满足：编号 {name}" : $"各项均不满足：现职级科员，不是正科；编号 {name}";
            Assert.Equal(expected, r.Explanation);
        }
    }

    [Fact]
    public void ContextsTakenInTurn_EachGiveTheirOwnAttestation()
    {
        var rule = ReserveSdk.Rules.Attested("politics", "政治素质好", "第一条");
        var attested = Ctx with { Attested = new HashSet<string> { "politics" } };
        var person = new Person { Name = "甲" };
        foreach (var (context, outcome) in new[] { (Ctx, RuleOutcome.Pending), (attested, RuleOutcome.Pass), (Ctx, RuleOutcome.Pending), (attested, RuleOutcome.Pass) })
            Assert.Equal(outcome, Eligibility.Evaluate(rule, person, context).Outcome);
    }

    [Fact]
    public void RulesSharingACondition_KeepTheirOwnIdsAndRelaxation()
    {
        var hard = ReserveSdk.Rules.Hard("age.hard", "年龄40岁以下", "第一条", Conditions.AgeAtMost(40));
        var relaxable = hard.RelaxableIf((_, _) => true, "急需时可放宽") with { Id = "age.relaxable" };
        var old = new Person { Name = "甲", BirthDate = new DateOnly(1980, 1, 1) };
        var relaxed = Ctx with { Relaxed = new HashSet<string> { "age.relaxable" } };
        Assert.Equal(("age.hard", RuleOutcome.Fail, "年龄 46 岁，超过 40 岁上限"), Of(Eligibility.Evaluate(hard, old, relaxed)));
        Assert.Equal(("age.relaxable", RuleOutcome.Relaxed, "年龄 46 岁，超过 40 岁上限（已按规定放宽）"), Of(Eligibility.Evaluate(relaxable, old, relaxed)));
        Assert.Equal(("age.relaxable", RuleOutcome.Fail, "年龄 46 岁，超过 40 岁上限（急需时可放宽）"), Of(Eligibility.Evaluate(relaxable, old, Ctx)));
        Assert.Equal(("age.hard", RuleOutcome.Fail, "年龄 46 岁，超过 40 岁上限"), Of(Eligibility.Evaluate(hard, old, Ctx)));

        static (string, RuleOutcome, string) Of(RuleResult r) => (r.RuleId, r.Outcome, r.Explanation);
    }

    [Fact]
    public void JudgingIntoASpan_GivesWhatTheReportSays()
    {
        var scheme = TestSchemes.With(
            ReserveSdk.Rules.Hard("age", "年龄", "第一条", Conditions.AgeAtMost(40)),
            ReserveSdk.Rules.Hard("edu", "学历", "第二条", Condition.AnyOf(Conditions.EducationAtLeast(EducationLevel.Master), Conditions.IsTeacher())),
            ReserveSdk.Rules.Attested("politics", "政治素质好", "第三条"));
        var track = scheme.Tracks[0].Id;
        var results = new RuleResult[Eligibility.RuleCount(scheme, track)];
        foreach (var person in new[] { new Person { Name = "甲" }, new Person { Name = "乙", BirthDate = new DateOnly(1990, 1, 1), Education = EducationLevel.Master } })
        {
            var report = Eligibility.Evaluate(scheme, track, person, Ctx);
            Assert.Equal(report.Verdict, Eligibility.Evaluate(scheme, track, person, Ctx, results));
            Assert.Equal(report.Rules, results);
        }

        Assert.Throws<ArgumentException>(() => Eligibility.Evaluate(scheme, track, new Person { Name = "甲" }, Ctx, new RuleResult[results.Length + 1]));
        Assert.Throws<ArgumentException>(() => Eligibility.RuleCount(scheme, "no-such-track"));
    }

    [Fact]
    public void ManyThreadsJudgingAtOnce_GetTheirOwnAnswers()
    {
        var age = Conditions.AgeAtMost(40);
        Parallel.For(0, 20_000, i =>
        {
            var born = new DateOnly(1950 + i % 60, 1, 1);
            var r = age.Evaluate(new Person { Name = "甲", BirthDate = born }, Ctx);
            var years = 2026 - born.Year;
            Assert.Equal(years <= 40 ? $"年龄 {years} 岁，不超过 40 岁" : $"年龄 {years} 岁，超过 40 岁上限", r.Explanation);
        });
    }
}
