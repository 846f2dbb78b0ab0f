using ReserveSdk;

namespace ReserveScheme.County;

/// <summary>
/// 推荐+考选: recommendation (党代会推荐、考核推荐) or 考选 (with open selection), each followed by inspection and
/// the notice; direct-entry nominees (差额人选, 未录用的考察对象, 选调生) are listed as reserves directly.
/// </summary>
public static class CountyWorkflow
{
    /// <summary>Days the notice runs (the seed gives none; inferred 7).</summary>
    public const int NoticeDays = 7;

    /// <summary>The campaign's procedure.</summary>
    /// <returns>The workflow.</returns>
    public static WorkflowDefinition Campaign() => new WorkflowBuilder("campaign", "县科级后备干部选拔流程")
        .State("draft", "筹备")
        .State("nominating", "推荐与考选")
        .State("inspecting", "组织考察")
        .State("notice", "考察公示")
        .State("deciding", "研究确定")
        .Final("completed", "已完成")
        .Final("cancelled", "已取消")
        .Action(Conventions.Publish, "公布选拔条件与方式", "draft", "nominating", "第一篇 3.一", Guards.PlanApproved())
        .Action("close-nomination", "结束推荐与考选", "nominating", "inspecting", "第五篇 推荐+考选",
            Guards.AtLeast(WorkflowFacts.ActiveNominations, 1, "至少须有一名人选"))
        .CampaignNotice("inspecting", "notice", "deciding", "发布考察公示", NoticeDays, "第一篇 3.三")
        .Action("complete", "完成选拔", "deciding", "completed", "推定：原文未规定（县委组织部研究确定全部人选后结束）",
            Guards.Fact(WorkflowFacts.AllNomineesDecided, "每名人选都须有结果"))
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
        // Direct entry is the seed's own decision: it does not pass through the track's eligibility rules (a new
        // 选调生 has 0 years of work); which track each case may enter is checked when the person is nominated.
        .Action("enter-directly", "直接列为相应层次的后备干部", "nominated", Conventions.Admitted, "第五篇 推荐+考选", Guards.DirectEntry())
        .Action(Conventions.Debrief, "述职", "nominated", "debriefed", "第一篇 3.二", Guards.NotDirectEntry())
        .Action("recommend", "推荐得票集中，列为考察对象", "debriefed", "recommended", "第五篇 推荐+考选", Guards.VotesConcentrated(), Guards.NomineeEligible())
        .Action("pass-exam", "考选合格，列为考察对象", "debriefed", "recommended", "第五篇 推荐+考选",
            Guards.Fact(WorkflowFacts.ExamPassed, "考选成绩须合格"), Guards.NomineeEligible())
        .Action("not-select", "不列为考察对象", "debriefed", "not-selected", "第一篇 3.二")
        .Action("inspect", "组织考察", "recommended", "inspected", "第一篇 3.三", Guards.Inspected(), Guards.NomineeEligible())
        .NomineeNotice("inspected", "noticed", "列入考察公示", NoticeDays, "第一篇 3.三")
        .Action("admit", "县委组织部研究确定，纳入后备干部队伍", "noticed", Conventions.Admitted, "推定：原文未规定（县委组织部研究确定）")
        .Action("reject", "未予确定", "noticed", "not-selected", "推定：原文未规定（县委组织部研究确定）")
        .WithdrawableFrom("nominated", "debriefed", "recommended", "inspected")
        .Cite(Inferred.Withdraw, "withdraw")
        .DuringCampaign("nominating", "推荐与考选", "recommend", "pass-exam", "not-select")
        .DuringCampaign("inspecting", "组织考察", "inspect")
        .DuringCampaign("notice", "考察公示", Conventions.Publicize)
        .DuringCampaign("deciding", "研究确定", "admit", "reject")
        .Build();
}
