using ReserveTui.Plugins;
using ReserveTui.Services;

namespace ReserveTui.Tui;

/// <summary>What the screens use: services only, never storage or workflow types.</summary>
internal sealed record TuiServices(SchemeCatalog Catalog, IPeopleQuery People, UiText Text);
