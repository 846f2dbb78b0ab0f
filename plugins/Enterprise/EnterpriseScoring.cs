using ReserveSdk;

namespace ReserveScheme.Enterprise;

/// <summary>四、选拔程序的计分: 笔试 30, 演讲答辩 35, 组织考察 35 (领导班子 15, 中层干部 10, 职工代表 10).</summary>
public static class EnterpriseScoring
{
    /// <summary>The scoring model; ties are broken by 组织考察, then 演讲答辩 (inferred).</summary>
    public static ScoringModel Model { get; } = new(
    [
        new ScoreComponent("written", "笔试", 30, "第四篇 四(一)"),
        new ScoreComponent("speech", "演讲答辩", 35, "第四篇 四(二)"),
        new ScoreComponent("inspection", "组织考察", 35, "第四篇 四(三)")
        {
            Parts =
            [
                new ScoreComponent("inspection.leaders", "公司领导班子", 15, "第四篇 四(三)"),
                new ScoreComponent("inspection.middle", "相关中层干部", 10, "第四篇 四(三)"),
                new ScoreComponent("inspection.staff", "职工代表", 10, "第四篇 四(三)"),
            ],
        },
    ], ["inspection", "speech"], "依据总成绩次序确定（第四篇 四(四)）；总成绩相同时依次比较组织考察、演讲答辩成绩（原文未规定，推定）");
}
