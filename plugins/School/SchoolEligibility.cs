using ReserveSdk;

namespace ReserveScheme.School;

/// <summary>一、选拔推荐的资格条件.</summary>
public static class SchoolEligibility
{
    /// <summary>一(二)3: 年龄一般不超过（周岁）.</summary>
    public static Parameter<int> MaxAge { get; } = 35;

    /// <summary>一(二)3: 特别优秀的原则上不超过（周岁）.</summary>
    public static Parameter<int> ExceptionalMaxAge { get; } = 45;

    /// <summary>The school's eligibility rules.</summary>
    public static IReadOnlyList<EligibilityRule> All { get; } =
    [
        // 一(一) 选拔推荐条件 1–4.
        Rules.Attested("quality.politics", "政治素质：坚定的理想信念和履行职责所需的理论政策水平，讲党性、重品行、做表率，公道正派，清正廉洁", "第二篇(三) 一(一)1"),
        Rules.Attested("quality.ability", "能力素质：较强的组织协调能力，在现职岗位上做出比较显著的工作成绩，显示出较大的发展潜力", "第二篇(三) 一(一)2"),
        Rules.Attested("quality.expertise", "业务素质：具有一定的专业理论素养，业务工作成绩比较显著", "第二篇(三) 一(一)3"),
        Rules.Attested("quality.health", "身体健康", "第二篇(三) 一(一)4"),

        // 一(二)1 学历: 本科及以上; 35周岁以下 (含 35, 以下包括本数) 须全日制本科及以上.
        Rules.Hard("education.min", "具有大学本科及以上文化程度", "第二篇(三) 一(二)1", Conditions.EducationAtLeast(EducationLevel.Bachelor)),
        Rules.Hard("education.full-time", "35周岁以下的干部须具有全日制大学本科及以上文化程度", "第二篇(三) 一(二)1",
            Condition.Implies(Conditions.AgedAtMost(35), Conditions.FullTimeEducationAtLeast(EducationLevel.Bachelor), "35周岁以下（含35周岁）须全日制大学本科及以上")),

        // 一(二)2 职称: 中级及以上; 小学可适当放宽.
        Rules.Hard("title.min", "具有中级及以上专业技术职称（小学可适当放宽）", "第二篇(三) 一(二)2", Conditions.TitleAtLeast(TitleLevel.Intermediate))
            .RelaxableIf((c, p) => c.UnitKindFor(p) == "小学", "小学可适当放宽"),

        // 一(二)3 年龄: 一般不超过35周岁，特别优秀的原则上不超过45周岁. The 45 is the seed's own bound for the
        // 特别优秀 exception to the 35, so the exception is the relaxation of age.max and 45 stays hard.
        Rules.Hard("age.max.exceptional", $"特别优秀的原则上不超过{ExceptionalMaxAge.Describe()}周岁", "第二篇(三) 一(二)3", Conditions.AgeAtMost(ExceptionalMaxAge))
            .WithNote("“原则上”在此修饰的是35周岁的放宽界限本身：放宽由 age.max 承担，45 周岁按刚性上限处理，否则放宽将没有边界。"),
        Rules.Relaxable("age.max", $"年龄一般不超过{MaxAge.Describe()}周岁（特别优秀的可放宽，原则上至{ExceptionalMaxAge.Describe()}周岁）", "第二篇(三) 一(二)3", Conditions.AgeAtMost(MaxAge)),

        // 一(二)4 经历.
        // "一般须" softens it: relaxable (SCHEMES.md conventions).
        Rules.Relaxable("experience", "一般须具有2年以上中层管理岗位工作经历或5年以上业务工作经历（“一般”：可放宽）", "第二篇(三) 一(二)4",
            Condition.AnyOf(Conditions.MidManagementYearsAtLeast(2), Conditions.YearsOfWorkAtLeast(5))),
    ];
}
