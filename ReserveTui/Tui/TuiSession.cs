using ReserveTui.Plugins;
using ReserveTui.Storage;

namespace ReserveTui.Tui;

/// <summary>What the terminal UI runs on, opened before its first frame: the plugins, the database and the services over them.</summary>
internal sealed record TuiSession(SchemeCatalog Catalog, ReserveDatabase Database, TuiServices Services);
