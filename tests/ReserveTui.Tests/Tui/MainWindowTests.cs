using ReserveTui.Plugins;
using ReserveTui.Tui;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>The shell driven in-process at 80×24 through Terminal.Gui's own input injection.</summary>
public sealed class MainWindowTests : IDisposable
{
    private static readonly SchemeCatalog Catalog = PluginHost.Load([Path.Combine(AppContext.BaseDirectory, "plugins")]);
    private readonly FakePeople _people = new(100_000);
    private readonly TuiHarness _tui;

    public MainWindowTests() => _tui = new TuiHarness(new TuiServices(Catalog, _people, new UiText("zh")));

    private MainWindow Window => _tui.Window;

    private string Screen => _tui.Screen;

    private void Press(params Key[] keys) => _tui.Press(keys);

    [Fact]
    public void Opens_OnTheSchemeList_InChinese_WithKeyHints()
    {
        var screen = Screen;
        Assert.Contains("学院后备干部选拔方案", screen);
        Assert.Contains("正处级后备（principal-division，正职）", screen);
        Assert.Contains("F1  帮助", screen);
        Assert.Contains("Ctrl+Q  退出", screen);
        Assert.IsType<SchemesScreen>(Window.Current);
    }

    [Fact]
    public void SchemeDetails_ShowRulesWithKindAndCitation()
    {
        var screen = Screen;
        Assert.Contains("[需认定] politics（各类别）", screen);
        Assert.Contains("〔第二篇(一)二(一)〕", screen.Replace("\n", "").Replace("│", "").Replace("║", "").Replace(" ", ""));
    }

    [Fact]
    public void QuestionMark_ShowsTheKeysOfTheCurrentScreen_EscClosesIt()
    {
        Press(Key.F3);
        Press((Key)'?');
        Assert.True(Window.HelpShown);
        var screen = Screen;
        Assert.Contains("帮助 — 人员", screen);
        Assert.Contains("/ 筛选", screen);
        Press(Key.Esc);
        Assert.False(Window.HelpShown);
        Assert.DoesNotContain("帮助 — 人员", Screen);
        Assert.IsType<PeopleScreen>(Window.Current);
    }

    [Fact]
    public void F1_OnTheSchemeScreen_ShowsItsKeys()
    {
        Press(Key.F1);
        Assert.Contains("帮助 — 方案", Screen);
    }

    [Fact]
    public void PeopleScreen_ShowsRows_AndAsksOnlyForVisiblePages()
    {
        Press(Key.F3);
        var screen = Screen;
        Assert.Contains("共 100000 人", screen);
        Assert.Contains("人员000000", screen);
        Assert.Contains("示例单位", screen);
        Assert.All(_people.Requests, r => Assert.True(r.Take <= 100));
        Assert.True(_people.Requests.Count <= 3, $"{_people.Requests.Count} page requests");
    }

    [Fact]
    public void EnterOnAPerson_ShowsTheirFacts_AndEveryTracksVerdict_EscReturnsToTheList()
    {
        using var tui = new TuiHarness(new TuiServices(Catalog, _people, new UiText("zh"))
        {
            Clock = new ReserveTui.Hosting.FixedTimeProvider(new DateTimeOffset(2026, 6, 30, 9, 0, 0, TimeSpan.FromHours(8)), TimeZoneInfo.Utc),
        });
        tui.Press(Key.F3, Key.CursorDown, Key.Enter);
        var people = Assert.IsType<PeopleScreen>(tui.Window.Current);
        Assert.Contains("人员000001  示例单位", tui.Screen);
        Assert.Contains("基准日 2026-06-30（今天）", people.Profile);
        Assert.Contains("出生日期：1980-01-02", people.Profile);
        Assert.Contains("性别：女", people.Profile);
        Assert.Contains("身份证号：（未填）", people.Profile);
        var tracks = Catalog.Schemes.Sum(s => s.Definition.Tracks.Count);
        Assert.Equal(tracks, people.Profile.Split('\n').Count(l => l.StartsWith('[')));
        Assert.Contains("] 学院方案·副处级后备", people.Profile);
        Assert.Contains(people.Profile.Split('\n'), l => l.StartsWith("符合或待认定：", StringComparison.Ordinal) || l == "没有符合或待认定的类别");

        tui.Press(Key.Esc);
        Assert.Equal("", people.Profile);
        Assert.Contains("人员000000", tui.Screen);
        Assert.IsType<PeopleScreen>(tui.Window.Current);
    }

    [Fact]
    public void Esc_GoesBackToTheSchemeScreen_AndDoesNotQuit()
    {
        Press(Key.F3, Key.Esc);
        Assert.IsType<SchemesScreen>(Window.Current);
        Press(Key.Esc);
        Assert.False(Window.StopRequested);
    }

    [Fact]
    public void Q_Quits()
    {
        Press(Key.Q);
        Assert.True(Window.StopRequested);
    }

    [Fact]
    public void CtrlQ_Quits_EvenWhileTyping()
    {
        Press(Key.F3, (Key)'/', Key.Q.WithCtrl);
        Assert.True(Window.StopRequested);
    }

    [Fact]
    public void TypingQInTheFilter_DoesNotQuit_AndFilters()
    {
        Press(Key.F3, (Key)'/', Key.Q, (Key)'x', Key.Enter);
        Assert.False(Window.StopRequested);
        var screen = Screen;
        Assert.Contains("共 3 人", screen);
        Assert.Contains("筛中0", screen);
        Press(Key.Esc);
        Assert.Contains("共 100000 人", Screen);
    }

    public void Dispose() => _tui.Dispose();
}
