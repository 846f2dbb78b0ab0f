using ReserveTui.Tui.Screens;
using ReserveTui.Tui.Widgets;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ReserveTui.Tui;

/// <summary>
/// The shell: a top bar naming the screens, the current screen, and a status bar of key hints. Global keys are
/// handled at the application's keyboard (before any view), because menu shortcuts may not fire while a menu is
/// closed (PITFALLS.md). A new screen is one <see cref="IScreen"/> class plus one entry in <see cref="Screens"/>.
/// The shell can be drawn before its services exist (the plugins still loading): it then says so, keeps the keys
/// typed meanwhile, and plays them once <see cref="Open"/> has shown the first screen.
/// </summary>
internal sealed class MainWindow : Window
{
    private readonly IApplication _app;
    private readonly UiText _text;
    private readonly Services.Access.OperatorAccess? _access;
    private TuiServices? _services;
    private readonly Queue<Key> _typedWhileOpening = new();
    private bool _openingFailed;
    private readonly Label _topBar;
    private readonly View _host;
    private readonly TextPaneOverlay _help;
    private readonly List<(Key Key, string Name, Func<IScreen> Create)> _screens;
    private readonly StatusBar _status;
    private readonly List<Shortcut> _screenShortcuts = [];
    private string _statusShown = "";
    private IScreen _current = null!;

    /// <summary>The shell with its screens, ready to use.</summary>
    public MainWindow(IApplication app, TuiServices services)
        : this(app, services.Text, services.Access) => Open(services);

