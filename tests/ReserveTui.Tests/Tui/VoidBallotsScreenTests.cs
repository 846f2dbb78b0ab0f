using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>Issue 12 item 3 in the campaign screen: a whole import is voided by its 批号 with a reason; a bad target is said plainly.</summary>
public sealed class VoidBallotsScreenTests
{
    [Fact]
    public void AnImportIsVoidedFromTheCampaignScreen_AndTheTallySaysSo()
    {
        using var f = new CampaignFixture();
        using var dir = new TempDir();
        var (c, _) = f.StreetWithNominee("张三");
        f.Ballots.ImportBallots(c.Id, dir.File("v.csv", "投票人类别,推荐人选\n班子成员,张三\n群众,张三\n"));
        using var tui = new TuiHarness(f.Screens());
        tui.Press(Key.F4, Key.Tab);
        var screen = Assert.IsType<CampaignsScreen>(tui.Window.Current);
        screen.SelectAction(screen.ActionLines.ToList().FindIndex(l => l.Contains("作废推荐票", StringComparison.Ordinal)));
        tui.Press(Key.Enter);
        Assert.Contains("批1：v.csv，07-01 09:00 tester，2 张", tui.Screen);

        tui.Type("第一批");
        tui.Press(Key.Enter);
        tui.Type("录错了单位");
        tui.Press(Key.Enter);
        Assert.Contains("不是票号或导入批号", screen.Message);
        Assert.Equal(2, f.Ballots.Tally(c.Id).Overall.Ballots);

        screen.Form.Fill("批1", "录错了单位");
        screen.Form.Submit();
        Assert.Equal("已作废 2 张推荐票（保留在记录中，不再计票）", screen.Message);
        var tally = f.Ballots.Tally(c.Id);
        Assert.Equal((0, 2), (tally.Overall.Ballots, tally.Voided));
    }
}
