using ReserveTui.Services;
using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tui;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>F5 单位: the units with kind and post counts; Ctrl+N adds one, bad input adds nothing.</summary>
public sealed class UnitsScreenTests : IDisposable
{
    private readonly CampaignFixture _f = new();
    private readonly UnitService _units;
    private readonly TuiHarness _tui;

    public UnitsScreenTests()
    {
        _f.Unit("示例街道", "街道", 1, 3);
        _units = new UnitService(_f.Database, _f.Clock, "tester");
        _tui = new TuiHarness(_f.Screens());
    }

    [Fact]
    public void ListsUnits_AndCtrlNAddsOne_UnderItsParent()
    {
        _tui.Press(Key.F5);
        var screen = Assert.IsType<UnitsScreen>(_tui.Window.Current);
        Assert.Contains("示例街道", _tui.Screen);
        Assert.Contains("街道         1    3", _tui.Screen);

        _tui.Press(Key.N.WithCtrl);
        Assert.True(screen.Form.IsOpen);
        Assert.True(screen.IsTyping);
        screen.Form.Fill("示例东社区", "社区", "1", "1", "示例街道");
        screen.Form.Submit();
        Assert.Equal("已添加单位：示例东社区", screen.Message);
        Assert.Contains("社区         1    1  示例街道", _tui.Screen);
        Assert.Equal("示例街道", _units.List().Single(u => u.Name == "示例东社区").Parent);
    }

    [Fact]
    public void EnterChangesAUnit_AtTheVersionOnScreen_AStaleChangeIsRefused()
    {
        _tui.Press(Key.F5, Key.Enter);
        var screen = Assert.IsType<UnitsScreen>(_tui.Window.Current);
        Assert.Contains("修改单位 — 示例街道", _tui.Screen);
        screen.Form.Fill("街道", "1", "5", "");
        screen.Form.Submit();
        Assert.Equal("已修改单位：示例街道", screen.Message);
        Assert.Contains("街道         1    5", _tui.Screen);

        // Another operator changes it while this screen shows version 1: the second change is refused, theirs stands.
        _tui.Press(Key.Enter);
        _units.Update("示例街道", null, null, 7, null);
        screen.Form.Fill("街道", "1", "2", "");
        screen.Form.Submit();
        Assert.Equal("该记录已被其他操作员修改，本次操作未保存；请刷新后重试", screen.Message);
        Assert.Equal(7, _units.List().Single().DeputyPosts);
        Assert.Contains("街道         1    7", _tui.Screen);

        // The form kept what was typed; submitted again, now over the change it has seen, it is taken.
        Assert.Equal(["街道", "1", "2", ""], screen.Form.Values);
        screen.Form.Submit();
        Assert.Equal("已修改单位：示例街道", screen.Message);
        Assert.Equal(2, _units.List().Single().DeputyPosts);
    }

    [Theory]
    [InlineData("示例西社区", "社区", "一", "1", "", "职数应为数字")]
    [InlineData("示例街道", "街道", "1", "1", "", "单位“示例街道”已存在")]
    [InlineData("示例西社区", "社区", "1", "1", "不存在的街道", "未找到上级单位“不存在的街道”")]
    public void BadInput_SaysWhy_AndAddsNothing(string name, string kind, string principal, string deputy, string parent, string message)
    {
        _tui.Press(Key.F5, Key.N.WithCtrl);
        var screen = Assert.IsType<UnitsScreen>(_tui.Window.Current);
        screen.Form.Fill(name, kind, principal, deputy, parent);
        screen.Form.Submit();
        Assert.Contains(message, screen.Message);
        Assert.Single(_units.List());
    }

    [Fact]
    public void InEnglish_TheUnitAndCampaignScreensChromeIsEnglish_ThePolicyStaysChinese()
    {
        using var tui = new TuiHarness(_f.Screens("en"));
        _f.Service.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30));
        tui.Press(Key.F5, Key.N.WithCtrl);
        Assert.Contains("Add a unit", tui.Screen);
        Assert.Contains("Principal posts", tui.Screen);
        tui.Press(Key.Esc, Key.F4);
        var campaigns = Assert.IsType<CampaignsScreen>(tui.Window.Current);
        Assert.Contains("now: 筹备  version 0  示例街道 2026", tui.Screen);
        Assert.Contains("[view] Tally (F6)", campaigns.ActionLines);
        // The plugin's own words, held back until the plan's approval (第一篇 4.二) is recorded; the tool is English chrome.
        Assert.Contains(campaigns.ActionLines, l => l.StartsWith("[held] 公布选拔方案：选拔方案须经上级党委组织部门审核后执行", StringComparison.Ordinal));
        Assert.Contains("[enter] Record the plan's approval (superior department, 第一篇 4.二)", campaigns.ActionLines);
    }

    public void Dispose()
    {
        _tui.Dispose();
        _f.Dispose();
    }
}
