using ReserveSdk;

namespace ReserveScheme.Village;

/// <summary>
/// The seed gives the village no procedure. 第一篇 applies to every scheme: the plan is approved and published
/// (4.二, 3.一), and 考察公示 is a 必经程序 (3.三) — so the inferred procedure is 提名推荐 → 党支部审查 → 组织考察 →
/// 考察公示 (7 天) → 报乡镇党委备案.
/// </summary>
public static class VillageWorkflow
{
    /// <summary>Days the notice runs (inferred).</summary>
    public const int NoticeDays = 7;

    /// <summary>The campaign's procedure.</summary>
    /// <returns>The workflow.</returns>
    public static WorkflowDefinition Campaign() => new WorkflowBuilder("campaign", "村级后备干部培养选拔流程（推定）")
        .State("draft", "筹备")
        .State("nominating", "提名推荐")
        .State("reviewing", "党支部审查")
        .State("inspecting", "组织考察")
        .State("notice", "考察公示")
        .State("filing", "报乡镇党委备案")
        .Final("completed", "已完成")
        .Final("cancelled", "已取消")
        .Action(Conventions.Publish, "公布培养选拔条件", "draft", "nominating", "第一篇 3.一", Guards.PlanApproved())
        .Action("close-nomination", "结束提名，党支部审查", "nominating", "reviewing", "第一篇 3.二",
            Guards.AtLeast(WorkflowFacts.ActiveNominations, 1, "至少须有一名提名人选"))
        .Action("close-review", "审查结束，组织考察", "reviewing", "inspecting", "第一篇 3.三",
            Guards.AtLeast(WorkflowFacts.ActiveNominations, 1, "没有通过审查的人选"))
        .CampaignNotice("inspecting", "notice", "filing", "发布考察公示", NoticeDays, "第一篇 3.三")
        .Action("complete", "报乡镇党委备案完毕", "filing", "completed", "第三篇（推定）",
            Guards.Fact(WorkflowFacts.AllNomineesDecided, "每名人选都须有结果"))
        .CancellableFrom("draft", "nominating")
        .Cite(Inferred.Cancel, "cancel")
        .Build();

    /// <summary>Each nominee's path.</summary>
    /// <returns>The workflow.</returns>
    public static WorkflowDefinition Nominee() => new WorkflowBuilder("nominee", "人选流程")
        .State("nominated", "已提名")
        .State("reviewed", "审查通过")
        .State("inspected", "已考察")
        .State(Conventions.Notice, "公示中")
        .State("noticed", "公示无异议")
        .Final(Conventions.Admitted, "已入库")
        .Final("not-selected", "审查未通过")
        .Final("disqualified", "取消资格")
        .Final("withdrawn", "已退出")
        .Action("review", "党支部审查通过", "nominated", "reviewed", "第三篇（推定）", Guards.NomineeEligible())
        .Action("not-select", "审查未通过", "nominated", "not-selected", "第三篇（推定）")
        .Action("inspect", "组织考察", "reviewed", "inspected", "第一篇 3.三", Guards.Inspected(), Guards.NomineeEligible())
        .NomineeNotice("inspected", "noticed", "列入考察公示", NoticeDays, "第一篇 3.三")
        .Action("admit", "报乡镇党委备案，列为后备干部", "noticed", Conventions.Admitted, "第三篇（推定）")
        .WithdrawableFrom("nominated", "reviewed", "inspected")
        .Cite(Inferred.Withdraw, "withdraw")
        .DuringCampaign("reviewing", "党支部审查", "review", "not-select")
        .DuringCampaign("inspecting", "组织考察", "inspect")
        .DuringCampaign("notice", "考察公示", Conventions.Publicize)
        .DuringCampaign("filing", "报乡镇党委备案", "admit")
        .Build();
}
