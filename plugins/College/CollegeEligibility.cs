using ReserveSdk;

namespace ReserveScheme.College;

/// <summary>二、基本条件 — each rule beside its clause.</summary>
public static class CollegeEligibility
{
    /// <summary>二(四): 正职后备干部年龄上限（含）.</summary>
    public static Parameter<int> PrincipalMaxAge { get; } = 45;

    /// <summary>二(四): 副职后备干部年龄上限（含）.</summary>
    public static Parameter<int> DeputyMaxAge { get; } = 40;

    /// <summary>The college's eligibility rules.</summary>
    public static IReadOnlyList<EligibilityRule> All { get; } =
    [
        // 二(一): qualitative, so an operator attests it.
        Rules.Attested("politics", "政治上立场坚定，拥护并认真贯彻执行党的基本路线和各项方针、政策，有一定的政治理论水平；有强烈的事业心和责任感，在各自的岗位上表现突出；综合素质好，有一定的组织管理能力；清正廉洁，为人师表，党性强，作风正派；有较好的群众关系", "第二篇(一) 二(一)"),

        // 二(二): the current post each track starts from.
        Rules.Hard("rank.principal-division", "正处级后备干部应为现任副处级干部", "第二篇(一) 二(二)",
            Conditions.RankIs(RankLevel.DeputyDivision)).ForTracks(CollegeTracks.PrincipalDivision.Id),
        Rules.Hard("path.deputy-division", "副处级后备干部应为现任正科级干部，或具有硕士研究生以上学历、副高级以上职称且担任过教研室主任、党支部书记的教师", "第二篇(一) 二(二)",
            Condition.AnyOf(
                Conditions.RankIs(RankLevel.Section),
                Condition.AllOf(Conditions.IsTeacher(), Conditions.EducationAtLeast(EducationLevel.Master), Conditions.TitleAtLeast(TitleLevel.AssociateSenior), Conditions.HeldAnyPost("教研室主任", "党支部书记"))))
            .ForTracks(CollegeTracks.DeputyDivision.Id),
        Rules.Hard("path.principal-section", "正科级后备干部应是副科级干部，或具有硕士以上学历和中级职称的教师", "第二篇(一) 二(二)",
            Condition.AnyOf(
                Conditions.RankIs(RankLevel.DeputySection),
                Condition.AllOf(Conditions.IsTeacher(), Conditions.EducationAtLeast(EducationLevel.Master), Conditions.TitleAtLeast(TitleLevel.Intermediate))))
            .ForTracks(CollegeTracks.PrincipalSection.Id),

        // 二(三)
        Rules.Hard("education.min", "后备干部的文化程度应在大学本科以上", "第二篇(一) 二(三)", Conditions.EducationAtLeast(EducationLevel.Bachelor)),

        // 二(四): 45 (含) for 正职 tracks, 40 (含) for 副职 tracks.
        Rules.Hard("age.max.principal", $"正职后备干部年龄在{PrincipalMaxAge.Describe()}岁(含)以下", "第二篇(一) 二(四)", Conditions.AgeAtMost(PrincipalMaxAge))
            .ForTracks(CollegeTracks.PrincipalDivision.Id, CollegeTracks.PrincipalSection.Id),
        Rules.Hard("age.max.deputy", $"副职后备干部年龄在{DeputyMaxAge.Describe()}岁(含)以下", "第二篇(一) 二(四)", Conditions.AgeAtMost(DeputyMaxAge))
            .ForTracks(CollegeTracks.DeputyDivision.Id),

        // 二(五)
        Rules.Attested("health", "身体健康", "第二篇(一) 二(五)"),
    ];
}
