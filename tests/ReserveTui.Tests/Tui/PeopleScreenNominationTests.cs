using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>From a person's profile on F3, F8 nominates them into a campaign chosen by number.</summary>
public sealed class PeopleScreenNominationTests : IDisposable
{
    private readonly CampaignFixture _f = new();
    private readonly TuiHarness _tui;
    private readonly string _campaignId;

    public PeopleScreenNominationTests()
    {
        _f.Unit("示例街道", "街道", 1, 3);
        _f.People(CampaignFixture.Eligible("甲"));
        var c = _f.Service.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30));
        _f.Service.ApproveAndPublish(c.Id);
        _campaignId = c.Id;
        _tui = new TuiHarness(_f.Screens());
    }

    [Fact]
    public void F8InAProfile_NominatesThePerson_BadInputNominatesNobody()
    {
        _tui.Press(Key.F3, Key.Enter);
        var people = Assert.IsType<PeopleScreen>(_tui.Window.Current);
        Assert.Contains("姓名：甲", people.Profile);

        _tui.Press(Key.F8);
        Assert.True(people.Form.IsOpen);
        Assert.Contains("1  2026 示例街道  街道方案（民主推荐）", _tui.Screen);
        people.Form.Fill("2", "中层后备", "民主推荐");
        people.Form.Submit();
        Assert.Equal("批次编号应为 1 到 1：2；未提名", people.Message);
        Assert.Empty(_f.Service.Show(_campaignId).Nominations);
        Assert.Equal(["2", "中层后备", "民主推荐"], people.Form.Values); // the form stays open: fix the number only

        people.Form.Fill("1");
        people.Form.Submit();
        Assert.Equal("已提名 甲 到 2026 示例街道（待认定）", people.Message);
        Assert.Equal("甲", Assert.Single(_f.Service.Show(_campaignId).Nominations).Name);

        _tui.Press(Key.F8);
        people.Form.Fill("1", "中层后备", "民主推荐");
        people.Form.Submit();
        Assert.Equal("甲 已是本批次“中层后备”的人选", people.Message);
        Assert.Single(_f.Service.Show(_campaignId).Nominations);
        Assert.True(people.Form.IsOpen);
        _tui.Press(Key.Esc);
        Assert.False(people.Form.IsOpen);
        Assert.Contains("姓名：甲", people.Profile); // Esc closed the form, not the profile
    }

    public void Dispose()
    {
        _tui.Dispose();
        _f.Dispose();
    }
}
