using ReserveSdk;

namespace ReserveTest.FaultyPlugin;

/// <summary>
/// A scheme that passes the scheme check at load but whose code throws when it runs on real data, as a plugin
/// author's mistakes do: a rule that fails for a person with a name, a guard that parses a yes/no fact as a number. The host must contain both: the rule's outcome is a fault, the action is held back, nothing is committed.
/// </summary>
public sealed class FaultyScheme : ISchemePlugin
{
    /// <inheritdoc />
    public SchemeDefinition Define() => new()
    {
        Manifest = new SchemeManifest("faulty", "出错的测试方案", "1.0.0", "测试", SdkInfo.Version) { ShortName = "出错方案" },
        Tracks = [new Track("staff", "测试后备", PostLevel.Deputy)],
        Rules =
        [
            Rules.Hard("education.min", "须具备高中以上文化水平", "测试 1", Conditions.EducationAtLeast(EducationLevel.HighSchool)),
            Rules.Hard("broken", "读取一项不存在的信息", "测试 2",
                Condition.Create("读取一项不存在的信息", ["no_such_fact"], (p, _) => p.Name.Length > 0
                    ? throw new KeyNotFoundException("The given key 'no_such_fact' was not present in the dictionary.")
                    : new ConditionResult(ConditionStatus.Unknown, "缺信息"))),
        ],
        PoolRules = [new PoolRule("broken.pool", "一条出错的数量规则", "测试 9", PoolRuleKind.Quantity, _ => throw new InvalidOperationException("数量规则故意出错"))],
        Channels = Channels.All,
        CampaignWorkflow = new WorkflowBuilder("campaign", "出错的流程")
            .State("draft", "筹备")
            .State("nominating", "提名")
            .State("reviewing", "审查")
            .Final("completed", "已完成")
            .Final("cancelled", "已取消")
            .Action(Conventions.Publish, "公布", "draft", "nominating", "测试 3", Guards.PlanApproved())
            .Action("close", "结束提名", "nominating", "reviewing", "测试 4",
                new Guard("须有不存在的事实", g => int.Parse(g.Facts[WorkflowFacts.PlanApproved], System.Globalization.CultureInfo.InvariantCulture) > 0))
            .Action("complete", "完成", "reviewing", "completed", "测试 5")
            .CancellableFrom("draft", "nominating")
            .Cite(Inferred.Cancel, "cancel")
            .Build(),
        NomineeWorkflow = new WorkflowBuilder("nominee", "人选流程")
            .State("nominated", "已提名")
            .State("inspected", "已考察")
            .State(Conventions.Notice, "公示中")
            .State("noticed", "公示无异议")
            .Final(Conventions.Admitted, "已入库")
            .Final("withdrawn", "已退出")
            .Final("disqualified", "取消资格")
            .Action("inspect", "考察", "nominated", "inspected", "测试 6", Guards.NomineeEligible())
            .NomineeNotice("inspected", "noticed", "列入公示", 7, "测试 7")
            .Action("admit", "入库", "noticed", Conventions.Admitted, "测试 8")
            .WithdrawableFrom("nominated", "inspected")
            .Cite(Inferred.Withdraw, "withdraw")
            .Build(),
        UnitKinds = ["测试单位"],
    };
}
