using ReserveTui.Hosting;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Services.Campaigns;

/// <summary>Nominations and ballots belong to the phase the publication opens; after it the list is settled.</summary>
public sealed class NominationPhaseTests
{
    [Fact]
    public void AfterTheRecommendationCloses_NoNominationOrBallotIsTaken_AndTheScreenSaysWhy()
    {
        using var f = new CampaignFixture();
        f.Unit("示例街道", "街道");
        f.People(CampaignFixture.Eligible("甲"), CampaignFixture.Eligible("乙"));
        var c = f.Service.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30));
        Assert.Contains("须先公布选拔方案", Assert.Throws<ReserveException>(() => f.Nominations.Nominate(c.Id, "甲", "中层后备", "民主推荐")).Message);
        f.Service.ApproveAndPublish(c.Id);
        f.Nominations.Nominate(c.Id, "甲", "中层后备", "民主推荐");
        f.Service.Act(c.Id, "close-nomination");

        const string Why = "批次当前环节为“组织考察”，只在“民主推荐”环节进行";
        var late = Assert.Throws<ReserveException>(() => f.Nominations.Nominate(c.Id, "乙", "中层后备", "民主推荐"));
        Assert.Equal((ErrorCode.Refused, $"不能提名：{Why}"), (late.Code, late.Message));
        var ballot = Assert.Throws<ReserveException>(() => f.Ballots.AddBallot(c.Id, "群众", ["甲"]));
        Assert.Equal($"不能录入推荐票：{Why}", ballot.Message);
        Assert.Single(f.Service.Show(c.Id).Nominations);
        Assert.Equal(0, f.Ballots.Tally(c.Id).Overall.Ballots);

        using var tui = new Tui.TuiHarness(f.Screens());
        tui.Press(Key.F4);
        var screen = Assert.IsType<CampaignsScreen>(tui.Window.Current);
        Assert.Contains($"[暂不可] 提名人选（F8）：{Why}", screen.ActionLines);
        Assert.Contains($"[暂不可] 录入推荐票（F9）：{Why}", screen.ActionLines);
        tui.Press(Key.F8);
        Assert.False(screen.Form.IsOpen);
        Assert.Equal(Why, screen.Message);

        // A finished campaign is read, not entered into: its entry tools are left out.
        var other = f.Service.New("street", "示例街道", 2027, new DateOnly(2027, 6, 30));
        f.Service.Act(other.Id, "cancel");
        tui.Press(Key.R.WithCtrl);
        if (!tui.Screen.Contains("当前：已取消", StringComparison.Ordinal)) tui.Press(Key.CursorDown);
        Assert.Contains("当前：已取消", tui.Screen);
        Assert.DoesNotContain(screen.ActionLines, l => l.Contains("提名人选", StringComparison.Ordinal) || l.Contains("录入推荐票", StringComparison.Ordinal));
        Assert.Contains("[查看] 全程记实（F7）", screen.ActionLines);
    }
}
