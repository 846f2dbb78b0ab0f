using ReserveTui.Plugins;
using ReserveTui.Tui;
using ReserveTui.Tui.Screens;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace ReserveTui.Tests.Tui;

/// <summary>The shell driven in-process at 80×24 through Terminal.Gui's own input injection.</summary>
public sealed class MainWindowTests : IDisposable
{
    private static readonly SchemeCatalog Catalog = PluginHost.Load([Path.Combine(AppContext.BaseDirectory, "plugins")]);
    private readonly IApplication _app;
    private readonly FakePeople _people = new(100_000);
    private readonly MainWindow _window;

    public MainWindowTests()
    {
        _app = Application.Create();
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(80, 24);
        _window = new MainWindow(_app, new TuiServices(Catalog, _people, new UiText("zh")));
        _app.Begin(_window);
        _app.LayoutAndDraw(true);
    }

    private string Screen
    {
        get
        {
            _app.LayoutAndDraw(true);
            return _app.Driver!.ToString()!;
        }
    }

    private void Press(params Key[] keys)
    {
        foreach (var k in keys) _app.InjectKey(k);
    }

    [Fact]
    public void Opens_OnTheSchemeList_InChinese_WithKeyHints()
    {
        var screen = Screen;
        Assert.Contains("学院后备干部选拔方案", screen);
        Assert.Contains("正处级后备（principal-division，正职）", screen);
        Assert.Contains("F1  帮助", screen);
        Assert.Contains("Ctrl+Q  退出", screen);
        Assert.IsType<SchemesScreen>(_window.Current);
    }

    [Fact]
    public void SchemeDetails_ShowRulesWithKindAndCitation()
    {
        var screen = Screen;
        Assert.Contains("[需认定] politics（各类别）", screen);
        Assert.Contains("〔第二篇(一)二(一)〕", screen.Replace("\n", "").Replace("│", "").Replace(" ", ""));
    }

    [Fact]
    public void QuestionMark_ShowsTheKeysOfTheCurrentScreen_EscClosesIt()
    {
        Press(Key.F3);
        Press((Key)'?');
        Assert.True(_window.HelpShown);
        var screen = Screen;
        Assert.Contains("帮助 — 人员", screen);
        Assert.Contains("/ 筛选", screen);
        Press(Key.Esc);
        Assert.False(_window.HelpShown);
        Assert.DoesNotContain("帮助 — 人员", Screen);
        Assert.IsType<PeopleScreen>(_window.Current);
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
    public void Esc_GoesBackToTheSchemeScreen_AndDoesNotQuit()
    {
        Press(Key.F3, Key.Esc);
        Assert.IsType<SchemesScreen>(_window.Current);
        Press(Key.Esc);
        Assert.False(_window.StopRequested);
    }

    [Fact]
    public void Q_Quits()
    {
        Press(Key.Q);
        Assert.True(_window.StopRequested);
    }

    [Fact]
    public void CtrlQ_Quits_EvenWhileTyping()
    {
        Press(Key.F3, (Key)'/', Key.Q.WithCtrl);
        Assert.True(_window.StopRequested);
    }

    [Fact]
    public void TypingQInTheFilter_DoesNotQuit_AndFilters()
    {
        Press(Key.F3, (Key)'/', Key.Q, (Key)'x', Key.Enter);
        Assert.False(_window.StopRequested);
        var screen = Screen;
        Assert.Contains("共 3 人", screen);
        Assert.Contains("筛中0", screen);
        Press(Key.Esc);
        Assert.Contains("共 100000 人", Screen);
    }

    public void Dispose()
    {
        _window.Dispose();
        _app.Dispose();
    }
}
