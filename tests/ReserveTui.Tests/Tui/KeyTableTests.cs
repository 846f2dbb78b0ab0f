using ReserveSdk;
using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tui;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>Each screen's keys come from one table: what it handles, what its help lists and what the status bar shows agree.</summary>
public sealed class KeyTableTests : IDisposable
{
    private static readonly Key[] Probes =
    [
        Key.F6, Key.F7, Key.F8, Key.F9, Key.F10, Key.F11, Key.F12, new Key('/'),
        .. Enumerable.Range(0, 26).Select(i => new Key((char)('a' + i)).WithCtrl).Where(k => k != Key.Q.WithCtrl),
    ];

    private readonly CampaignFixture _f = new();
    private readonly TuiHarness _tui;

    public KeyTableTests()
    {
        _f.Unit("示例街道", "街道", 1, 3);
        _f.People(CampaignFixture.Eligible("张三"));
        var c = _f.Service.ApproveAndPublish(_f.Service.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30)).Id);
        _f.Nominations.Nominate(c.Id, "张三", "中层后备", "民主推荐");
        _tui = new TuiHarness(_f.Screens());
    }

    [Fact]
    public void EveryScreen_HelpListsEachKeyItHandles_AndItHandlesNoOther()
    {
        foreach (var key in new[] { Key.F2, Key.F3, Key.F4, Key.F5, Key.F12 })
        {
            _tui.Press(key);
            AssertAgree(_tui.Window.Current);
        }

        // The campaign screen's two views have different keys: the campaign, and a nominee opened from it.
        _tui.Press(Key.F4, Key.Tab, Key.Tab, Key.Enter);
        Assert.Contains("操作 — 张三", _tui.Screen);
        AssertAgree(_tui.Window.Current);
    }

    [Fact]
    public void TheStatusBar_ShowsTheKeysThatApplyWhereTheOperatorIs()
    {
        _tui.Press(Key.F4);
        Assert.Equal(["F6 计票", "F7 全程记实", "F8 提名"], _tui.Window.StatusKeys.Take(3));
        Assert.Contains("F6  计票", _tui.Screen);
        _tui.Press(Key.Tab, Key.Tab, Key.Enter); // into the nominee: F8 attests now
        Assert.Contains("F8  认定", _tui.Screen);
        Assert.Contains("F8 认定", _tui.Window.StatusKeys);
        Assert.DoesNotContain("F8 提名", _tui.Window.StatusKeys);
        var screen = Assert.IsType<CampaignsScreen>(_tui.Window.Current);
        Assert.Contains("批次：F6 计票  F7 全程记实  F8 提名  F9 录入推荐票  Ctrl+N 新建批次  Ctrl+R 刷新", screen.HelpText);
        Assert.Contains("人选中（规则栏）：F8 认定  F9 放宽", screen.HelpText);
    }

    [Fact]
    public void AnUnavailableKey_SaysWhy_AndChangesNothing()
    {
        var table = new KeyTable([new ScreenKey(Key.F8, "提名", () => throw new InvalidOperationException("must not run")) { Unavailable = () => "批次已结束" }]);
        string? said = null;
        Assert.True(table.Handle(Key.F8, why => said = why));
        Assert.Equal("批次已结束", said);
        Assert.False(table.Handle(Key.F9, _ => { }));
        var hidden = new KeyTable([new ScreenKey(Key.F8, "提名", () => { }) { Applies = () => false }]);
        Assert.False(hidden.Handle(Key.F8, _ => { }));
        Assert.Empty(hidden.Current);
    }

    [Fact]
    public void NothingActsBehindTheHelp_NotEvenAKeyTheStatusBarShows()
    {
        _tui.Press(Key.F4, Key.F1);
        Assert.True(_tui.Window.HelpShown);
        var screen = Assert.IsType<CampaignsScreen>(_tui.Window.Current);
        _tui.Press(Key.F8, Key.F6, Key.N.WithCtrl);
        Assert.False(screen.Form.IsOpen);
        Assert.True(_tui.Window.HelpShown);
        _tui.Press(Key.Esc);
        Assert.False(_tui.Window.HelpShown);
    }

    private void AssertAgree(IScreen screen)
    {
        foreach (var b in screen.Keys.All) Assert.Contains($"{b.KeyText} {b.Description}", screen.HelpText);
        // Through the real window: a function key that is not in the table here changes nothing on the screen (a key
        // that applies but is not offered here — F9 on a rule that passed — answers with its reason, and is skipped).
        var answering = screen.Keys.All.Where(b => b.Applies()).ToList();
        foreach (var key in new[] { Key.F10, Key.F11, Key.F6, Key.F7, Key.F9 }.Where(p => answering.All(b => !b.Matches(p))))
        {
            var before = _tui.Screen;
            _tui.Press(key);
            Assert.Equal(before, _tui.Screen);
        }

        foreach (var key in Probes.Where(p => answering.All(b => !b.Matches(p))))
            Assert.False(screen.HandleKey(key), $"{screen.Title} handles {key}, which is not in its key table here");
    }

    public void Dispose()
    {
        _tui.Dispose();
        _f.Dispose();
    }
}
