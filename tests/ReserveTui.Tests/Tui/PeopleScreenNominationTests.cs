using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>From a person's profile on F3, F8 nominates them into a campaign chosen from a list.</summary>
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

        // The campaign, then the channel, are chosen from lists (the street scheme has one track: no question asked).
        _tui.Press(Key.F8);
        Assert.True(people.Picker.IsOpen);
        Assert.Contains("2026 示例街道  街道方案（民主推荐）", people.Picker.Lines);
        _tui.Press(Key.Enter);
        Assert.Contains("选择推荐渠道", _tui.Screen);
        _tui.Type("民主推荐");
        _tui.Press(Key.Enter);
        Assert.False(people.Picker.IsOpen);
        Assert.Equal("已提名 甲（单位未填）为中层后备人选：待认定", people.Message);
        Assert.Equal("甲", Assert.Single(_f.Service.Show(_campaignId).Nominations).Name);

        // Again: there is no track left to nominate on; the picker says so and nothing changes.
        _tui.Press(Key.F8, Key.Enter);
        Assert.True(people.Picker.IsOpen);
        Assert.Contains("甲 已是本批次各后备类别的人选", people.Picker.Error);
        Assert.Single(_f.Service.Show(_campaignId).Nominations);
        _tui.Press(Key.Esc);
        Assert.False(people.Picker.IsOpen);
        Assert.Contains("姓名：甲", people.Profile); // Esc closed the picker, not the profile
    }

    public void Dispose()
    {
        _tui.Dispose();
        _f.Dispose();
    }
}
