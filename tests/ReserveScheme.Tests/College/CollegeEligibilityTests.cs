using ReserveScheme.College;
using ReserveSdk;

namespace ReserveScheme.Tests.College;

public sealed class CollegeEligibilityTests
{
    private static readonly SchemeDefinition Scheme = new CollegeScheme().Define();
    private static readonly DateOnly On = new(2026, 6, 30);

    // Attested conditions recorded, so the verdict shows the computable rules alone.
    private static readonly EvaluationContext Ctx = new(On) { Attested = new HashSet<string> { "politics", "health" } };

    private static Person Base => new()
    {
        Name = "测试甲",
        BirthDate = new DateOnly(1990, 1, 1),
        Education = EducationLevel.Bachelor,
        Rank = RankLevel.Section,
        Teacher = false,
        Title = TitleLevel.None,
        Posts = [],
    };

    private static RuleResult Rule(string track, Person p, string ruleId) =>
        Eligibility.Evaluate(Scheme, track, p, Ctx).Rules.Single(r => r.RuleId == ruleId);

    private static Verdict VerdictOf(string track, Person p) => Eligibility.Evaluate(Scheme, track, p, Ctx).Verdict;

    [Fact]
    public void DeputyTrack_Age40Passes_Age41Fails()
    {
        var forty = Rule("deputy-division", Base with { BirthDate = new DateOnly(1986, 6, 30) }, "age.max.deputy");
        Assert.Equal((RuleOutcome.Pass, "年龄 40 岁，不超过 40 岁"), (forty.Outcome, forty.Explanation));
        var fortyOne = Rule("deputy-division", Base with { BirthDate = new DateOnly(1985, 6, 30) }, "age.max.deputy");
        Assert.Equal((RuleOutcome.Fail, "年龄 41 岁，超过 40 岁上限"), (fortyOne.Outcome, fortyOne.Explanation));
        Assert.Equal("第二篇(一) 二(四)", fortyOne.Citation);
    }

    [Fact]
    public void PrincipalTracks_Age45Passes_Age46Fails()
    {
        var p45 = Base with { BirthDate = new DateOnly(1981, 6, 30), Rank = RankLevel.DeputyDivision };
        Assert.Equal("年龄 45 岁，不超过 45 岁", Rule("principal-division", p45, "age.max.principal").Explanation);
        Assert.Equal(Verdict.Eligible, VerdictOf("principal-division", p45));
        var p46 = p45 with { BirthDate = new DateOnly(1980, 6, 30) };
        Assert.Equal("年龄 46 岁，超过 45 岁上限", Rule("principal-division", p46, "age.max.principal").Explanation);
        Assert.Equal(Verdict.Ineligible, VerdictOf("principal-division", p46));
        Assert.Equal(Verdict.Ineligible, VerdictOf("principal-section", p46 with { Rank = RankLevel.DeputySection }));
    }

    [Fact]
    public void PrincipalDivision_RequiresCurrentDeputyDivision()
    {
        var r = Rule("principal-division", Base, "rank.principal-division");
        Assert.Equal((RuleOutcome.Fail, "现职级正科，不是副处"), (r.Outcome, r.Explanation));
    }

    [Fact]
    public void DeputyDivision_FirstAlternative_CurrentSection()
    {
        var r = Rule("deputy-division", Base, "path.deputy-division");
        Assert.Equal((RuleOutcome.Pass, "满足：现职级正科"), (r.Outcome, r.Explanation));
    }

