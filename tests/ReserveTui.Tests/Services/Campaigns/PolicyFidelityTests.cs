using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Services.Campaigns;

namespace ReserveTui.Tests.Services.Campaigns;

/// <summary>
/// Issue 8's defects that live in the procedure rather than in one person's verdict, driven through the services:
/// county direct entry, the enterprise's decision in total-score order, the plan's approval before publication,
/// and the village's inspection and notice.
/// </summary>
public sealed class PolicyFidelityTests
{
    private static Person NewGraduate(string name) => new()
    {
        Name = name, Gender = Gender.Female, BirthDate = new DateOnly(2002, 9, 1), Education = EducationLevel.Master, FullTime = true,
        WorkStart = new DateOnly(2026, 6, 30), Rank = RankLevel.Clerk, RankSince = new DateOnly(2026, 6, 30), MidLevel = false,
    };

    [Fact]
    public void County_ANewSelectedGraduate_EntersTheDeputyTrackDirectly_AndNoOther()
    {
        using var f = new CampaignFixture();
        f.Unit("示例县委组织部", "县直机关", 2, 4);
        f.People(NewGraduate("选调生甲"));
        var s = f.Service;
        var c = s.ApproveAndPublish(s.New("county", "示例县委组织部", 2026, new DateOnly(2026, 6, 30)).Id);

        // 每年分配的省委组织部选调生，直接列为副科级后备干部: never 正科级, and nothing is written when refused.
        var wrongTrack = Assert.Throws<ReserveException>(() => f.Nominations.Nominate(c.Id, "选调生甲", "正科级后备", "graduate"));
        Assert.Equal(ErrorCode.Refused, wrongTrack.Code);
        Assert.Equal("“选调生（直接列为副科级后备）”只能列为副科级后备，不能列为正科级后备〔第五篇 推荐+考选〕", wrongTrack.Message);
        Assert.Empty(s.Show(c.Id).Nominations);

        // 0 years of work fails the track's own rule, which direct entry does not pass through.
        var n = f.Nominations.Nominate(c.Id, "选调生甲", "副科级后备", "graduate");
        Assert.Contains(n.Eligibility.Rules, r => r.RuleId == "work.years" && r.Outcome == RuleOutcome.Fail);
        Assert.True(n.Actions.Single(a => a.Id == "enter-directly").Permitted);
        n = f.Nominations.ActNomination(n.Id, "enter-directly");
        Assert.Equal("admitted", n.State);
        var reserve = Assert.Single(f.Nominations.Reserves());
        Assert.Equal(("deputy-section", "graduate"), (reserve.TrackId, f.Nominations.ShowNomination(n.Id).ChannelId));
    }

    [Fact]
    public void County_RunnersUpAndUnhiredCandidates_RecordTheRankTheyCompetedFor_WhichMustMatchTheTrack()
    {
        using var f = new CampaignFixture();
        f.Unit("示例县委组织部", "县直机关", 2, 4);
        f.People(CampaignFixture.Eligible("差额甲"), CampaignFixture.Eligible("考察乙"));
        var s = f.Service;
        var c = s.ApproveAndPublish(s.New("county", "示例县委组织部", 2026, new DateOnly(2026, 6, 30)).Id);

        var missing = Assert.Throws<ReserveException>(() => f.Nominations.Nominate(c.Id, "差额甲", "正科级后备", "runner-up"));
        Assert.Equal(ErrorCode.Usage, missing.Code);
        Assert.Contains("须登记所竞争职位的层次", missing.Message);
        var garbage = Assert.Throws<ReserveException>(() => f.Nominations.Nominate(c.Id, "差额甲", "正科级后备", "runner-up", new string('科', 2000)));
        Assert.Equal(ErrorCode.Usage, garbage.Code);
        Assert.True(garbage.Message.Length < 120, "a 2,000-character paste is not echoed back whole");
        var mismatch = Assert.Throws<ReserveException>(() => f.Nominations.Nominate(c.Id, "差额甲", "正科级后备", "runner-up", "副科"));
        Assert.Equal(ErrorCode.Refused, mismatch.Code);
        Assert.Equal("竞争的是副科级职位，只能直接列为相应层次（副科级）的后备，不能列为正科级后备〔第五篇 推荐+考选〕", mismatch.Message);
        var notAsked = Assert.Throws<ReserveException>(() => f.Nominations.Nominate(c.Id, "差额甲", "正科级后备", "exam", "正科"));
        Assert.Equal(ErrorCode.Usage, notAsked.Code);
        Assert.Empty(s.Show(c.Id).Nominations);

        var runnerUp = f.Nominations.Nominate(c.Id, "差额甲", "正科级后备", "runner-up", "正科级");
        var unhired = f.Nominations.Nominate(c.Id, "考察乙", "副科级后备", "not-hired", "副科");
        Assert.Equal(("正科", "副科"), (runnerUp.Record.CompetedRank, unhired.Record.CompetedRank));
        Assert.Equal(("runner-up", "not-hired"), (runnerUp.ChannelId, unhired.ChannelId)); // which case it is
        Assert.Contains("\"competed_rank\":\"正科\"", s.History(c.Id).Single(e => e.Nominee == "差额甲" && e.Action == "nomination.new").Data);
    }

