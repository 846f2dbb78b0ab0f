using ReserveSdk;

namespace ReserveScheme.Enterprise;

/// <summary>四、选拔程序: 报名 → 资格审查 → 笔试 → 演讲答辩 → 组织考察 → 研究审定 → 公示.</summary>
public static class EnterpriseWorkflow
{
    /// <summary>Days the notice runs (the seed gives none; inferred 7).</summary>
    public const int NoticeDays = 7;

    /// <summary>The campaign's procedure.</summary>
    /// <returns>The workflow.</returns>
    public static WorkflowDefinition Campaign() => new WorkflowBuilder("campaign", "公开选拔中层助理流程")
        .State("draft", "筹备")
        .State("registration", "报名")
        .State("review", "资格审查")
        .State("written", "笔试")
        .State("speech", "演讲答辩")
        .State("inspection", "组织考察")
        .State("deciding", "研究审定")
        .State("notice", "公示")
        .Final("completed", "已完成")
        .Final("cancelled", "已取消")
        .Action(Conventions.Publish, "发布实施方案，开始报名", "draft", "registration", "第四篇 六", Guards.PlanApproved())
        .Action("close-registration", "截止报名", "registration", "review", "第四篇 六",
            Guards.AtLeast(WorkflowFacts.ActiveNominations, 1, "没有报名人员（或都已退出）"))
        .Action("close-review", "资格审查结束", "review", "written", "第四篇 四",
            Guards.AtLeast(WorkflowFacts.ActiveNominations, 1, "没有通过资格审查的人员"))
        .Action("close-written", "笔试结束", "written", "speech", "第四篇 四(一)")
        .Action("close-speech", "演讲答辩结束", "speech", "inspection", "第四篇 四(二)")
        .Action("close-inspection", "组织考察结束", "inspection", "deciding", "第四篇 四(三)",
            Guards.Fact(WorkflowFacts.ScoresComplete, "每名人选的笔试、演讲答辩、组织考察成绩须录入完整"))
        .CampaignNotice("deciding", "notice", "completed", "研究审定后发布公示", NoticeDays, "第四篇 四",
            Guards.Fact(WorkflowFacts.AllNomineesDecided, "每名人选都须有结果"))
        .CancellableFrom("draft", "registration")
        .Cite(Inferred.Cancel, "cancel")
        .Build();

    /// <summary>Each candidate's path.</summary>
    /// <returns>The workflow.</returns>
    public static WorkflowDefinition Nominee() => new WorkflowBuilder("nominee", "应聘人员流程")
        .State("registered", "已报名")
        .State("qualified", "资格审查通过")
        .State("written", "已笔试")
        .State("spoken", "已演讲答辩")
        .State("inspected", "已考察")
        .State("selected", "研究审定确定")
        .State(Conventions.Notice, "公示中")
        .Final(Conventions.Admitted, "已入库")
        .Final("not-qualified", "资格审查未通过")
        .Final("not-selected", "未确定")
        .Final("disqualified", "取消资格")
        .Final("withdrawn", "已退出")
        .Action("qualify", "资格审查通过", "registered", "qualified", "第四篇 四、六",
            Guards.Fact(WorkflowFacts.DocumentsComplete, "报名材料须齐全：《应聘人员登记表》一式2份、身份证、学历（学位）证、现任岗位证明"),
            Guards.NomineeEligible())
        .Action("disqualify-registration", "资格审查未通过", "registered", "not-qualified", "第四篇 四")
        .Action("sit-written", "参加笔试", "qualified", "written", "第四篇 四(一)")
        .Action("speak", "参加演讲答辩", "written", "spoken", "第四篇 四(二)")
        .Action("inspect", "组织考察", "spoken", "inspected", "第四篇 四(三)", Guards.Inspected())
        .Action("select", "研究审定确定", "inspected", "selected", "第四篇 四(四)",
            Guards.Fact(WorkflowFacts.Scored, "须录入完整的笔试、演讲答辩、组织考察成绩"), Guards.InScoreOrder())
        .Action("not-select", "研究审定未确定", "inspected", "not-selected", "第四篇 四(四)")
        .Action(Conventions.Publicize, "列入公示", "selected", Conventions.Notice, "第四篇 四")
        .Action("admit", "公示无异议，进入后备干部库", Conventions.Notice, Conventions.Admitted, "第四篇 二(二)",
            Guards.DaysSince(Conventions.Publicize, NoticeDays, $"公示期 {NoticeDays} 天，期满后方可进入后备干部库"), Guards.NoOpenReports(), Guards.NoVerifiedReport())
        .Action(Conventions.Disqualify, "举报经查实，取消资格", Conventions.Notice, "disqualified", "第一篇 3.三", Guards.ReportVerified())
        .WithdrawableFrom("registered", "qualified", "written", "spoken", "inspected")
        .Cite(Inferred.Withdraw, "withdraw")
        .NoteRequired("not-select")
        .DuringCampaign("review", "资格审查", "qualify", "disqualify-registration")
        .DuringCampaign("written", "笔试", "sit-written")
        .DuringCampaign("speech", "演讲答辩", "speak")
        .DuringCampaign("inspection", "组织考察", "inspect")
        .DuringCampaign("deciding", "研究审定", "select", "not-select")
        .DuringCampaign("notice", "公示", Conventions.Publicize, "admit")
        .Build();
}
