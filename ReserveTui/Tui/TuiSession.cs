using ReserveTui.Storage;

namespace ReserveTui.Tui;

/// <summary>What the terminal UI runs on, opened before its first frame: the database and the services over it (the plugins among them: <see cref="TuiServices.Catalog"/>).</summary>
internal sealed record TuiSession(ReserveDatabase Database, TuiServices Services);
