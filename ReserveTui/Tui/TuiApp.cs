using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ReserveTui.Hosting;
using ReserveTui.Plugins;
using ReserveTui.Services;
using ReserveTui.Storage;
using Terminal.Gui.App;

namespace ReserveTui.Tui;

/// <summary>Opens the terminal UI on the configured database and plugins, and shuts down in order on SIGHUP/SIGTERM.</summary>
internal static class TuiApp
{
    // Watching can fail (the server's inotify watches all used by other sessions): the program then runs without reload.
    private static PluginWatcher? Watch(AppOptions options, SchemeCatalog catalog, Action<SchemeCatalog> reloaded)
    {
        try
        {
            return new PluginWatcher(options.PluginFolders.Skip(1), catalog, () => PluginHost.Load(options.PluginFolders, options.NamedPluginFolders), reloaded);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Starts loading the terminal library on a worker while the command line and the settings are read (for plain
    /// `reserve`, which opens the terminal UI): about 30 ms of the first frame.
    /// </summary>
    public static void Preload() => Task.Run(() =>
    {
        // Loading the types is the work (the assembly and what it needs); their static constructors are left to the
        // main thread, which sets the library up.
        foreach (var t in new[] { typeof(Application), typeof(Terminal.Gui.ViewBase.View), typeof(Terminal.Gui.Views.Window), typeof(Terminal.Gui.Views.Label), typeof(Terminal.Gui.Views.StatusBar), typeof(Terminal.Gui.Views.Shortcut) })
            GC.KeepAlive(t.TypeHandle);
    });

    public static int Run(AppOptions options)
    {
        // Start-up runs on a worker thread while this one loads the terminal library (the first call into Present).
        // The first frame — the shell saying "正在载入方案……" — waits only for the database and the operator's
        // admission, so a refusal or a wait for another process's lock is still said on the plain terminal; the
        // plugins and the services follow on the worker, and the shell shows its first screen when they are there.
        var admitting = Task.Run(() => Admit(options));
        var drawn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var opening = Task.WhenAll(admitting, drawn.Task).ContinueWith(_ => Open(options, admitting.Result), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        try
        {
            return Present(options, admitting, opening, drawn);
        }
        finally
        {
            // However the terminal part ended (a refused operator, Ctrl+Q while the plugins were loading), the worker
            // is done with the database before it is closed; a failure of its own was already shown. Without a first
            // frame the plugins are never loaded.
            drawn.TrySetCanceled();
            ((Task)opening).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
            // A screen's read on a worker (F8 at Ctrl+Q or a hang-up) ends before the database under it closes.
            if (opening.IsCompletedSuccessfully) opening.Result.Background.Drain(TimeSpan.FromSeconds(30));
            if (admitting.IsCompletedSuccessfully) admitting.Result.Database.Dispose();
        }
    }

    private static TuiAdmission Admit(AppOptions options)
    {
        // Before the first frame the terminal is still a plain one: a start that waits for another process's lock says so.
        var database = ReserveDatabase.Open(options.DatabasePath, DatabaseAccess.Write, message => Console.Error.WriteLine(message));
        try
        {
            database.Waiting = null;
            // An unknown operator, or a set clock on a real database, is refused here, on the plain terminal, before any screen.
            return new TuiAdmission(database, Services.Access.SessionGate.Admit(database, options));
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    private static TuiServices Open(AppOptions options, TuiAdmission admission)
    {
        var (database, access) = admission;
        var catalog = PluginHost.Load(options.PluginFolders, options.NamedPluginFolders);
        try
        {
            // The folder a new build is dropped into, watched while the program runs.
            Directory.CreateDirectory(options.Paths.UserPlugins);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without the folder there is nothing to watch; the bundled and named folders still are.
        }

        var store = new Services.Campaigns.CampaignStore(database, catalog, options.Clock, options.Operator, access);
        return new TuiServices(catalog, new PeopleService(database, options.Clock, access), new UiText(options.Language))
        {
            Access = access,
            Campaigns = new Services.Campaigns.CampaignService(store),
            Nominations = new Services.Campaigns.NominationService(store),
            Ballots = new Services.Campaigns.BallotService(store),
            Scores = new Services.Campaigns.ScoreService(store),
            Units = new UnitService(database, options.Clock, options.Operator, UnitService.KindsOf(catalog), access),
            Pool = new Services.Pool.PoolService(store),
            Log = new ErrorLog(options.Paths.LogFile),
            Documents = new DocumentService(catalog, new Documents.TemplateLibrary(options.Paths.UserTemplates, Documents.TemplateLibrary.Bundled), () => store, options.Clock),
            DocumentsFolder = Path.Combine(options.Paths.DataFolder, "documents"),
            Clock = options.Clock,
            DatabaseLocation = database.Location,
            AfterStorageFault = database.ReleaseAfterFault,
        };
    }

    // Kept out of Run so that loading the terminal library (this method's types) happens while the worker runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Present(AppOptions options, Task<TuiAdmission> admitting, Task<TuiServices> opening, TaskCompletionSource drawn)
    {
        // The terminal is left alone until the operator is admitted: while the worker waits for another process's
        // lock, Ctrl+C must still end the program, and a refusal must print as plain lines.
        var (database, access) = admitting.GetAwaiter().GetResult();
        using IApplication app = Application.Create();
        // Whole characters however fast they come (Utf8TerminalInput); the stock input where that cannot be arranged.
        Utf8TerminalInput.InstallInto(app);
        app.Init();
        var text = new UiText(options.Language);
        using var window = new MainWindow(app, text, access);
        if (database.Created) window.ShowNotice(text.DatabaseCreated(database.Location));
        else if (database.UpgradeBackup is { } backup) window.ShowNotice(text.DatabaseUpgraded(backup));
        // The plugins are loaded once the first frame is drawn (written to the terminal right after): on two cores,
        // loading them beside the terminal library and the first layout slowed both by a third.
        window.DrawComplete += (_, _) => drawn.TrySetResult();
        PluginWatcher? watcher = null;
        // The shell opens its first screen on the main loop when the worker is done.
        _ = opening.ContinueWith(_ => app.Invoke(Opened), TaskScheduler.Default);
        var failed = false;
        try
        {
            // An SSH disconnect sends SIGHUP: stop the loop so the terminal is restored and the database closed cleanly.
            using var hup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);
            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            app.Run(window, window.ShowFault);
            // A program that could not open its services ran only to say so: it ends as a failed command does.
            return failed ? Cli.CliApp.InternalError : 0;
        }
        finally
        {
            // The terminal is given back at once (Ctrl+Q while the plugins load): Run waits for the worker after.
            // A hand-over still on its way finds the application gone and is dropped.
            drawn.TrySetCanceled();
            watcher?.Dispose();
        }

        void Opened()
        {
            if (!opening.IsCompletedSuccessfully)
            {
                // Cancelled only once the loop is over (no first frame), when nothing is handed over any more.
                if (opening.Exception?.GetBaseException() is { } failure) OpeningFailed(failure);
                return;
            }

            var services = opening.Result;
            // A new build dropped into a plugin folder is loaded while the program runs, and the operator is told.
            watcher = Watch(options, services.Catalog, reloaded => app.Invoke(() =>
                window.ShowNotice(text.PluginsReloaded(reloaded.Schemes.Select(s => $"{s.Id} v{s.Definition.Manifest.Version}"), reloaded.Failures.Count))));
            try
            {
                window.Open(services);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                OpeningFailed(ex);
            }
        }

        void OpeningFailed(Exception failure)
        {
            var message = FaultText.For(failure, database.Location, new ErrorLog(options.Paths.LogFile), "打开终端界面");
            if (StorageFault.Is(failure)) database.ReleaseAfterFault();
            failed = true;
            window.ShowOpeningFailed(message);
        }

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            app.Invoke(() => app.RequestStop(window));
            // With the terminal gone the loop may never turn again, and the process would stay behind using CPU
            // (seen with tmux kill-session). Every change is already committed, so leaving after a grace period loses nothing.
            var code = 128 + (context.Signal == PosixSignal.SIGHUP ? 1 : 15);
            _ = Task.Delay(TimeSpan.FromSeconds(2)).ContinueWith(_ => Environment.Exit(code), TaskScheduler.Default);
        }
    }
}
