using ReserveTui.Plugins;
using ReserveTui.Services.Access;
using ReserveTui.Tui;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>
/// The first frame is the shell while the plugins load (TuiApp opens them after it is drawn): it says so, keeps
/// what the operator types, and plays it once the first screen is there.
/// </summary>
public sealed class ShellOpeningTests : IDisposable
{
    private static readonly SchemeCatalog Catalog = PluginHost.Load([Path.Combine(AppContext.BaseDirectory, "plugins")]);
    private readonly TuiHarness _tui = new(new UiText("zh"), OperatorAccess.Open("王芳"));

    private TuiServices Services => new(Catalog, new FakePeople(50), new UiText("zh")) { Access = OperatorAccess.Open("王芳") };

    [Fact]
    public void FirstFrame_IsTheShell_SayingTheSchemesAreLoading()
    {
        var screen = _tui.Screen;
        Assert.Contains("正在载入方案……", screen);
        Assert.Contains("[F2 方案]", screen);
        Assert.Contains("F12 人才库", screen);
        Assert.Contains("王芳·管理员", screen);
        Assert.Contains("Ctrl+Q  退出", screen);
        Assert.False(_tui.Window.IsOpen);
    }

    [Fact]
    public void Open_ShowsTheSchemeList_AndTakesTheLoadingLineAway()
    {
        _tui.Window.Open(Services);
        var screen = _tui.Screen;
        Assert.DoesNotContain("正在载入方案", screen);
        Assert.Contains("学院后备干部选拔方案", screen);
        Assert.IsType<SchemesScreen>(_tui.Window.Current);
    }

    [Fact]
    public void KeysTypedWhileLoading_ArePlayedInOrder_OnceTheScreensAreThere()
    {
        // F3, then / and a filter: typed before the people screen exists, they end on it, filtered.
        _tui.Press(Key.F3, (Key)'/');
        _tui.Type("人员1");
        Assert.Contains("正在载入方案……", _tui.Screen);
        Assert.False(_tui.Window.StopRequested);
        _tui.Window.Open(Services);
        Assert.IsType<PeopleScreen>(_tui.Window.Current);
        Assert.True(_tui.Window.Current.IsTyping);
        Assert.Contains("人员1", _tui.Screen);
    }

    [Fact]
    public void QTypedWhileLoading_WaitsForTheScreen_CtrlQLeavesAtOnce()
    {
        _tui.Press(Key.Q);
        Assert.False(_tui.Window.StopRequested);
        _tui.Press(Key.Q.WithCtrl);
        Assert.True(_tui.Window.StopRequested);
    }

    [Fact]
    public void AFailedOpening_IsSaidInPlaceOfTheLoadingLine_AndTheTypedKeysAreDropped()
    {
        _tui.Press(Key.F3);
        _tui.Window.ShowOpeningFailed("插件目录无法读取");
        var screen = _tui.Screen;
        Assert.Contains("未能打开：插件目录无法读取", screen);
        Assert.Contains("按 Ctrl+Q 退出", screen);
        Assert.DoesNotContain("正在载入方案", screen);
        Assert.False(_tui.Window.IsOpen);
        _tui.Press(Key.Q.WithCtrl);
        Assert.True(_tui.Window.StopRequested);
    }

    [Fact]
    public void ANoticeShownWhileLoading_StaysInFrontWithTheKeyboard_AndEscThenShowsTheScreen()
    {
        _tui.Window.ShowNotice("已新建数据库 /tmp/x.db。");
        _tui.Window.Open(Services);
        Assert.True(_tui.Window.HelpShown);
        Assert.Contains("已新建数据库", _tui.Screen);
        Assert.False(_tui.Window.Current.View.HasFocus); // arrows scroll the notice, not the list behind it
        _tui.Press(Key.Esc);
        Assert.False(_tui.Window.HelpShown);
        Assert.True(_tui.Window.Current.View.HasFocus);
        Assert.Contains("学院后备干部选拔方案", _tui.Screen);
    }

    [Fact]
    public void AfterAFailedOpening_KeysAreDropped_ButANoticeInFrontStillCloses()
    {
        _tui.Window.ShowNotice("已新建数据库 /tmp/x.db。");
        _tui.Window.ShowOpeningFailed("插件目录无法读取");
        _tui.Press(Key.Esc);
        Assert.False(_tui.Window.HelpShown);
        Assert.Contains("未能打开：插件目录无法读取", _tui.Screen);
        _tui.Press(Key.F3, Key.Q);
        Assert.False(_tui.Window.StopRequested);
        Assert.False(_tui.Window.IsOpen);
    }

    public void Dispose() => _tui.Dispose();
}
