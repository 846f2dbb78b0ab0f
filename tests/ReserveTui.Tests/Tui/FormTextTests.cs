using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>Issue 12 items 5 and 6: what is typed or pasted into a form is kept whole or refused with a reason; limits are stated.</summary>
public sealed class FormTextTests : IDisposable
{
    private readonly CampaignFixture _f = new();
    private readonly TuiHarness _tui;

    public FormTextTests()
    {
        _tui = new TuiHarness(_f.Screens());
    }

    public void Dispose()
    {
        _tui.Dispose();
        _f.Dispose();
    }

    [Fact]
    public void AFiftyLinePaste_IntoAReport_KeepsEveryLine()
    {
        var (c, n) = _f.StreetNomineeInNotice("张三");
        var (campaign, nominee) = (c.Id, n.Id);
        _tui.Press(Key.F4, Key.Tab, Key.Tab, Key.Enter);
        var screen = Assert.IsType<CampaignsScreen>(_tui.Window.Current);
        Choose(screen, "登记公示举报");
        Assert.True(screen.Form.IsOpen);
        Assert.Equal("0/2000 字（可多行，Ctrl+J 换行）", screen.Form.Counter);

        var letter = string.Join("\n", Enumerable.Range(1, 50).Select(i => $"第{i}行：反映张三同志的情况，😀 𠀀"));
        Assert.True(_tui.Paste(letter), "paste not taken by " + _tui.FocusedName);
        Assert.True(screen.Form.HasTyping, _tui.FocusedName);
        Assert.Equal(letter, screen.Form.Values[0]);
        _tui.Press(Key.Enter);
        Assert.False(screen.Form.IsOpen, screen.Message);
        Assert.Equal(letter, _f.Nominations.ShowNomination(nominee).Record.Reports.Single().Text);
        Assert.Equal(campaign, _f.Nominations.ShowNomination(nominee).CampaignId);
    }

    [Fact]
    public void TypingPastALimit_StopsThere_AndTheFormSaysTheLimit()
    {
        _tui.Press(Key.F5, Key.N.WithCtrl);
        var screen = Assert.IsType<UnitsScreen>(_tui.Window.Current);
        _tui.Type(new string('院', 60));
        Assert.Equal(new string('院', 50), screen.Form.Values[0]);
        Assert.Equal("单位名称最多 50 字", screen.Form.Counter);
    }

    [Fact]
    public void AManyLinePaste_IntoAOneLineField_SaysOnlyTheFirstLineWasKept()
    {
        _tui.Press(Key.F5, Key.N.WithCtrl);
        var screen = Assert.IsType<UnitsScreen>(_tui.Window.Current);
        _tui.Paste(string.Join("\n", Enumerable.Range(1, 50).Select(i => $"第{i}行")));
        Assert.Equal("第1行", screen.Form.Values[0]);
        Assert.Equal("单位名称只有一行：粘贴的 50 行只取了第一行  3/50 字", screen.Form.Counter);
    }

    [Fact]
    public void APeopleFilter_StopsAtFiftyCharacters_AndSaysSo()
    {
        _tui.Press(Key.F3, new Key('/'));
        var screen = Assert.IsType<PeopleScreen>(_tui.Window.Current);
        _tui.Type(new string('张', 2000));
        Assert.Contains("筛选最多 50 字", _tui.Screen);
        _tui.Press(Key.Enter);
        Assert.Contains("共0人", _tui.Screen.Replace(" ", ""));
        Assert.NotNull(screen);
    }

    [Fact]
    public void ADateThatDoesNotExist_IsSaidSo_NotCalledAFormatError()
    {
        _f.Unit("示例学院", "二级学院", 1, 2);
        _tui.Press(Key.F4, Key.N.WithCtrl);
        var screen = Assert.IsType<CampaignsScreen>(_tui.Window.Current);
        _tui.Type("学院");
        _tui.Press(Key.Enter);
        _tui.Type("示例学院");
        _tui.Press(Key.Enter);
        screen.Form.Fill("2026", "2026-02-30");
        screen.Form.Submit();
        Assert.Equal("基准日“2026-02-30”不是真实存在的日期（2026 年 2 月只有 28 天）；未新建", screen.Message);
        screen.Form.Fill("2026", "2026/6/30");
        screen.Form.Submit();
        Assert.Equal("基准日应写成 YYYY-MM-DD，“2026/6/30”不是；未新建", screen.Message);
        Assert.True(screen.Form.IsOpen);
    }

    private void Choose(CampaignsScreen screen, string text)
    {
        var index = screen.ActionLines.ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no action “{text}” in:\n{string.Join("\n", screen.ActionLines)}");
        screen.SelectAction(index);
        _tui.Press(Key.Enter);
    }
}