    [Fact]
    public void DeputyDivision_SecondAlternative_TeacherMasterAssociateSeniorAndPost()
    {
        var teacher = Base with { Rank = RankLevel.None, Teacher = true, Education = EducationLevel.Master, Title = TitleLevel.AssociateSenior, Posts = ["教研室主任"] };
        var ok = Rule("deputy-division", teacher, "path.deputy-division");
        Assert.Equal((RuleOutcome.Pass, "满足：是教师，学历硕士研究生，达到硕士研究生及以上，职称副高级，达到副高级及以上，担任过教研室主任"), (ok.Outcome, ok.Explanation));
        Assert.Equal(Verdict.Eligible, VerdictOf("deputy-division", teacher));

        var noPost = Rule("deputy-division", teacher with { Posts = ["辅导员"] }, "path.deputy-division");
        Assert.Equal((RuleOutcome.Fail, "各项均不满足：现职级无，不是正科；未担任过教研室主任或党支部书记"), (noPost.Outcome, noPost.Explanation));
        Assert.Equal(RuleOutcome.Fail, Rule("deputy-division", teacher with { Title = TitleLevel.Intermediate }, "path.deputy-division").Outcome);
        Assert.Equal(RuleOutcome.Fail, Rule("deputy-division", teacher with { Education = EducationLevel.Bachelor }, "path.deputy-division").Outcome);
        Assert.Equal(RuleOutcome.Fail, Rule("deputy-division", teacher with { Teacher = false }, "path.deputy-division").Outcome);
        Assert.Equal(RuleOutcome.Pass, Rule("deputy-division", teacher with { Posts = ["党支部书记"] }, "path.deputy-division").Outcome);
    }

    [Fact]
    public void PrincipalSection_BothAlternatives()
    {
        Assert.Equal(RuleOutcome.Pass, Rule("principal-section", Base with { Rank = RankLevel.DeputySection }, "path.principal-section").Outcome);
        var teacher = Base with { Rank = RankLevel.Clerk, Teacher = true, Education = EducationLevel.Master, Title = TitleLevel.Intermediate };
        Assert.Equal(RuleOutcome.Pass, Rule("principal-section", teacher, "path.principal-section").Outcome);
        var junior = Rule("principal-section", teacher with { Title = TitleLevel.Junior }, "path.principal-section");
        Assert.Equal((RuleOutcome.Fail, "各项均不满足：现职级科员，不是副科；职称初级，低于中级"), (junior.Outcome, junior.Explanation));
    }

    [Fact]
    public void PrincipalSection_TeacherFlagMissing_IsUnknownNotPass()
    {
        var r = Rule("principal-section", Base with { Rank = RankLevel.Clerk, Teacher = null, Education = EducationLevel.Master, Title = TitleLevel.Intermediate }, "path.principal-section");
        Assert.Equal(RuleOutcome.Unknown, r.Outcome);
    }

    [Fact]
    public void Education_JuniorCollegeFails_BachelorPasses()
    {
        var college = Rule("deputy-division", Base with { Education = EducationLevel.JuniorCollege }, "education.min");
        Assert.Equal((RuleOutcome.Fail, "学历大学专科，低于大学本科"), (college.Outcome, college.Explanation));
        var bachelor = Rule("deputy-division", Base, "education.min");
        Assert.Equal((RuleOutcome.Pass, "学历大学本科，达到大学本科及以上"), (bachelor.Outcome, bachelor.Explanation));
    }

    [Fact]
    public void AttestedConditions_ArePendingUntilAnOperatorAttests()
    {
        var report = Eligibility.Evaluate(Scheme, "deputy-division", Base, new EvaluationContext(On));
        Assert.Equal(Verdict.PendingAttestation, report.Verdict);
        Assert.Equal("待认定：身体健康", report.Rules.Single(r => r.RuleId == "health").Explanation);
    }

    [Fact]
    public void EveryRule_HasACitationIntoTheSecondArticle() =>
        Assert.All(Scheme.Rules, r => Assert.StartsWith("第二篇(一)", r.Citation));

    [Fact]
    public void Tracks_AcceptIdOrChineseName()
    {
        Assert.Equal("deputy-division", Scheme.FindTrack("副处级后备")!.Id);
        Assert.Equal("副处级后备", Scheme.FindTrack("deputy-division")!.Name);
        Assert.Null(Scheme.FindTrack("正厅级后备"));
    }
}
