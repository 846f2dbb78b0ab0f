using ReserveSdk;
using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>
/// Issue 15: nominating by choosing. F8 lists the people of the campaign's units with their verdicts (eligible first),
/// tells people of the same name apart, and nominates someone who does not meet the track only after a confirmation
/// that shows the reasons.
/// </summary>
public sealed class NominationPickerTests : IDisposable
{
    private readonly CampaignFixture _f = new();
    private readonly TuiHarness _tui;
    private readonly string _campaignId;

    public NominationPickerTests()
    {
        _f.Unit("示例街道", "街道", 1, 3);
        _f.Unit("别的街道", "街道", 1, 3);
        _f.People(
            CampaignFixture.Eligible("韩丽") with { Unit = "示例街道", BirthDate = new DateOnly(1985, 3, 2) },
            CampaignFixture.Eligible("韩丽") with { Unit = "示例街道", BirthDate = new DateOnly(1990, 11, 20) },
            CampaignFixture.Eligible("韩丽") with { Unit = "别的街道" },
            // Too old for the street's 中层后备 (一般 40 岁以下): needs a relaxation. The others wait only for attestations, so
            // the list has him first (eligible, then needs relaxation, then needs attestation).
            CampaignFixture.Eligible("安老") with { Unit = "示例街道", BirthDate = new DateOnly(1960, 1, 1) });
        var c = _f.Service.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30));
        _f.Service.ApproveAndPublish(c.Id);
        _campaignId = c.Id;
        _tui = new TuiHarness(_f.Screens());
    }

    private CampaignsScreen Screen => Assert.IsType<CampaignsScreen>(_tui.Window.Current);

    [Fact]
    public void F8_ListsTheUnitsPeople_EligibleFirst_SameNamesToldApart_NoIdShown()
    {
        _tui.Press(Key.F4, Key.F8);
        var lines = Screen.Picker.Lines;
        // Only the campaign's unit: the third 韩丽 works elsewhere.
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("安老", lines[0]);
        Assert.Equal("安老     1960-01-01  需放宽  示例街道", lines[0]);
        Assert.Equal("韩丽     1985-03-02  需放宽  示例街道", lines[1]); // 41 on the reference date
        Assert.Equal("韩丽     1990-11-20  待认定  示例街道", lines[2]);
        Assert.DoesNotMatch("[0-9a-f]{24}", _tui.Screen);
        // Typing narrows by name, unit or birth date; the cursor keys and PgDn/End move.
        _tui.Type("1990");
        Assert.Single(Screen.Picker.Lines);
        _tui.Press(Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace, Key.End);
        Assert.Equal(3, Screen.Picker.Lines.Count);
        Assert.Contains("1990-11-20", Screen.Picker.Selected);
        _tui.Press(Key.Home);
        Assert.StartsWith("安老", Screen.Picker.Selected);
    }

    [Fact]
    public void NominatingSomeoneWhoDoesNotMeetTheTrack_AsksFirst_WithTheReasons()
    {
        _tui.Press(Key.F4, Key.F8);
        _tui.Type("安老");
        _tui.Press(Key.Enter);
        Assert.Contains("仍要提名吗", _tui.Screen);
        Assert.Contains("超过 40 岁上限", _tui.Screen); // the age rule's reason is in sight
        Assert.Equal("否，不提名", Screen.Picker.Selected);
        _tui.Press(Key.Enter);
        Assert.False(Screen.Picker.IsOpen);
        Assert.Empty(_f.Service.Show(_campaignId).Nominations);

        _tui.Press(Key.F8);
        _tui.Type("安老");
        _tui.Press(Key.Enter, Key.CursorDown, Key.Enter);
        Assert.Contains("选择推荐渠道", _tui.Screen);
        _tui.Type("民主推荐");
        _tui.Press(Key.Enter);
        Assert.StartsWith("已提名 安老（示例街道）为中层后备人选", Screen.Message);
        Assert.Equal("安老", Assert.Single(_f.Service.Show(_campaignId).Nominations).Name);
    }

    [Fact]
    public void ALongName_IsShownWhole_AndFoundByTypingIt()
    {
        _f.People(CampaignFixture.Eligible("阿不都热合曼") with { Unit = "示例街道", BirthDate = new DateOnly(1990, 1, 1) });
        _tui.Press(Key.F4, Key.F8);
        _tui.Type("阿不都热合曼");
        Assert.Equal("阿不都热合曼 1990-01-01  待认定  示例街道", Assert.Single(Screen.Picker.Lines));
    }

    [Fact]
    public void F8_OpensAtOnce_SayingTheScopeIsBeingJudged_AndTheListFollows()
    {
        _tui.Press(Key.F4);
        _tui.PressUnsettled(Key.F8);
        var waiting = _tui.Screen;
        Assert.True(Screen.Picker.IsOpen);
        Assert.Contains("可提名人选（示例街道）", waiting);
        Assert.Contains("正在读取人员并逐一判断资格，请稍候……", waiting);
        Assert.Empty(Screen.Picker.Lines);
        // Enter before the list is there says to wait, and nominates no one.
        _tui.PressUnsettled(Key.Enter);
        Assert.Contains("⚠ 正在读取", _tui.Screen);
        _tui.Settle();
        Assert.Equal(3, Screen.Picker.Lines.Count);
        Assert.DoesNotContain("正在读取", _tui.Screen);
        Assert.Contains("共 3 项", _tui.Screen);
        Assert.Empty(_f.Service.Show(_campaignId).Nominations);
    }

    [Fact]
    public void WhatIsTypedWhileTheScopeIsJudged_NarrowsTheListWhenItComes()
    {
        _tui.Press(Key.F4);
        _tui.PressUnsettled(Key.F8);
        _tui.PressUnsettled(new Key('1'));
        _tui.PressUnsettled(new Key('9'));
        _tui.PressUnsettled(new Key('9'));
        _tui.PressUnsettled(new Key('0'));
        _tui.Settle();
        Assert.Equal("1990", Screen.Picker.Filter);
        Assert.Contains("1990-11-20", Assert.Single(Screen.Picker.Lines));
    }

    [Fact]
    public void EscWhileTheScopeIsJudged_Cancels_AndTheListDoesNotComeBack()
    {
        _tui.Press(Key.F4);
        _tui.PressUnsettled(Key.F8);
        _tui.PressUnsettled(Key.Esc);
        Assert.False(Screen.Picker.IsOpen);
        _tui.Settle();
        Assert.False(Screen.Picker.IsOpen);
        Assert.DoesNotContain("可提名人选", _tui.Screen);
    }

    [Fact]
    public void F8AgainWhileTheFirstIsStillJudged_ShowsTheList_Once()
    {
        _tui.Press(Key.F4);
        _tui.PressUnsettled(Key.F8);
        _tui.PressUnsettled(Key.Esc);
        _tui.PressUnsettled(Key.F8);
        _tui.Settle();
        Assert.True(Screen.Picker.IsOpen);
        Assert.Equal(3, Screen.Picker.Lines.Count);
        _tui.Press(Key.Esc);
        Assert.False(Screen.Picker.IsOpen);
    }

    [Fact]
    public void F8OnAUnitWithNoPeople_SaysSo_AndClosesThePicker()
    {
        _f.Unit("空的街道", "街道", 1, 3);
        var empty = _f.Service.ApproveAndPublish(_f.Service.New("street", "空的街道", 2026, new DateOnly(2026, 6, 30)).Id);
        _tui.Press(Key.F4);
        while (Screen.Campaign?.Id != empty.Id) _tui.Press(Key.CursorDown);
        _tui.Press(Key.F8);
        Assert.False(Screen.Picker.IsOpen);
        Assert.Contains("空的街道及其下级单位尚无人员", Screen.Message);
    }

    public void Dispose()
    {
        _tui.Dispose();
        _f.Dispose();
    }
}
