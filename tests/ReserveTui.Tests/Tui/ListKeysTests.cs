using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tui;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>
/// Issue 15's focus and list keys: the pane with the keyboard has a double border, Tab passes empty panes by, the
/// people table keeps its header when paging, and Home/End/PgDn work in the lists.
/// </summary>
public sealed class ListKeysTests
{
    [Fact]
    public void ThePeopleTable_KeepsItsHeader_WhenPagingDown_AndEndReachesTheLastPerson()
    {
        using var tui = new TuiHarness(new TuiServices(CampaignFixture.Catalog, new FakePeople(100_000), new UiText("zh")));
        tui.Press(Key.F3, Key.PageDown, Key.PageDown, Key.PageDown);
        var screen = tui.Screen.Split('\n');
        Assert.Contains("姓名", screen[3]);
        Assert.DoesNotContain(screen, l => l.Contains("人员000000", StringComparison.Ordinal));
        tui.Press(Key.End);
        Assert.Contains("人员099999", tui.Screen);
        tui.Press(Key.Home);
        Assert.Contains("人员000000", tui.Screen);
    }

    [Fact]
    public void TheFocusedPane_HasADoubleBorder_AndTabPassesAnEmptyPaneBy()
    {
        using var f = new CampaignFixture();
        f.Unit("示例街道", "街道", 1, 3);
        f.Service.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30)); // no nominees: the 人选 pane is empty
        using var tui = new TuiHarness(f.Screens());
        tui.Press(Key.F4);
        Assert.Contains("╔╡选拔批次╞", tui.Screen);
        Assert.Contains("┌┤操作├", tui.Screen);
        tui.Press(Key.Tab);
        Assert.Contains("╔╡操作╞", tui.Screen);
        Assert.Contains("┌┤选拔批次├", tui.Screen);
        tui.Press(Key.Tab); // past the empty 人选 pane, round to the campaigns
        Assert.Contains("╔╡选拔批次╞", tui.Screen);
        Assert.Contains("┌┤人选├", tui.Screen);
        Assert.IsType<CampaignsScreen>(tui.Window.Current);
    }

    [Fact]
    public void TheSchemesList_JumpsToTheSchemeWhoseNameStartsWithTheTypedCharacter_AndHomeEndReachItsEnds()
    {
        using var tui = new TuiHarness(new TuiServices(CampaignFixture.Catalog, new FakePeople(0), new UiText("zh")));
        var names = CampaignFixture.Catalog.Schemes.Select(s => s.Definition.Manifest.Name).ToList();
        tui.Press(Key.End);
        Assert.Contains($"┤{names[^1]}├", tui.Screen);
        tui.Press(Key.Home);
        Assert.Contains($"┤{names[0]}├", tui.Screen);
        // Typing a name's first character jumps to it, as in any list of names; another character jumps again.
        var target = names.FindIndex(n => n.StartsWith('街'));
        Assert.True(target > 0, string.Join("、", names));
        tui.Type("街");
        Assert.Contains($"┤{names[target]}├", tui.Screen);
        tui.Press(Key.Home);
        tui.Type("县");
        Assert.Contains($"┤{names[names.FindIndex(n => n.StartsWith('县'))]}├", tui.Screen);
    }

    [Fact]
    public void FiftyQueuedPageDowns_ReadEachPagePassedOnce()
    {
        // The table reads the visible rows several times for each key; the pages it passed are kept, so 50 PageDowns
        // read each page of 100 people once.
        var people = new FakePeople(100_000);
        using var tui = new TuiHarness(new TuiServices(CampaignFixture.Catalog, people, new UiText("zh")));
        tui.Press(Key.F3);
        _ = tui.Screen;
        people.Requests.Clear();
        for (var i = 0; i < 50; i++) tui.Press(Key.PageDown);
        var screen = tui.Screen;
        Assert.InRange(people.Requests.Count, 1, 15); // 50 keys × ~20 rows: about ten pages passed, each read once (was 398 reads)
        Assert.DoesNotContain("人员000000", screen);
    }
}
