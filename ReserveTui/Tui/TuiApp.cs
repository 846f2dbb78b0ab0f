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

    public static int Run(AppOptions options)
    {
        // The plugins, the database and the services are opened on a worker thread while this one loads the terminal
        // library (the first call into Present): a third of the time to the first frame, overlapped. Nothing is drawn
        // until they are open, so a refusal or a wait for another process's lock is still said on the plain terminal.
        var opening = Task.Run(() => Open(options));
        try
        {
            return Present(options, opening);
        }
        finally
        {
            // However the terminal part ended, what the worker opened is closed (its failure, if any, was already thrown).
            ((Task)opening).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
            if (opening.IsCompletedSuccessfully) opening.Result.Database.Dispose();
        }
    }

    private static TuiSession Open(AppOptions options)
    {
        var catalog = PluginHost.Load(options.PluginFolders, options.NamedPluginFolders);
        // Before the screen is drawn the terminal is still a plain one: a start that waits for another process's lock says so.
        var database = ReserveDatabase.Open(options.DatabasePath, DatabaseAccess.Write, message => Console.Error.WriteLine(message));
        try
        {
            database.Waiting = null;
            // An unknown operator, or a set clock on a real database, is refused here, on the plain terminal, before any screen.
            var access = Services.Access.SessionGate.Admit(database, options);
            var store = new Services.Campaigns.CampaignStore(database, catalog, options.Clock, options.Operator, access);
            var services = new TuiServices(catalog, new PeopleService(database, options.Clock, access), new UiText(options.Language))
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
            return new TuiSession(database, services);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    // Kept out of Run so that loading the terminal library (this method's types) happens while Open runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Present(AppOptions options, Task<TuiSession> opening)
    {
        // The terminal is left alone until the worker is done: while it waits for another process's lock, Ctrl+C must
        // still end the program, and a refusal must print as plain lines.
        var (database, services) = opening.GetAwaiter().GetResult();
        using IApplication app = Application.Create();
        // Whole characters however fast they come (Utf8TerminalInput); the stock input where that cannot be arranged.
        Utf8TerminalInput.InstallInto(app);
        app.Init();
        using var window = new MainWindow(app, services);
        if (database.Created) window.ShowNotice(services.Text.DatabaseCreated(database.Location));
        else if (database.UpgradeBackup is { } backup) window.ShowNotice(services.Text.DatabaseUpgraded(backup));
        // A new build dropped into a plugin folder is loaded while the program runs, and the operator is told.
        try
        {
            Directory.CreateDirectory(options.Paths.UserPlugins);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without the folder there is nothing to watch; the bundled and named folders still are.
        }

        using var watcher = Watch(options, services.Catalog, reloaded => app.Invoke(() =>
            window.ShowNotice(services.Text.PluginsReloaded(reloaded.Schemes.Select(s => $"{s.Id} v{s.Definition.Manifest.Version}"), reloaded.Failures.Count))));
        // An SSH disconnect sends SIGHUP: stop the loop so the terminal is restored and the database closed cleanly.
        using var hup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        app.Run(window, window.ShowFault);
        return 0;

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
