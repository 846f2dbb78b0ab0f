namespace ReserveTui.Hosting;

/// <summary>Where ReserveTui keeps its files: the default database, user plugins and templates, and the log.</summary>
internal sealed record ReservePaths(string DataFolder)
{
    /// <summary>$XDG_DATA_HOME/reserve, else ~/.local/share/reserve.</summary>
    public static ReservePaths FromEnvironment(Func<string, string?> env)
    {
        var xdg = env("XDG_DATA_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg)
            ? xdg
            : Path.Combine(env("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return new ReservePaths(Path.Combine(root, "reserve"));
    }

    public string DefaultDatabase => Path.Combine(DataFolder, "reserve.db");

    public string UserPlugins => Path.Combine(DataFolder, "plugins");

    public string UserTemplates => Path.Combine(DataFolder, "templates");

    public string LogFile => Path.Combine(DataFolder, "reserve.log");

    /// <summary>The bundled plugin folder: plugins/ beside the executable.</summary>
    public static string BundledPlugins => Path.Combine(AppContext.BaseDirectory, "plugins");
}
