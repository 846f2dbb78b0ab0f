namespace ReserveTui.Plugins;

/// <summary>A plugin that did not load, with the reason in one line of Chinese.</summary>
internal sealed record PluginFailure(string Path, string Reason);
