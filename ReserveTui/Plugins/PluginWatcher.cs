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
        _timer = new Timer(_ => Reload(catalog, reload, reloaded), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
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

    private readonly object _reloading = new();
    private volatile bool _disposed;

    // One reload at a time (a change during a reload re-arms the timer, so the newest files are loaded last). On a
    // timer thread nothing may escape (it would end the process): a load that fails keeps the schemes already loaded.
    private void Reload(SchemeCatalog catalog, Func<SchemeCatalog> reload, Action<SchemeCatalog> reloaded)
    {
        lock (_reloading)
        {
            if (_disposed) return;
            try
            {
                var next = reload();
                catalog.Replace(Kept(catalog, next));
                reloaded(catalog);
                Failed = null;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Failed = ex;
            }
        }
    }

    /// <summary>
    /// The new load, keeping a scheme that was loaded before when its plugin now fails (a half-copied build, a
    /// build the scheme check refuses): its campaigns go on with the old build rather than find their scheme gone.
    /// </summary>
    internal static SchemeCatalog Kept(SchemeCatalog before, SchemeCatalog next)
    {
        var failing = next.Failures.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var kept = before.Schemes.Where(s => failing.Contains(s.AssemblyPath) && next.Find(s.Id) is null).ToList();
        return kept.Count == 0 ? next : new SchemeCatalog([.. next.Schemes, .. kept], next.Failures) { Folders = next.Folders };
    }

    // Every event pushes the reload back: it runs once, after the last file of a copy.
    private void Touched(object sender, FileSystemEventArgs e)
    {
        if (_disposed) return;
        try
        {
            _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // An event that raced the session's end.
        }
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var w in _watchers) w.Dispose();
        _timer.Dispose();
    }
}
