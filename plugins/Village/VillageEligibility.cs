using ReserveSdk;

namespace ReserveScheme.Village;

/// <summary>村党支部培养选拔后备干部条件 1–10.</summary>
public static class VillageEligibility
{
    /// <summary>五10: 培养对象年龄原则上…周岁以下.</summary>
    public static Parameter<int> MaxAge { get; } = 35;

    /// <summary>The village's eligibility rules.</summary>
    public static IReadOnlyList<EligibilityRule> All { get; } =
    [
        Rules.Attested("loyalty", "拥护中国共产党，从思想上、行动上同党中央保持一致，服从上级党委和党支部的正确领导，维护党的团结", "第三篇 一1"),
        Rules.Attested("service", "牢记党的宗旨，愿意为村民服务，有自我牺牲和奉献精神", "第三篇 一2"),
        Rules.Hard("conduct", "无违法违纪现象，无黄、赌、毒及其他不良行为", "第三篇 一3", Conditions.NoMisconduct()),
        Rules.Preference("returnee", "优先培养选拔回村创业的大学生人才", "第三篇 二4", Conditions.IsReturneeGraduate()),
        Rules.Hard("education.min", "必须具备高中以上文化水平", "第三篇 二5", Conditions.EducationAtLeast(EducationLevel.HighSchool)),
        Rules.Attested("innovation", "具有开拓创新精神，实事求是的态度，脚踏实地", "第三篇 三6"),
        Rules.Attested("economy", "有领导经济发展才能，懂经济会管理，能克服困难", "第三篇 三7"),
        Rules.Attested("self-criticism", "能够正视错误，接受批评改正错误", "第三篇 四8"),
        Rules.Attested("masses", "能够同群众保持联系，听取正确建议", "第三篇 四9"),
        Rules.Relaxable("age.max", $"培养对象年龄原则上{MaxAge.Describe()}周岁以下", "第三篇 五10", Conditions.AgeAtMost(MaxAge)),
    ];
}
