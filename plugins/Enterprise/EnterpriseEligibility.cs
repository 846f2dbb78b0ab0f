using ReserveSdk;

namespace ReserveScheme.Enterprise;

/// <summary>三、报名条件.</summary>
public static class EnterpriseEligibility
{
    /// <summary>三2: 男…周岁以下.</summary>
    public static Parameter<int> MaleMaxAge { get; } = 45;

    /// <summary>三2: 女…周岁以下.</summary>
    public static Parameter<int> FemaleMaxAge { get; } = 40;

    /// <summary>The company's eligibility rules.</summary>
    public static IReadOnlyList<EligibilityRule> All { get; } =
    [
        // 三1: 大专及以上; 实绩突出的可放宽到中专以上 — so 中专 is the hard floor and 大专 the relaxable one.
        Rules.Hard("education.floor", "学历放宽的下限为中专（含高中同等学历）", "第四篇 三1", Conditions.EducationAtLeast(EducationLevel.SecondaryVocational)),
        Rules.Relaxable("education.min", "具有国家承认的大专及以上学历（实绩突出的人员学历可放宽到中专以上）", "第四篇 三1", Conditions.EducationAtLeast(EducationLevel.JuniorCollege)),

        // 三2
        Rules.Relaxable("age.max", $"年龄：男{MaleMaxAge.Describe()}周岁以下，女{FemaleMaxAge.Describe()}周岁以下（实绩突出的可适当放宽）", "第四篇 三2", Conditions.AgeAtMostByGender(MaleMaxAge, FemaleMaxAge)),

        // 三3: one of three education-plus-years paths. The third path's "专科及以上" is 三1's own requirement, which
        // 三1 relaxes to 中专 for 实绩突出: that part is carried by education.min (relaxable) and education.floor
        // (中专, hard), so the path reads 中专+ and 5 years here and a relaxed 中专 candidate is not shut out by 三3.
        Rules.Hard("experience", "符合下列条件之一：研究生学历，参加工作1年以上；本科及以上学历，参加工作3年以上；专科及以上学历（按三1可放宽到中专），参加工作5年以上", "第四篇 三3",
            Condition.AnyOf(
                Condition.AllOf(Conditions.EducationAtLeast(EducationLevel.Master), Conditions.YearsOfWorkAtLeast(1)),
                Condition.AllOf(Conditions.EducationAtLeast(EducationLevel.Bachelor), Conditions.YearsOfWorkAtLeast(3)),
                Condition.AllOf(Conditions.EducationAtLeast(EducationLevel.SecondaryVocational), Conditions.YearsOfWorkAtLeast(5)))),

        // 三4, 三5
        Rules.Hard("discipline", "无违纪现象", "第四篇 三4", Conditions.NoDisciplineRecord()),
        Rules.Attested("health", "身体健康", "第四篇 三5"),
    ];
}
