using ReserveSdk;
using ReserveTui.Hosting;

namespace ReserveTui.Plugins;

/// <summary>
/// The loaded schemes, in id order, and the plugins that failed. One object for the whole session: a reload
/// (<see cref="PluginWatcher"/>) replaces what it holds at once, so every service holding it sees the new build.
/// </summary>
internal sealed class SchemeCatalog(IReadOnlyList<LoadedScheme> schemes, IReadOnlyList<PluginFailure> failures)
{
    private sealed record Contents(IReadOnlyList<LoadedScheme> Schemes, IReadOnlyList<PluginFailure> Failures, IReadOnlyList<PluginFolderReport> Folders);

    // Replaced whole (one reference), so a reader on the UI thread never sees half of a reload.
    private volatile Contents _contents = new(schemes.OrderBy(s => s.Id, StringComparer.Ordinal).ToList(), failures, []);

    public IReadOnlyList<LoadedScheme> Schemes => _contents.Schemes;

    public IReadOnlyList<PluginFailure> Failures => _contents.Failures;

    /// <summary>The folders read, in order, with what each gave (<c>reserve schemes</c> says so).</summary>
    public IReadOnlyList<PluginFolderReport> Folders
    {
        get => _contents.Folders;
        init => _contents = _contents with { Folders = value };
    }

    /// <summary>Takes what <paramref name="reloaded"/> holds: the schemes of a new build, from now on.</summary>
    public void Replace(SchemeCatalog reloaded) => _contents = reloaded._contents;

    public LoadedScheme? Find(string id) => Schemes.FirstOrDefault(s => s.Id.Equals(id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A loaded scheme, or "not found" naming the loaded ones — and the plugins that failed, which may be the one meant.</summary>
    public LoadedScheme Get(string id) =>
        Find(id) ?? throw new ReserveException(ErrorCode.NotFound,
            $"未找到方案“{id}”。已加载的方案：{(Schemes.Count == 0 ? "（无）" : string.Join("、", Schemes.Select(s => s.Id)))}"
            + (Failures.Count == 0 ? "" : $"；另有 {Failures.Count} 个插件加载失败（{string.Join("；", Failures.Select(f => $"{Path.GetFileName(f.Path)}：{f.Reason}"))}），用 reserve schemes 查看"));

    public static Track GetTrack(SchemeDefinition scheme, string idOrName) =>
        scheme.FindTrack(idOrName) ?? throw new ReserveException(ErrorCode.Usage,
            $"方案 {scheme.Manifest.Id} 没有“{idOrName}”这一类别。可选：{string.Join("、", scheme.Tracks.Select(t => $"{t.Name}({t.Id})"))}");
}
