using ReserveSdk;
using ReserveTui.Hosting;

namespace ReserveTui.Tests.Services.Campaigns;

/// <summary>
/// Issue 15: a notice's period is given as dates on the actions it holds back, reports are taken only while it runs,
/// and a nominee left behind by the campaign is not offered the steps that can no longer lead anywhere.
/// </summary>
public sealed class PeriodAndStageTests : IDisposable
{
    private readonly CampaignFixture _f = new();

    [Fact]
    public void TheNomineesClear_IsHeldBackWithTheDates_AndAReportAfterTheNoticeIsRefused()
    {
        var (_, n) = _f.StreetNomineeInNotice("甲"); // publicized 2026-07-01
        var clear = n.Actions.Single(a => a.Id == "clear");
        Assert.False(clear.Permitted);
        Assert.Contains("公示 2026-07-01 至 2026-07-07，07-08 起可公示无异议", string.Join("；", clear.Reasons));

        // The last day of the notice still takes a report; the day after it has run out does not.
        _f.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Single(_f.Nominations.Report(n.Id, "反映其工作作风问题").Record.Reports);
        _f.Clock.Advance(TimeSpan.FromDays(1));
        var shown = _f.Nominations.ShowNomination(n.Id);
        var record = shown.Records.Single(r => r.Id == ReserveTui.Services.Campaigns.RecordIds.Report);
        Assert.False(record.Permitted);
        Assert.Equal(["公示期已于 2026-07-07 届满，不再登记公示举报"], record.Reasons);
        var refused = Assert.Throws<ReserveException>(() => _f.Nominations.Report(n.Id, "期满后的反映"));
        Assert.Contains("公示期已于 2026-07-07 届满", refused.Message);
        Assert.Single(_f.Nominations.ShowNomination(n.Id).Record.Reports);
    }

    [Fact]
    public void ANomineeLeftBehind_IsNotOfferedStepsThatLeadNowhere_ButMayStillWithdraw()
    {
        // 甲 goes on to be recommended; 乙 is nominated too but never gives the 述职, and the campaign moves on.
        var (c, n) = _f.StreetWithNominee("甲");
        _f.People(CampaignFixture.Eligible("乙"));
        var behind = _f.Nominations.Nominate(c.Id, "乙", "中层后备", "民主推荐");
        Assert.Contains(behind.Actions, a => a.Id == "debrief");
        foreach (var rule in n.Eligibility.Rules.Where(r => r.Outcome == RuleOutcome.Pending)) _f.Nominations.Attest(n.Id, rule.RuleId);
        _f.Nominations.ActNomination(n.Id, "debrief");
        _f.Ballots.AddBallot(c.Id, "班子成员", ["甲"]);
        _f.Nominations.ActNomination(n.Id, "recommend");
        _f.Service.Act(c.Id, "close-nomination");

        // 述职 would lead only to 推荐 or 不列为推荐人选, both of the 民主推荐 stage the campaign has left: not offered.
        var left = _f.Nominations.ShowNomination(behind.Id);
        Assert.DoesNotContain(left.Actions, a => a.Id == "debrief");
        Assert.Contains(left.Actions, a => a.Id == "withdraw");
        // 甲's next step belongs to the current stage and is offered.
        Assert.Contains(_f.Nominations.ShowNomination(n.Id).Actions, a => a.Id == "inspect");
    }

    [Fact]
    public void AStepNoLongerOffered_IsRefusedFromTheCommandLineToo_WithWhy_AndChangesNothing()
    {
        var (c, n) = _f.StreetWithNominee("甲");
        _f.People(CampaignFixture.Eligible("乙"));
        var behind = _f.Nominations.Nominate(c.Id, "乙", "中层后备", "民主推荐");
        foreach (var rule in n.Eligibility.Rules.Where(r => r.Outcome == RuleOutcome.Pending)) _f.Nominations.Attest(n.Id, rule.RuleId);
        _f.Nominations.ActNomination(n.Id, "debrief");
        _f.Ballots.AddBallot(c.Id, "班子成员", ["甲"]);
        _f.Nominations.ActNomination(n.Id, "recommend");
        _f.Service.Act(c.Id, "close-nomination");

        var refused = Assert.Throws<ReserveException>(() => _f.Nominations.ActNomination(behind.Id, "debrief"));
        Assert.Equal(ErrorCode.Refused, refused.Code);
        Assert.Contains("乙：不能执行“述职”：批次已在“", refused.Message);
        Assert.Contains("已无法进入后备干部人才库", refused.Message);
        var after = _f.Nominations.ShowNomination(behind.Id);
        Assert.Equal((behind.State, behind.Version), (after.State, after.Version));
    }

    public void Dispose() => _f.Dispose();
}
