using ReserveSdk;

namespace ReserveScheme.Street;

/// <summary>六、培养 and 七、动态管理.</summary>
public static class StreetManagement
{
    /// <summary>Reviewed at least once a year; removed for one of the eight reasons of 七(二).</summary>
    public static ManagementRules Rules { get; } = new()
    {
        Citation = "第二篇(二) 六、七",
        ReviewIntervalMonths = 12,
        RemovalReasons =
        [
            new("integrity", "政治思想、道德品质、廉洁自律等方面发现问题的", "第二篇(二) 七(二)1"),
            new("dereliction", "工作失职，造成较大损失或者不良影响的", "第二篇(二) 七(二)2"),
            new("performance", "工作实绩不突出，发展潜力不大的", "第二篇(二) 七(二)3"),
            new("appraisal", "考核不称职的", "第二篇(二) 七(二)4"),
            new("conduct", "作风不实，群众意见较大的", "第二篇(二) 七(二)5"),
            new("health", "由于健康原因，不能担负繁重工作任务的", "第二篇(二) 七(二)6"),
            new("age", "年龄已超出选拔条件的", "第二篇(二) 七(二)7"),
            // An open reason: a removal under it says what the other reason is.
            new("other", "因其他原因，不适宜继续作为后备干部的（须写明原因）", "第二篇(二) 七(二)8") { NoteRequired = true },
        ],
        TrainingForms = ["到社区、管理处挂职、任职", "机关部门之间或上下横向交流", "同一部门不同岗位轮换", "参与重大活动和中心工作", "牵头难度较大、突击性强的工作"],
    };
}
