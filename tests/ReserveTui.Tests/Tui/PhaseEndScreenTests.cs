using ReserveSdk;
using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>
/// Issue 15: an action that ends a phase for every nominee asks for a second Enter when it would leave some behind,
/// saying how many; a nominee in the notice shows its dates on its line.
/// </summary>
public sealed class PhaseEndScreenTests : IDisposable
{
    private readonly CampaignFixture _f = new();

    [Fact]
    public void EndingTheRecommendation_WithANomineeBehind_TakesASecondEnter()
    {
        var (c, n) = _f.StreetWithNominee("甲");
        _f.People(CampaignFixture.Eligible("乙"));
        _f.Nominations.Nominate(c.Id, "乙", "中层后备", "民主推荐");
        foreach (var rule in n.Eligibility.Rules.Where(r => r.Outcome == RuleOutcome.Pending)) _f.Nominations.Attest(n.Id, rule.RuleId);
        _f.Nominations.ActNomination(n.Id, "debrief");
        _f.Ballots.AddBallot(c.Id, "班子成员", ["甲"]);
        _f.Nominations.ActNomination(n.Id, "recommend");
        using var tui = new TuiHarness(_f.Screens());
        tui.Press(Key.F4);
        var screen = Assert.IsType<CampaignsScreen>(tui.Window.Current);
        screen.SelectAction(screen.ActionLines.ToList().FindIndex(l => l.Contains("党政联席会确定推荐人选", StringComparison.Ordinal)));
        tui.Press(Key.Enter);
        Assert.Equal("还有 1 名人选未完成“民主推荐”阶段的步骤，“党政联席会确定推荐人选”后不再办理：再按一次 Enter 确认", screen.Message);
        Assert.Equal("nominating", _f.Service.Show(c.Id).State);
        tui.Press(Key.Enter);
        Assert.Equal("inspecting", _f.Service.Show(c.Id).State);
    }

    [Fact]
    public void ANomineeInTheNotice_ShowsItsDates_AndTheHeldBackClearSaysWhen()
    {
        _f.StreetNomineeInNotice("甲");
        using var tui = new TuiHarness(_f.Screens());
        tui.Press(Key.F4);
        Assert.Contains("甲  中层后备  公示中", tui.Screen);
        Assert.Contains("2026-07-01 至 07-07", tui.Screen);
        tui.Press(Key.Tab, Key.Tab, Key.Enter);
        var screen = Assert.IsType<CampaignsScreen>(tui.Window.Current);
        Assert.Contains(screen.ActionLines, l => l.Contains("公示 2026-07-01 至 2026-07-07，07-08 起可公示无异议", StringComparison.Ordinal));
    }

    public void Dispose() => _f.Dispose();
}
