using ReserveSdk;

namespace ReserveScheme.School;

/// <summary>
/// The seed stops after the qualifications, so the procedure is inferred from the other schemes:
/// 民主推荐 → 组织考察 → 公示 (7 天) → 党组织讨论确定.
/// </summary>
public static class SchoolWorkflow
{
    /// <summary>Days the notice runs (inferred: the seed is silent).</summary>
    public const int NoticeDays = 7;

    /// <summary>The campaign's procedure.</summary>
    /// <returns>The workflow.</returns>
    public static WorkflowDefinition Campaign() => new WorkflowBuilder("campaign", "学校后备干部选拔推荐流程（推定）")
        .State("draft", "筹备")
        .State("nominating", "民主推荐")
        .State("inspecting", "组织考察")
        .State("notice", "公示")
        .State("deciding", "党组织讨论确定")
        .Final("completed", "已完成")
        .Final("cancelled", "已取消")
        .Action(Conventions.Publish, "公布选拔推荐工作方案", "draft", "nominating", "第一篇 3.一", Guards.PlanApproved())
        .Action("close-nomination", "结束推荐，确定考察对象", "nominating", "inspecting", "第一篇 3.二",
            Guards.AtLeast(WorkflowFacts.ActiveNominations, 1, "至少须有一名考察对象"))
        .CampaignNotice("inspecting", "notice", "deciding", "发布考察公示", NoticeDays, "第一篇 3.三")
        .Action("complete", "完成选拔", "deciding", "completed", "推定：原文在资格条件后中断（党组织讨论确定）",
            Guards.Fact(WorkflowFacts.AllNomineesDecided, "每名人选都须有党组织讨论确定的结果"))
        .CancellableFrom("draft", "nominating")
        .Cite(Inferred.Cancel, "cancel")
        .Build();

    /// <summary>Each nominee's path.</summary>
    /// <returns>The workflow.</returns>
    public static WorkflowDefinition Nominee() => new WorkflowBuilder("nominee", "人选流程")
        .State("nominated", "已提名")
        .State("debriefed", "已述职")
        .State("recommended", "考察对象")
        .State("inspected", "已考察")
        .State(Conventions.Notice, "公示中")
        .State("noticed", "公示无异议")
        .Final(Conventions.Admitted, "已入库")
        .Final("not-selected", "未确定")
        .Final("disqualified", "取消资格")
        .Final("withdrawn", "已退出")
        .Action(Conventions.Debrief, "述职", "nominated", "debriefed", "第一篇 3.二")
        .Action("recommend", "确定为考察对象", "debriefed", "recommended", "第一篇 3.二", Guards.VotesConcentrated(), Guards.NomineeEligible())
        .Action("not-select", "不列为考察对象", "debriefed", "not-selected", "第一篇 3.二")
        .Action("inspect", "组织考察", "recommended", "inspected", "第一篇 3.三", Guards.Inspected(), Guards.NomineeEligible())
        .NomineeNotice("inspected", "noticed", "列入考察公示", NoticeDays, "第一篇 3.三")
        .Action("admit", "党组织讨论确定，纳入后备干部队伍", "noticed", Conventions.Admitted, "推定：原文在资格条件后中断（党组织讨论确定）")
        .Action("reject", "讨论未确定", "noticed", "not-selected", "推定：原文在资格条件后中断（党组织讨论确定）")
        .WithdrawableFrom("nominated", "debriefed", "recommended", "inspected")
        .Cite(Inferred.Withdraw, "withdraw")
        .DuringCampaign("nominating", "民主推荐", "recommend", "not-select")
        .DuringCampaign("inspecting", "组织考察", "inspect")
        .DuringCampaign("notice", "公示", Conventions.Publicize)
        .DuringCampaign("deciding", "党组织讨论确定", "admit", "reject")
        .Build();
}