    /// <summary>
    /// The shell before its services: the top bar, the status bar and "正在载入方案……" — the first frame an operator
    /// sees while the plugins load (<see cref="Open"/> follows).
    /// </summary>
    public MainWindow(IApplication app, UiText text, Services.Access.OperatorAccess? access)
    {
        _app = app;
        _text = text;
        _access = access;
        Title = text.AppTitle;
        BorderStyle = Terminal.Gui.Drawing.LineStyle.None;
        // Only shown once Open has given the services (Show is not reached before).
        _screens =
        [
            (Key.F2, text.Schemes, () => new SchemesScreen(_services!)),
            (Key.F3, text.People, () => new PeopleScreen(_services!)),
            (Key.F4, text.Campaigns, () => new CampaignsScreen(_services!)),
            (Key.F5, text.Units, () => new UnitsScreen(_services!)),
            (Key.F12, text.Pool, () => new PoolScreen(_services!)),
        ];
        _topBar = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = 1 };
        _host = new View { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(1), CanFocus = true };
        // The screens are on the top bar; the status bar has what is the same everywhere, then the keys of the current
        // screen that apply where the operator is (from the screen's KeyTable), as many as fit the width.
        _status = new StatusBar(
        [
            new Shortcut(Key.F1, text.Help, ShowHelp),
            new Shortcut(Key.Esc, text.Back, () => Back()),
            new Shortcut(Key.Q.WithCtrl, text.Quit, Quit),
        ]);
        _help = new TextPaneOverlay();
        Add(_topBar, _host, _status, _help);
        _host.Add(new Label { X = 1, Y = 1, Text = text.Opening });
        RefreshTopBar();
        app.Keyboard.KeyDown += OnAppKeyDown;
        app.Iteration += OnIteration;
    }

    /// <summary>
    /// Says in place of "正在载入方案……" that the services could not be opened; the keys typed meanwhile, and any
    /// after, are dropped (there is no screen for them), a notice still closes with Esc, and Ctrl+Q leaves.
    /// </summary>
    public void ShowOpeningFailed(string message)
    {
        _openingFailed = true;
        _typedWhileOpening.Clear();
        var loading = _host.SubViews.ToList();
        _host.RemoveAll();
        foreach (var v in loading) v.Dispose();
        _host.Add(new Label { X = 1, Y = 1, Width = Dim.Fill(1), Height = Dim.Fill(), Text = _text.OpeningFailed(message) });
    }

    /// <summary>Whether the services are here and the first screen shown.</summary>
    public bool IsOpen => _services is not null;

    /// <summary>
    /// Gives the shell its services: shows the schemes screen, then plays the keys typed while they were loading, in
    /// order, as if typed now (an operator who pressed F3 at once lands on the people screen).
    /// </summary>
    public void Open(TuiServices services)
    {
        if (_services is not null) throw new InvalidOperationException("The shell is already open.");
        _services = services;
        var loading = _host.SubViews.ToList();
        try
        {
            Show(0); // takes the loading line off the host
        }
        catch
        {
            // The shell stays as it was (the caller says why); it never runs with services and no screen.
            _services = null;
            throw;
        }

        foreach (var v in loading) v.Dispose();
        // A notice opened while loading (a new database) stays in front with the keyboard, the screen behind it.
        _help.StayInFront(_current.View);
        while (!StopRequested && _typedWhileOpening.TryDequeue(out var key))
        {
            // A key that fails is shown like any other; the ones after it still reach the screen.
            try
            {
                _app.Keyboard.RaiseKeyDownEvent(key);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                ShowFault(ex);
            }
        }

        _typedWhileOpening.Clear();
    }

    private int _index;

    /// <summary>
    /// The screens, then who is at the keyboard (several operators share one server, and a viewer should know why
    /// keys are missing). Where that does not fit (60 columns), the screens other than the current one show their
    /// key only, so the operator's name is never cut off; it follows the width when the terminal is resized.
    /// </summary>
    private void RefreshTopBar()
    {
        var cols = _app.Driver?.Cols ?? 80;
        var who = _access is { } a ? "  " + _text.OperatorLine(a) : "";
        // One space between entries: five screens fit 60 columns with the brackets of the current one.
        var full = " " + string.Join(" ", _screens.Select((s, i) => i == _index ? $"[{s.Key} {s.Name}]" : $" {s.Key} {s.Name} ")) + who;
        var text = TextColumns.Width(full) <= cols ? full
            : " " + string.Join(" ", _screens.Select((s, i) => i == _index ? $"[{s.Key} {s.Name}]" : s.Key.ToString())) + who;
        if (_topBar.Text != text) _topBar.Text = text;
    }

    /// <summary>The screens in top-bar order.</summary>
    public IReadOnlyList<string> Screens => _screens.Select(s => s.Name).ToList();

    public IScreen Current => _current;

    public void Show(int index)
    {
        // Built before the old screen goes: a screen that cannot read its data leaves the current one in place.
        var next = _screens[index].Create();
        _host.RemoveAll();
        _current = next;
        _host.Add(_current.View);
        FocusMarker.Mark(_current.View);
        _index = index;
        RefreshTopBar();
        _current.View.SetFocus();
        _current.Activate();
        RefreshStatus();
        SetNeedsLayout();
    }

    /// <summary>The screen keys the status bar shows now, as "F6 计票".</summary>
    public IReadOnlyList<string> StatusKeys => _screenShortcuts.Select(s => $"{s.Key} {s.Title}").ToList();

    /// <summary>
    /// Puts the current screen's applicable keys on the status bar, after the global ones, while they fit the width;
    /// the help lists them all. Each acts through the screen's table, like the key itself.
    /// </summary>
    public void RefreshStatus()
    {
        RefreshTopBar();
        if (_services is null) return;
        var keys = _current.Keys.Current.DistinctBy(b => b.Key).ToList();
        var signature = string.Join("|", keys.Select(k => k.KeyText + k.Description));
        if (signature == _statusShown) return;
        _statusShown = signature;
        foreach (var s in _screenShortcuts)
        {
            _status.Remove(s);
            s.Dispose();
        }

        _screenShortcuts.Clear();
        var room = (_app.Driver?.Cols ?? 80) - 1 - Cells("F1", _text.Help) - Cells("Esc", _text.Back) - Cells("Ctrl+Q", _text.Quit);
        foreach (var k in keys)
        {
            room -= Cells(k.KeyText, k.Description);
            if (room < 0) break;
            var key = k.Key;
            // Help is read, then closed: nothing acts behind it, so a shortcut does nothing while it shows.
            var shortcut = new Shortcut(key, k.Description, () => { if (!_help.Visible) _current.HandleKey(key); }) { BindKeyToApplication = false };
            _screenShortcuts.Add(shortcut);
            _status.Add(shortcut);
        }

        _status.SetNeedsLayout();
    }

    // A shortcut takes its key, two spaces, its title and " │ " (measured on the drawn bar).
    private static int Cells(string key, string title) => TextColumns.Width(key) + TextColumns.Width(title) + 5;

    private void OnIteration(object? sender, EventArgs e) => RefreshStatus();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _app.Keyboard.KeyDown -= OnAppKeyDown;
            _app.Iteration -= OnIteration;
        }

        base.Dispose(disposing);
    }

    private void OnAppKeyDown(object? sender, Key key)
    {
        // A dialog on top owns the keyboard (Esc closes it).
        if (!ReferenceEquals(_app.TopRunnableView, this)) return;
        if (_services is null)
        {
            // Still opening: Ctrl+Q leaves at once; every other key waits for the screen it was meant for. After a
            // failed opening there is no screen: keys are dropped, but a notice in front still closes.
            if (key == Key.Q.WithCtrl) Quit();
            else if (_openingFailed && _help.Visible && (key == Key.Esc || key == Key.F1)) _help.Close();
            else if (!_openingFailed) _typedWhileOpening.Enqueue(new Key(key)); // a copy: the input may reuse the one it raised
            key.Handled = true;
            return;
        }

        if (_help.Visible)
        {
            // Help is read, then closed: Esc, F1, ? or q close it; arrows scroll it; nothing else acts behind it.
            if (key == Key.Esc || key == Key.F1 || key == Key.Q || key.AsRune.Value == '?') _help.Close();
            else if (key == Key.Q.WithCtrl) Quit();
            else return;
            key.Handled = true;
            return;
        }

        var typing = _current.IsTyping;
        if (key == Key.Q.WithCtrl || (!typing && (key == Key.Q || key == Key.Q.WithShift)))
            Quit();
        else if (key == Key.F1 || (!typing && key.AsRune.Value == '?'))
            ShowHelp();
        else if (key == Key.Esc)
            Back();
        else if (_screens.FindIndex(s => s.Key == key) is var i and >= 0)
            Guarded(() => Show(i));
        else if (!Guarded(() => _current.HandleKey(key)))
            return;
        key.Handled = true;
        RefreshStatus();
    }

    // A fault while acting on a key is shown, not thrown: the screen stays as it was and the terminal stays usable.
    private bool Guarded(Func<bool> act)
    {
        try
        {
            return act();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            ShowFault(ex);
            return true;
        }
    }

    private bool Guarded(Action act) => Guarded(() => { act(); return true; });

    /// <summary>
    /// Says what went wrong in one message over the screen and keeps going (also the main loop's error handler, for
    /// faults raised inside a view): a damaged database names the file and the backup to restore, anything else is
    /// logged with its stack and shown as one sentence. Returns true: the program goes on.
    /// </summary>
    public bool ShowFault(Exception ex)
    {
        var t = _text;
        var message = FaultText.For(ex, _services?.DatabaseLocation, _services?.Log, "本次操作");
        if (Storage.StorageFault.Is(ex))
        {
            _services?.Log?.Record(ex, "数据库读取");
            // Other operators must not wait for a lock this process's failed read still holds.
            _services?.AfterStorageFault?.Invoke();
        }

        _help.Open(t.FaultTitle, message + "\n\n" + t.CloseNotice);
        return true;
    }

    /// <summary>A note the operator should see once (a new or upgraded database), over the first screen.</summary>
    public void ShowNotice(string text) => _help.Open(_text.NoticeTitle, text + "\n\n" + _text.CloseNotice);

    private bool Back()
    {
        if (_services is null) return true; // the status bar's Esc, clicked while loading: nothing to go back from
        if (_current.Back()) return true;
        if (_current is not SchemesScreen) Show(0);
        return true;
    }

    /// <summary>Whether the help overlay is showing.</summary>
    public bool HelpShown => _help.Visible;

    // An overlay rather than a MessageBox: no nested modal loop, so the help is the same in tests and in use.
    private void ShowHelp()
    {
        if (_services is null) return; // the status bar's F1, clicked while loading: the help is the screen's
        var t = _text;
        _help.Open(t.HelpTitle(_current.Title), _current.HelpText + "\n\n" + t.GlobalKeys + "\n\n" + t.CloseHelp);
    }

    private void Quit() => _app.RequestStop(this);
}
