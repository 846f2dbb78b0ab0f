using ReserveSdk;

namespace ReserveScheme.Street;

/// <summary>三、后备干部选拔基本条件和资格.</summary>
public static class StreetEligibility
{
    /// <summary>三(二)1: 年龄一般在…周岁以下.</summary>
    public static Parameter<int> MaxAge { get; } = 40;

    /// <summary>The street's eligibility rules.</summary>
    public static IReadOnlyList<EligibilityRule> All { get; } =
    [
        // 三(一) 基本条件 1–5: qualitative, attested by the organisation.
        Rules.Attested("basic.politics", "政治素质好，能认真贯彻执行党的路线、方针、政策，热爱基层工作", "第二篇(二) 三(一)1"),
        Rules.Attested("basic.dedication", "有强烈的事业心和责任感，工作勤奋，勇于创新，乐于奉献", "第二篇(二) 三(一)2"),
        Rules.Attested("basic.ability", "有一定的业务能力和组织能力，在职工中有较高的认可度", "第二篇(二) 三(一)3"),
        Rules.Attested("basic.integrity", "坚持原则，作风民主，团结同事，工作扎实，品德良好，廉洁奉公，遵纪守法", "第二篇(二) 三(一)4"),
        Rules.Attested("basic.health", "有较好的身体素质和健康的心理素质，能胜任工作", "第二篇(二) 三(一)5"),

        // 三(二) 资格条件: "表现突出者年龄、学历可适当放宽" makes both relaxable.
        Rules.Relaxable("age.max", $"年龄一般在{MaxAge.Describe()}周岁以下（表现突出者可适当放宽）", "第二篇(二) 三(二)1", Conditions.AgeAtMost(MaxAge)),
        Rules.Relaxable("education.min", "具有专科以上学历（表现突出者可适当放宽）", "第二篇(二) 三(二)2", Conditions.EducationAtLeast(EducationLevel.JuniorCollege)),
    ];
}
