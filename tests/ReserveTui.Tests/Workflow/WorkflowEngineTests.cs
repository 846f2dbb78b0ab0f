using ReserveScheme.College;
using ReserveSdk;
using ReserveTui.Workflow;

namespace ReserveTui.Tests.Workflow;

public sealed class WorkflowEngineTests
{
    private static readonly DateTimeOffset Opened = new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private static GuardContext At(DateTimeOffset now, Dictionary<string, string>? facts = null) =>
        new(now, new Dictionary<string, DateTimeOffset> { ["open-notice"] = Opened }, facts ?? []);

    private static readonly WorkflowEngine Campaign = new(CollegeWorkflow.Campaign());
    private static readonly WorkflowEngine Nominee = new(CollegeWorkflow.Nominee());

    [Fact]
    public void Fire_CloseNoticeOnDaySix_IsRefusedWithTheGuardsReason()
    {
        var r = Campaign.Fire("notice", "close-notice", At(Opened.AddDays(6)));
        Assert.False(r.Done);
        Assert.Equal("notice", r.State);
        // The period as dates: opened 06-01 (day 0), last day 06-07, closable from 06-08.
        Assert.Equal(["公示期 7 天，期满后方可结束公示（公示 2026-06-01 至 2026-06-07，06-08 起可结束公示）"], r.Reasons);
    }

    [Fact]
    public void Actions_CarryTheNoticePeriod_AsDates_AndSayWhenItHasRunOut()
    {
        var close = Campaign.Actions("notice", At(Opened.AddDays(7))).Single(a => a.Id == "close-notice");
        Assert.True(close.Permitted);
        Assert.Equal(new DateOnly(2026, 6, 7), close.Period!.Last);
        Assert.Equal("公示 2026-06-01 至 2026-06-07，已期满", close.PeriodText(new DateOnly(2026, 6, 8)));
    }

    [Fact]
    public void IsPast_IsTrueOnlyForAStateTheWorkflowCannotComeBackTo()
    {
        Assert.True(Campaign.IsPast("deciding", "nominating"));
        Assert.False(Campaign.IsPast("nominating", "deciding"));
        Assert.False(Campaign.IsPast("notice", "notice"));
    }

    [Fact]
    public void Fire_CloseNoticeOnDaySeven_MovesToDeciding()
    {
        var r = Campaign.Fire("notice", "结束公示", At(Opened.AddDays(7)));
        Assert.True(r.Done);
        Assert.Equal("deciding", r.State);
    }

    [Fact]
    public void Actions_ListsHeldBackActionsWithEveryUnmetReason()
    {
        var actions = Nominee.Actions("debriefed", At(Opened, new() { [WorkflowFacts.CampaignState] = "nominating" }));
        var recommend = Assert.Single(actions, a => a.Id == "recommend");
        Assert.False(recommend.Permitted);
        Assert.Equal(2, recommend.Reasons.Count);

        // Once the campaign has moved on, the recommendation is out of its stage, and says so.
        var late = Nominee.Actions("debriefed", At(Opened, new() { [WorkflowFacts.CampaignState] = "inspecting" })).Single(a => a.Id == "recommend");
        Assert.Contains("须待批次进入“民主推荐”环节", late.Reasons);
        Assert.Contains(actions, a => a.Id == "withdraw" && a.Permitted);
    }

    [Fact]
    public void Fire_ActionFromAnotherState_IsRefusedNamingTheState()
    {
        var r = Nominee.Fire("nominated", "admit", At(Opened));
        Assert.Equal(["当前环节“已提名”不能执行“纳入后备干部库”"], r.Reasons);
        Assert.Equal(["流程中没有“飞升”这一操作"], Nominee.Fire("nominated", "飞升", At(Opened)).Reasons);
    }

    [Fact]
    public void PrincipalDivision_MustBeFiledBeforeAdmission()
    {
        var facts = new Dictionary<string, string> { [WorkflowFacts.TrackId] = "principal-division", [WorkflowFacts.CampaignState] = "deciding" };
        Assert.Equal(["正处级后备干部须先报市委组织部备案"], Nominee.Fire("decided", "admit", At(Opened, facts)).Reasons);
        var filed = Nominee.Fire("decided", "file", At(Opened, facts));
        Assert.Equal("filed", filed.State);
        Assert.Equal("admitted", Nominee.Fire(filed.State, "admit", At(Opened, facts)).State);
        var deputy = new Dictionary<string, string> { [WorkflowFacts.TrackId] = "deputy-division", [WorkflowFacts.CampaignState] = "deciding" };
        Assert.Equal("admitted", Nominee.Fire("decided", "admit", At(Opened, deputy)).State);
    }
}
