using ReserveTui.Tui;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace ReserveTui.Tests.Tui;

/// <summary>The shell at 80×24 on Terminal.Gui's ANSI driver, with keys injected and the screen read back as text.</summary>
internal sealed class TuiHarness : IDisposable
{
    private readonly IApplication _app;

    public TuiHarness(TuiServices services)
        : this(app => new MainWindow(app, services))
    {
    }

    /// <summary>The shell as its first frame shows it, before its services (<see cref="MainWindow.Open"/> gives them).</summary>
    public TuiHarness(UiText text, ReserveTui.Services.Access.OperatorAccess? access)
        : this(app => new MainWindow(app, text, access))
    {
    }

    private TuiHarness(Func<IApplication, MainWindow> window)
    {
        _app = Application.Create();
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(80, 24);
        Window = window(_app);
        _app.Begin(Window);
        _app.LayoutAndDraw(true);
    }

    public MainWindow Window { get; }

    public string Screen
    {
        get
        {
            Window.RefreshStatus(); // what the running application does on every main-loop iteration
            _app.LayoutAndDraw(true);
            return _app.Driver!.ToString()!;
        }
    }

    /// <summary>Presses keys in turn; work a key started on a worker (the F8 list) is shown before the next, as the main loop would.</summary>
    public void Press(params Key[] keys)
    {
        foreach (var k in keys)
        {
            _app.InjectKey(k);
            Settle();
        }
    }

    /// <summary>Presses a key and leaves what it started on a worker unshown, as a main loop busy elsewhere would (<see cref="Settle"/> shows it).</summary>
    public void PressUnsettled(Key key) => _app.InjectKey(key);

    /// <summary>Types text as keys, one character at a time.</summary>
    public void Type(string text)
    {
        foreach (var ch in text)
        {
            _app.InjectKey(new Key(ch));
            Settle();
        }
    }

    /// <summary>Waits for the current screen's work on a worker, then runs what it handed to the main loop (app.Invoke).</summary>
    public void Settle()
    {
        if (Window.IsOpen && !Window.Current.Pending.Wait(TimeSpan.FromSeconds(30)))
            throw new TimeoutException("the screen's work on a worker did not finish in 30 s");
        // A fault in what was handed over goes where the running loop sends it (app.Run(window, window.ShowFault)).
        try
        {
            _app.TimedEvents?.RunTimers();
        }
        catch (Exception ex)
        {
            Window.ShowFault(ex);
        }
    }

    /// <summary>The type of the view with the keyboard focus, for failure messages.</summary>
    public string FocusedName => _app.Navigation?.GetFocused()?.GetType().Name ?? "(none)";

    /// <summary>Pastes text the way a terminal with bracketed paste delivers it: one payload, line breaks and all.</summary>
    public bool Paste(string text) => _app.RaisePasteEvent(text);

    public void Dispose()
    {
        Window.Dispose();
        _app.Dispose();
    }
}
