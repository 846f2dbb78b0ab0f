using ReserveSdk;

namespace ReserveTest.DefectsPlugin;

/// <summary>
/// A sound scheme, which the scheme check passes; each defect fixture beside it is this scheme with one mistake,
/// so the verifier's test can show that exactly that mistake is caught, with its code.
/// </summary>
public static class Sound
{
    public static SchemeDefinition Scheme(string id) => new()
    {
        Manifest = new SchemeManifest(id, $"测试方案 {id}", "1.0.0", "测试", SdkInfo.Version),
        Tracks = [new Track("staff", "测试后备", PostLevel.Deputy)],
        Rules = [Rules.Hard("education.min", "须具备高中以上文化水平", "测试 1", Conditions.EducationAtLeast(EducationLevel.HighSchool))],
        Channels = Channels.All,
        CampaignWorkflow = Campaign().Build(),
        NomineeWorkflow = Nominee().Build(),
        UnitKinds = ["测试单位"],
    };

    public static WorkflowBuilder Campaign(string publish = Conventions.Publish) => new WorkflowBuilder("campaign", "测试批次流程")
        .State("draft", "筹备")
        .State("nominating", "提名")
        .Final("completed", "已完成")
        .Final("cancelled", "已取消")
        .Action(publish, "公布", "draft", "nominating", "测试 2", Guards.PlanApproved())
        .Action("complete", "完成", "nominating", "completed", "测试 3", Guards.AtLeast(WorkflowFacts.ActiveNominations, 1, "至少须有一名人选"))
        .CancellableFrom("draft", "nominating")
        .Cite(Inferred.Cancel, "cancel");

    public static WorkflowBuilder Nominee() => new WorkflowBuilder("nominee", "人选流程")
        .State("nominated", "已提名")
        .State("inspected", "已考察")
        .State(Conventions.Notice, "公示中")
        .State("noticed", "公示无异议")
        .Final(Conventions.Admitted, "已入库")
        .Final("withdrawn", "已退出")
        .Final("disqualified", "取消资格")
        .Action("inspect", "考察", "nominated", "inspected", "测试 4", Guards.NomineeEligible())
        .NomineeNotice("inspected", "noticed", "列入公示", 7, "测试 5")
        .Action("admit", "入库", "noticed", Conventions.Admitted, "测试 6")
        .WithdrawableFrom("nominated", "inspected")
        .Cite(Inferred.Withdraw, "withdraw");
}
