namespace ReserveTui.Plugins;

/// <summary>One plugin folder as it was read: where, whether it exists, and how many schemes it gave.</summary>
internal sealed record PluginFolderReport(string Path, bool Exists, int Schemes);
