using ReserveSdk;

namespace ReserveSdk.Tests.Workflows;

public sealed class WorkflowBuilderTests
{
    [Fact]
    public void Build_UnreachableState_Throws()
    {
        var b = new WorkflowBuilder("w", "流程").State("a", "甲").State("lost", "孤立").Final("z", "终").Action("go", "前进", "a", "z");
        Assert.Equal("流程 w：从起始环节“a”无法到达环节 lost（孤立）：没有操作通向它", Assert.Throws<InvalidOperationException>(b.Build).Message);
    }

    [Fact]
    public void Build_ActionLeavingAFinalState_Throws()
    {
        var b = new WorkflowBuilder("w", "流程").State("a", "甲").Final("z", "终").Action("go", "前进", "a", "z").Action("back", "返回", "z", "a");
        Assert.Equal("流程 w：操作 back（返回）从终结环节“z”出发，终结环节之后不能再有操作", Assert.Throws<InvalidOperationException>(b.Build).Message);
    }

    [Fact]
    public void Build_NamesTheUnknownStateAndWhichEndOfTheActionItIs()
    {
        var from = new WorkflowBuilder("w", "流程").State("a", "甲").Final("z", "终").Action("go", "前进", "a", "z").Action("jump", "跳转", "b", "z");
        Assert.Equal("流程 w：操作 jump（跳转）的起点环节“b”未声明", Assert.Throws<InvalidOperationException>(from.Build).Message);
        var to = new WorkflowBuilder("w", "流程").State("a", "甲").Final("z", "终").Action("go", "前进", "a", "y");
        Assert.Equal("流程 w：操作 go（前进）的终点环节“y”未声明", Assert.Throws<InvalidOperationException>(to.Build).Message);
        var twice = new WorkflowBuilder("w", "流程").State("a", "甲").State("a", "乙").Final("z", "终").Action("go", "前进", "a", "z");
        Assert.Equal("流程 w：环节 id a 重复声明", Assert.Throws<InvalidOperationException>(twice.Build).Message);
        Assert.Equal("流程 w：没有操作 nope，无法注明出处（须先用 Action 声明）",
            Assert.Throws<InvalidOperationException>(() => new WorkflowBuilder("w", "流程").State("a", "甲").Cite("x", "nope")).Message);
    }

    [Fact]
    public void DaysSince_ClosesOnDaySevenNotDaySix()
    {
        var guard = Guards.DaysSince("open-notice", 7, "公示期满 7 天后方可结束");
        var opened = new DateTimeOffset(2026, 6, 1, 17, 0, 0, TimeSpan.FromHours(8));
        GuardContext At(DateTimeOffset now) => new(now, new Dictionary<string, DateTimeOffset> { ["open-notice"] = opened }, new Dictionary<string, string>());
        Assert.False(guard.Check(At(new DateTimeOffset(2026, 6, 7, 23, 59, 0, TimeSpan.FromHours(8)))));
        Assert.True(guard.Check(At(new DateTimeOffset(2026, 6, 8, 8, 0, 0, TimeSpan.FromHours(8)))));
        Assert.False(guard.Check(new GuardContext(opened, new Dictionary<string, DateTimeOffset>(), new Dictionary<string, string>())));
    }

    [Fact]
    public void NomineeNotice_ClearsOnlyAfterItsOwnPeriod_AndWithoutOpenOrVerifiedReports()
    {
        var w = new WorkflowBuilder("nominee", "人选流程").State("inspected", "已考察").State("notice", "公示中").Final("noticed", "公示无异议")
            .Final("disqualified", "取消资格").NomineeNotice("inspected", "noticed", "列入公示", 7, "第一篇 3.三").Build();
        var clear = w.Actions.Single(a => a.Id == "clear");
        var publicized = new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.FromHours(8));
        bool Allowed(int days, string openReports = "0") => clear.Guards.All(g => g.Check(new GuardContext(publicized.AddDays(days),
            new Dictionary<string, DateTimeOffset> { ["publicize"] = publicized },
            new Dictionary<string, string> { [WorkflowFacts.OpenReports] = openReports, [WorkflowFacts.ReportVerified] = "false" })));
        Assert.False(Allowed(6));
        Assert.True(Allowed(7));
        Assert.False(Allowed(7, openReports: "1"));
        Assert.Contains(clear.Guards, g => g.Description == "公示期 7 天，期满后方可确认公示无异议");
    }

    [Fact]
    public void DuringCampaign_HoldsTheNomineesStepUntilTheCampaignsStage_AndRefusesUnknownActions()
    {
        var w = new WorkflowBuilder("nominee", "人选流程").State("a", "甲").Final("z", "终").Action("go", "前进", "a", "z")
            .DuringCampaign("inspecting", "组织考察", "go").Build();
        var go = Assert.Single(w.Actions);
        bool Allowed(string? campaignState) => go.Guards.All(g => g.Check(new GuardContext(DateTimeOffset.Now, new Dictionary<string, DateTimeOffset>(),
            campaignState is null ? [] : new Dictionary<string, string> { [WorkflowFacts.CampaignState] = campaignState })));
        Assert.True(Allowed("inspecting"));
        Assert.False(Allowed("nominating"));
        Assert.False(Allowed(null));
        Assert.Equal("须待批次进入“组织考察”环节", Assert.Single(go.Guards).Description);
        Assert.Throws<InvalidOperationException>(() => new WorkflowBuilder("w", "流程").State("a", "甲").Final("z", "终").Action("go", "前进", "a", "z").DuringCampaign("x", "某", "fly").Build()); // checked at Build(), so the order of calls does not matter
    }
}
