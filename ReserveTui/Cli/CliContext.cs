using ReserveTui.Hosting;
using ReserveTui.Plugins;

namespace ReserveTui.Cli;

/// <summary>What a verb needs: options, output streams, and lazily built services (a verb that needs no database opens none).</summary>
internal sealed class CliContext(AppOptions options, TextWriter stdout, TextWriter stderr)
{
    private SchemeCatalog? _catalog;

    public AppOptions Options { get; } = options;

    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    public SchemeCatalog Catalog => _catalog ??= PluginHost.Load(Options.PluginFolders);
}
