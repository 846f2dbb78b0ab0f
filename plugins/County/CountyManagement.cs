using ReserveSdk;

namespace ReserveScheme.County;

/// <summary>最低培养期+最长管理期 and the five systems (五项制度).</summary>
public static class CountyManagement
{
    private const string Source = "第五篇 最低培养期+最长管理期";

    /// <summary>3-year management period, 1-year minimum training, automatic lapse, theory exam, 20% 不称职 limit.</summary>
    public static ManagementRules Rules { get; } = new()
    {
        Citation = Source,
        ManagementPeriodYears = 3,
        MinimumTrainingYears = 1,
        LapsesAtPeriodEnd = true,
        TheoryExamBeforePromotion = true,
        UnfitVoteShareLimit = 0.20m,
        ReviewIntervalMonths = 12,
        RemovalReasons =
        [
            new("theory-exam", "培养期内理论考试不及格", "第五篇 五项制度之三"),
            new("performance", "业绩不突出", "第五篇 五项制度之三"),
            new("unfit-votes", "考核不称职票超过20%", "第五篇 五项制度之三"),
            // The seed's list ends in "等情形": it is open, so an other reason with what happened stays available.
            new("other", "其他情形（须写明情况）", "第五篇 五项制度之三") { NoteRequired = true },
        ],
        TrainingForms =
        [
            "承担急、难、险、重工作（正职）", "到上级党校或外地高校学习（正职）",
            "理论知识培训（副职）", "专题知识培训（副职）", "镇（街道）挂职，挂任镇长（街道办事处主任）助理（副职）", "企业挂职（副职）",
        ],
    };
}
