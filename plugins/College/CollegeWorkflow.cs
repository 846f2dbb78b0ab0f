using ReserveSdk;

namespace ReserveScheme.College;

/// <summary>
/// 四、选拔程序: 民主推荐 (各党总支, 党政联席扩大会议) → 组织考察 (组织人事处) → 集体决定 (学院党委);
/// 正处级后备 报市委组织部备案. The pre-selection publication (第一篇 3.一), 述职 (第一篇 3.二) and
/// 考察公示 (第一篇 3.三) are the cross-cutting steps every scheme keeps.
/// </summary>
public static class CollegeWorkflow
{
    /// <summary>Days the 考察公示 runs. The college scheme sets none; 7 days is inferred from the street scheme.</summary>
    public const int NoticeDays = 7;

    /// <summary>The campaign's procedure.</summary>
    /// <returns>The workflow.</returns>
    public static WorkflowDefinition Campaign() => new WorkflowBuilder("campaign", "学院后备干部选拔流程")
        .State("draft", "筹备")
        .State("nominating", "民主推荐")
        .State("inspecting", "组织考察")
        .State("notice", "考察公示")
        .State("deciding", "集体决定")
        .Final("completed", "已完成")
        .Final("cancelled", "已取消")
        .Action(Conventions.Publish, "公布选拔方案", "draft", "nominating", "第一篇 3.一", Guards.PlanApproved())
        .Action("close-nomination", "结束推荐并报组织人事处", "nominating", "inspecting", "第二篇(一) 四(一)",
            Guards.AtLeast(WorkflowFacts.ActiveNominations, 1, "至少须有一名经党政联席扩大会议研究推荐的人选"))
        .CampaignNotice("inspecting", "notice", "deciding", "发布考察公示", NoticeDays, "第一篇 3.三")
        .Action("complete", "完成选拔", "deciding", "completed", "第二篇(一) 四(三)",
            Guards.Fact(WorkflowFacts.AllNomineesDecided, "每名人选都须有集体决定的结果（入库、未确定或已退出）"))
        .CancellableFrom("draft", "nominating")
        .Cite(Inferred.Cancel, "cancel")
        .Build();

    /// <summary>Each nominee's path.</summary>
    /// <returns>The workflow.</returns>
    public static WorkflowDefinition Nominee() => new WorkflowBuilder("nominee", "人选流程")
        .State("nominated", "已提名")
        .State("debriefed", "已述职")
        .State("recommended", "已推荐")
        .State("inspected", "已考察")
        .State(Conventions.Notice, "公示中")
        .State("noticed", "公示无异议")
        .State("decided", "党委已确定")
        .State("filed", "已备案")
        .Final(Conventions.Admitted, "已入库")
        .Final("not-selected", "未列为人选")
        .Final("disqualified", "取消资格")
        .Final("withdrawn", "已退出")
        .Action(Conventions.Debrief, "述职", "nominated", "debriefed", "第一篇 3.二")
        .Action("recommend", "党政联席扩大会议研究推荐", "debriefed", "recommended", "第二篇(一) 四(一)",
            Guards.VotesConcentrated(), Guards.NomineeEligible())
        .Action("not-select", "不列为推荐人选", "debriefed", "not-selected", "第一篇 3.二")
        .Action("inspect", "组织考察", "recommended", "inspected", "第二篇(一) 四(二)", Guards.Inspected(), Guards.NomineeEligible())
        .NomineeNotice("inspected", "noticed", "列入考察公示", NoticeDays, "第一篇 3.三")
        .Action("decide", "党委集体决定", "noticed", "decided", "第二篇(一) 四(三)")
        .Action("reject", "党委未予确定", "noticed", "not-selected", "第二篇(一) 四(三)")
        .Action("file", "报市委组织部备案", "decided", "filed", "第二篇(一) 四(三)",
            Guards.OnTrack(CollegeTracks.PrincipalDivision.Id, "只有正处级后备干部须报市委组织部备案"))
        .Action("admit", "纳入后备干部库", "decided", Conventions.Admitted, "第二篇(一) 四(三)",
            Guards.NotOnTrack(CollegeTracks.PrincipalDivision.Id, "正处级后备干部须先报市委组织部备案"))
        .Action("admit", "纳入后备干部库", "filed", Conventions.Admitted, "第二篇(一) 四(三)")
        .WithdrawableFrom("nominated", "debriefed", "recommended", "inspected")
        .Cite(Inferred.Withdraw, "withdraw")
        .DuringCampaign("nominating", "民主推荐", "recommend", "not-select")
        .DuringCampaign("inspecting", "组织考察", "inspect")
        .DuringCampaign("notice", "考察公示", Conventions.Publicize)
        .DuringCampaign("deciding", "集体决定", "decide", "reject", "file", "admit")
        .Build();
}
