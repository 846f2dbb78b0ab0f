using ReserveSdk;

namespace ReserveScheme.College;

/// <summary>五、后备干部的培养 and 六、管理与考核.</summary>
public static class CollegeManagement
{
    /// <summary>The college sets no management period; it reviews reserves and adjusts them at any time.</summary>
    public static ManagementRules Rules { get; } = new()
    {
        Citation = "第二篇(一) 五、六",
        RemovalReasons =
        [
            new RemovalReason("unsuitable", "根据考察考核结果，不适合继续作为后备干部培养", "第二篇(一) 六(四)"),
        ],
        TrainingForms =
        [
            "上级党校、行政学院培训", "培训班与专题讲座", "调研学习", "现岗位锻炼", "岗位轮换", "挂职锻炼", "交流任职",
            "基层工作", "协助处置重大突发事件", "参加专项重大活动",
        ],
    };
}