    [Fact]
    public void Enterprise_DecidesInTotalScoreOrder_AHigherRankedCandidateHoldsTheLowerBack_UntilDecided()
    {
        using var f = new CampaignFixture();
        // 甲 83, 乙 78, 丙 and 丁 tie at 73.
        var (c, ids) = f.EnterpriseAtDeciding(["甲", "乙", "丙", "丁"], "甲,25,30,12,8,8\n乙,20,30,12,8,8\n丙,15,30,12,8,8\n丁,15,30,12,8,8\n");
        var s = f.Service;

        var held = f.Nominations.ShowNomination(ids["丙"]).Actions.Single(a => a.Id == "select");
        Assert.False(held.Permitted);
        Assert.Contains("须依据总成绩次序确定：排名在前的 甲（第1名，总分 83）、乙（第2名，总分 78） 尚未研究审定", held.Reasons.Single());
        var refused = Assert.Throws<ReserveException>(() => f.Nominations.ActNomination(ids["丙"], "select"));
        Assert.Equal(ErrorCode.Refused, refused.Code);
        Assert.Equal("inspected", f.Nominations.ShowNomination(ids["丙"]).State);

        // Not selecting someone takes a reason; without one nothing changes.
        var noReason = Assert.Throws<ReserveException>(() => f.Nominations.ActNomination(ids["乙"], "not-select", "  "));
        Assert.Equal((ErrorCode.Usage, "乙：“研究审定未确定”须写明理由"), (noReason.Code, noReason.Message));
        Assert.Equal("inspected", f.Nominations.ShowNomination(ids["乙"]).State);

        f.Nominations.ActNomination(ids["甲"], "select");
        Assert.Contains("乙（第2名，总分 78）", f.Nominations.ShowNomination(ids["丙"]).Actions.Single(a => a.Id == "select").Reasons.Single());
        Assert.DoesNotContain("甲", f.Nominations.ShowNomination(ids["丙"]).Actions.Single(a => a.Id == "select").Reasons.Single());
        var out2 = f.Nominations.ActNomination(ids["乙"], "not-select", "考察中发现群众意见较大");
        Assert.Equal("考察中发现群众意见较大", out2.Record.ActionNotes["not-select"]);

        // Once decided in score order, the ranking behind the decision stays: no score changes, by file or by hand.
        using (var dir = new TempDir())
        {
            var rescore = Assert.Throws<ReserveException>(() => f.Scores.ImportScores(c.Id, dir.File("again.csv", "姓名,笔试,演讲答辩,公司领导班子,相关中层干部,职工代表\n甲,10,10,10,5,5\n")));
            Assert.Equal(ErrorCode.BadInput, rescore.Code);
            Assert.Contains("第 1 行 姓名: 甲 已“研究审定确定”，成绩不能再改（依据总成绩次序确定后，排名须保持原样）", rescore.Details);
            var byHand = Assert.Throws<ReserveException>(() => f.Nominations.RecordScores(ids["乙"], new Dictionary<string, decimal> { ["written"] = 30 }));
            Assert.Equal("乙 的人选流程已结束（未确定），不再登记", byHand.Message);
        }

        Assert.Equal(25m, f.Nominations.ShowNomination(ids["甲"]).Record.Scores["written"]);

        // A tie holds nobody back: 丙 and 丁 may each be decided first.
        Assert.True(f.Nominations.ShowNomination(ids["丁"]).Actions.Single(a => a.Id == "select").Permitted);
        Assert.Equal("selected", f.Nominations.ActNomination(ids["丙"], "select").State);
        Assert.Equal("selected", f.Nominations.ActNomination(ids["丁"], "select").State);
    }

