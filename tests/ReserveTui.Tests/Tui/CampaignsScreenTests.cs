using ReserveTui.Services.Campaigns;
using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tui;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>The campaign screen driven with injected keys on a real (in-memory) database.</summary>
public sealed class CampaignsScreenTests : IDisposable
{
    private readonly CampaignFixture _f = new();
    private readonly TuiHarness _tui;
    private readonly string _campaignId;

    public CampaignsScreenTests()
    {
        _f.Unit("示例街道", "街道", 1, 3);
        _f.People(CampaignFixture.Eligible("张三"));
        var c = _f.Service.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30));
        _campaignId = c.Id;
        _tui = new TuiHarness(new TuiServices(CampaignFixture.Catalog, new FakePeople(0), new UiText("zh")) { Campaigns = _f.Service });
    }

    private MainWindow Window => _tui.Window;

    private string Screen => _tui.Screen;

    private void Press(params Key[] keys) => _tui.Press(keys);

    [Fact]
    public void WalksACampaign_ShowsHeldBackReasons_AndChangesNothingWhenRefused()
    {
        Press(Key.F4);
        var screen = Assert.IsType<CampaignsScreen>(Window.Current);
        Assert.Contains("街道后备干部选拔方案 v1.0.0", Screen);
        Assert.Contains("[可执行] 公布选拔方案", Screen);

        // publish without the pre-selection publication: refused, the reason shown, the state unchanged.
        Press(Key.Tab, Key.Enter);
        Assert.Contains("尚缺：选拔目的", screen.Message);
        Assert.Equal("draft", _f.Service.Show(_campaignId).State);

        _f.Service.Act(_campaignId, "publish", publication: CampaignFixture.Publication);
        _f.Service.Nominate(_campaignId, "张三", "中层后备", "民主推荐");
        Press(Key.F5);
        Assert.Contains("当前：民主推荐", Screen);
        Assert.Contains("张三  中层后备  已提名  待认定", Screen);

        // Into the nominee: rule by rule, then its actions.
        Press(Key.Tab, Key.Enter);
        Assert.Contains("张三：待认定", Screen);
        Assert.Contains("[待认定] basic.politics：待认定：政治素质好", Screen);
        Press(Key.Enter); // 述职 is the first action and is permitted
        Assert.Equal("debriefed", _f.Service.Campaign(_campaignId).Nominations.Single().State);
        Assert.Contains("已执行：述职", screen.Message);
        Press(Key.Enter); // 推荐: held back, reasons shown
        Assert.Contains("须符合全部资格条件", screen.Message);
        Assert.Equal("debriefed", _f.Service.Campaign(_campaignId).Nominations.Single().State);

        Press(Key.Esc);
        Assert.IsType<CampaignsScreen>(Window.Current);
        Assert.Contains("┤人选├", Screen);
    }

    [Fact]
    public void InANominee_F8AttestsTheSelectedRule_F9AsksForReasonAndApprover_F6ShowsTheTally()
    {
        _f.Service.Act(_campaignId, "publish", publication: CampaignFixture.Publication);
        _f.Service.Nominate(_campaignId, "张三", "中层后备", "民主推荐");
        _f.Service.AddBallot(_campaignId, "班子成员", ["张三"]);
        Press(Key.F4);
        var screen = Assert.IsType<CampaignsScreen>(Window.Current);
        Press(Key.F6);
        Assert.Contains("班子成员（1 票）：张三 1（100.0%）", Screen);
        Press(Key.Esc, Key.Enter, Key.Tab); // Esc returns to the nominees; Enter opens one; Tab reaches its rules
        Press(Key.F8); // the first rule, basic.politics, waits for attestation
        Assert.Contains("已认定：basic.politics", screen.Message);
        Assert.DoesNotContain(_f.Service.Campaign(_campaignId).Nominations.Single().Eligibility.Rules, r => r.RuleId == "basic.politics" && r.Outcome == ReserveSdk.RuleOutcome.Pending);

        Press(Key.F9);
        Assert.True(screen.Form.IsOpen);
        Assert.True(screen.IsTyping);
        Press(Key.Q); // typing, not quitting
        Assert.False(Window.StopRequested);
        screen.Form.Fill("表现突出", "组织部");
        screen.Form.Submit();
        Assert.Equal("规则 basic.politics（需认定）不可放宽", screen.Message); // refused, nothing written
        Press(Key.F9, Key.Esc);
        Assert.False(screen.Form.IsOpen);
        Assert.IsType<CampaignsScreen>(Window.Current);
    }

    public void Dispose()
    {
        _tui.Dispose();
        _f.Dispose();
    }
}
