using ReserveSdk;

namespace ReserveScheme.Street;

/// <summary>五、后备干部选拔程序: 民主推荐 → 党政联席会 → 组织考察 → 公告公示 (7 天) → 讨论确定 → 纳入人才库.</summary>
public static class StreetWorkflow
{
    /// <summary>公示时间为7天 (五3).</summary>
    public const int NoticeDays = 7;

    /// <summary>The campaign's procedure.</summary>
    /// <returns>The workflow.</returns>
    public static WorkflowDefinition Campaign() => new WorkflowBuilder("campaign", "街道后备干部选拔流程")
        .State("draft", "筹备")
        .State("nominating", "民主推荐")
        .State("inspecting", "组织考察")
        .State("notice", "公告公示")
        .State("deciding", "讨论确定")
        .Final("completed", "已完成")
        .Final("cancelled", "已取消")
        .Action(Conventions.Publish, "公布选拔方案", "draft", "nominating", "第一篇 3.一", Guards.PlanApproved())
        .Action("close-nomination", "党政联席会确定推荐人选", "nominating", "inspecting", "第二篇(二) 五1",
            Guards.AtLeast(WorkflowFacts.ActiveNominations, 1, "至少须有一名推荐人选"))
        .CampaignNotice("inspecting", "notice", "deciding", "发布公告公示", NoticeDays, "第二篇(二) 五3")
        .Action("complete", "确定正式人选并纳入人才库", "deciding", "completed", "第二篇(二) 五4",
            Guards.Fact(WorkflowFacts.AllNomineesDecided, "每名人选都须有讨论确定的结果"))
        .CancellableFrom("draft", "nominating")
        .Cite(Inferred.Cancel, "cancel")
        .Build();

    /// <summary>Each nominee's path; a report verified during the notice disqualifies (五3).</summary>
    /// <returns>The workflow.</returns>
    public static WorkflowDefinition Nominee() => new WorkflowBuilder("nominee", "人选流程")
        .State("nominated", "已提名")
        .State("debriefed", "已述职")
        .State("recommended", "推荐人选")
        .State("inspected", "已考察")
        .State(Conventions.Notice, "公示中")
        .State("noticed", "公示无异议")
        .Final(Conventions.Admitted, "已入库")
        .Final("not-selected", "未确定")
        .Final("disqualified", "取消资格")
        .Final("withdrawn", "已退出")
        .Action(Conventions.Debrief, "述职", "nominated", "debriefed", "第一篇 3.二")
        .Action("recommend", "党政联席会确定为推荐人选", "debriefed", "recommended", "第二篇(二) 五1", Guards.VotesConcentrated(), Guards.NomineeEligible())
        .Action("not-select", "不列为推荐人选", "debriefed", "not-selected", "第二篇(二) 五1")
        .Action("inspect", "组织考察（组织谈话、民主测评）", "recommended", "inspected", "第二篇(二) 五2", Guards.Inspected(), Guards.NomineeEligible())
        .NomineeNotice("inspected", "noticed", "列入公告公示", NoticeDays, "第二篇(二) 五3")
        .Action("admit", "讨论确定为正式人选，纳入后备干部人才库", "noticed", Conventions.Admitted, "第二篇(二) 五4")
        .Action("reject", "讨论未确定", "noticed", "not-selected", "第二篇(二) 五4")
        .WithdrawableFrom("nominated", "debriefed", "recommended", "inspected")
        .Cite(Inferred.Withdraw, "withdraw")
        .DuringCampaign("nominating", "民主推荐", "recommend", "not-select")
        .DuringCampaign("inspecting", "组织考察", "inspect")
        .DuringCampaign("notice", "公告公示", Conventions.Publicize)
        .DuringCampaign("deciding", "讨论确定", "admit", "reject")
        .Build();
}