    [Fact]
    public void PlanApproval_IsRecordedBeforePublication_CheckedAsInput_AndFixedOncePublished()
    {
        using var f = new CampaignFixture();
        f.Unit("示例街道", "街道");
        var s = f.Service;
        var c = s.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30));

        Assert.Equal(ErrorCode.Usage, Assert.Throws<ReserveException>(() => s.ApprovePlan(c.Id, "区委组织部\n第二行", "组审1号")).Code);
        Assert.Equal(ErrorCode.Usage, Assert.Throws<ReserveException>(() => s.ApprovePlan(c.Id, new string('审', 2000), "组审1号")).Code);
        Assert.Equal(ErrorCode.Usage, Assert.Throws<ReserveException>(() => s.ApprovePlan(c.Id, "区委组织部", "")).Code);
        Assert.Contains("晚于今天", Assert.Throws<ReserveException>(() => s.ApprovePlan(c.Id, "区委组织部", "组审1号", new DateOnly(2026, 7, 2))).Message);
        Assert.Null(s.Show(c.Id).PlanApproval);
        Assert.Equal(0, s.Show(c.Id).Version);

        s.ApprovePlan(c.Id, "  区委组织部  ", "组审〔2026〕1号", new DateOnly(2026, 6, 20));
        var corrected = s.ApprovePlan(c.Id, "区委组织部", "组审〔2026〕2号", expectedVersion: 1);
        Assert.Equal(("区委组织部", "组审〔2026〕2号", new DateOnly(2026, 7, 1), "tester"), (corrected.PlanApproval!.Approver, corrected.PlanApproval.Document, corrected.PlanApproval.On, corrected.PlanApproval.By));
        Assert.Equal(ErrorCode.Conflict, Assert.Throws<ReserveException>(() => s.ApprovePlan(c.Id, "区委组织部", "组审3号", expectedVersion: 1)).Code);
        var record = s.History(c.Id).Where(e => e.Action == "campaign.approve").ToList();
        Assert.Equal(2, record.Count);
        Assert.Contains("\"before\":{\"approver\":\"区委组织部\",\"document\":\"组审〔2026〕1号\"", record[1].Data);
        Assert.Equal("登记方案审核", record[0].ActionName);

        s.Act(c.Id, "publish", publication: CampaignFixture.Publication);
        var late = Assert.Throws<ReserveException>(() => s.ApprovePlan(c.Id, "市委组织部", "组审4号"));
        Assert.Equal(ErrorCode.Refused, late.Code);
        Assert.Equal("组审〔2026〕2号", s.Show(c.Id).PlanApproval!.Document);
        Assert.False(s.Show(c.Id).PlanApprovalOpen);
    }

    [Fact]
    public void Village_InspectsAndPublicizesEveryNominee_BeforeFiling()
    {
        using var f = new CampaignFixture();
        f.Unit("示例村党支部", "村", 1, 2);
        f.People(CampaignFixture.Eligible("甲"));
        var s = f.Service;
        var c = s.ApproveAndPublish(s.New("village", "示例村党支部", 2026, new DateOnly(2026, 6, 30)).Id);
        Assert.Contains("民主推荐", c.ChannelNames);
        Assert.Contains("群众推荐", c.ChannelNames);
        var n = f.Nominations.Nominate(c.Id, "甲", "村级后备", "群众推荐");
        foreach (var rule in n.Eligibility.Rules.Where(r => r.Outcome == RuleOutcome.Pending)) f.Nominations.Attest(n.Id, rule.RuleId);
        f.Nominations.Relax(n.Id, "age.max", "致富带头人，群众公认", "乡镇党委"); // 38: 原则上35周岁以下
        s.Act(c.Id, "close-nomination");
        f.Nominations.ActNomination(n.Id, "review");
        s.Act(c.Id, "close-review");
        var inspect = f.Nominations.ShowNomination(n.Id).Actions.Single(a => a.Id == "inspect");
        Assert.Equal(["须先记录组织考察结论"], inspect.Reasons);
        f.Nominations.Inspect(n.Id, 0.9m, 0.1m, 0m, "合格");
        f.Nominations.ActNomination(n.Id, "inspect");
        s.Act(c.Id, "open-notice");
        f.Nominations.ActNomination(n.Id, "publicize");
        f.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Contains("公示期 7 天", f.Nominations.ShowNomination(n.Id).Actions.Single(a => a.Id == "clear").Reasons.Single());
        f.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("noticed", f.Nominations.ActNomination(n.Id, "clear").State);
    }
}
