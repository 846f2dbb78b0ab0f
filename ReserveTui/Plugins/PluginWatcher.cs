namespace ReserveTui.Plugins;

/// <summary>
/// Reloads the plugins when a new build is dropped into a plugin folder while the terminal UI runs: the folders are
/// watched, and once the files have been quiet for <see cref="Quiet"/> (a copy is many writes) the catalog is loaded
/// again and replaced. A campaign pinned to the version that was replaced then says so (CampaignStore.Load) and keeps
/// its recorded decisions; the old assemblies stay loaded, since a default load context cannot unload.
/// </summary>
internal sealed class PluginWatcher : IDisposable
{
    /// <summary>How long the folder must be still before the plugins are loaded again.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    /// <param name="catalog">The session's catalog, replaced on reload.</param>
    /// <param name="reload">Loads the plugins again (PluginHost.Load with the session's folders).</param>
    /// <param name="reloaded">Told after each reload, with the catalog (from a timer thread).</param>
    public PluginWatcher(IEnumerable<string> folders, SchemeCatalog catalog, Func<SchemeCatalog> reload, Action<SchemeCatalog> reloaded)
    {
        _timer = new Timer(_ =>
        {
            // On a timer thread nothing may escape (it would end the process): a load that fails — a folder removed
            // mid-copy, the session closing — keeps the schemes already loaded, and the next change tries again.
            try
            {
                catalog.Replace(reload());
                reloaded(catalog);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Failed = ex;
            }
        }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.DirectoryName | NotifyFilters.Size };
            watcher.Changed += Touched;
            watcher.Created += Touched;
            watcher.Deleted += Touched;
            watcher.Renamed += Touched;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The last reload's failure, if the last reload failed (for tests and the log).</summary>
    public Exception? Failed { get; private set; }

    // Every event pushes the reload back: it runs once, after the last file of a copy.
    private void Touched(object sender, FileSystemEventArgs e) => _timer.Change(Quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _timer.Dispose();
    }
}
