using ReserveSdk;

namespace MyScheme;

/// <summary>
/// 方案插件（由 dotnet new reserve-scheme 生成）：一个后备类别；刚性、可放宽、需认定和“或”条件各一条规则；一条数量规则；
/// 批次流程与人选流程，人选公示 7 天。按本单位的选拔方案改写每条规则的说明、条款和条件；docs/plugin-guide.md 逐项说明。
/// </summary>
public sealed class MySchemeScheme : ISchemePlugin
{
    /// <summary>公示天数。</summary>
    public const int NoticeDays = 7;

    /// <summary>中层后备 — 本方案唯一的类别。</summary>
    public static Track Mid { get; } = new("mid", "中层后备", PostLevel.Deputy);

    /// <inheritdoc />
    public SchemeDefinition Define() => new()
    {
        Manifest = new SchemeManifest("myscheme", "MyScheme 后备干部选拔方案", "1.0.0", "（方案原文标题）", SdkInfo.Version) { ShortName = "MyScheme 方案" },
        Tracks = [Mid],
        Rules =
        [
            Rules.Attested("loyalty", "政治坚定，作风正派", "一1"),
            Rules.Hard("education.min", "具有大学本科以上学历", "一2", Conditions.EducationAtLeast(EducationLevel.Bachelor)),
            Rules.Relaxable("age.max", "年龄一般在45周岁以下", "一3", Conditions.AgeAtMost(45)),
            Rules.Hard("experience", "任正科级满2年，或具有副高级以上职称", "一4",
                Condition.AnyOf(Conditions.RankIs(RankLevel.Section), Conditions.TitleAtLeast(TitleLevel.AssociateSenior))),
        ],
        PoolRules = [PoolRules.PerPosts("deputy.ratio", "副职后备按职数1:1配备", "三1", PostLevel.Deputy, 1m)],
        Channels = Channels.All,
        CampaignWorkflow = new WorkflowBuilder("campaign", "MyScheme 选拔流程")
            .State("draft", "筹备")
            .State("nominating", "民主推荐")
            .State("inspecting", "组织考察")
            .State("notice", "考察公示")
            .State("deciding", "集体研究")
            .Final("completed", "已完成")
            .Final("cancelled", "已取消")
            .Action(Conventions.Publish, "公布选拔方案", "draft", "nominating", "二1", Guards.PlanApproved())
            .Action("close-nomination", "结束推荐", "nominating", "inspecting", "二2", Guards.AtLeast(WorkflowFacts.ActiveNominations, 1, "至少须有一名人选"))
            .CampaignNotice("inspecting", "notice", "deciding", "发布考察公示", NoticeDays, "二3")
            .Action("complete", "集体研究确定", "deciding", "completed", "二4", Guards.Fact(WorkflowFacts.AllNomineesDecided, "每名人选都须有结果"))
            .CancellableFrom("draft", "nominating")
            .Cite(Inferred.Cancel, "cancel")
            .Build(),
        NomineeWorkflow = new WorkflowBuilder("nominee", "人选流程")
            .State("nominated", "已提名")
            .State("inspected", "已考察")
            .State(Conventions.Notice, "公示中")
            .State("noticed", "公示无异议")
            .Final(Conventions.Admitted, "已入库")
            .Final("disqualified", "取消资格")
            .Final("withdrawn", "已退出")
            .Action("inspect", "组织考察", "nominated", "inspected", "二2", Guards.Inspected(), Guards.NomineeEligible())
            .NomineeNotice("inspected", "noticed", "列入考察公示", NoticeDays, "二3")
            .Action("admit", "列为后备干部", "noticed", Conventions.Admitted, "二4")
            .WithdrawableFrom("nominated", "inspected")
            .Cite(Inferred.Withdraw, "withdraw")
            .DuringCampaign("inspecting", "组织考察", "inspect")
            .DuringCampaign("notice", "考察公示", Conventions.Publicize)
            .DuringCampaign("deciding", "集体研究", "admit")
            .Build(),
        UnitKinds = ["机关部门"],
    };
}
