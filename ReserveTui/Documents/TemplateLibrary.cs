namespace ReserveTui.Documents;

/// <summary>
/// Finds a document's template: the operator's folder first (<c>$XDG_DATA_HOME/reserve/templates</c>), then the
/// scheme plugin's own <c>templates/</c>, then the bundled <c>templates/</c> beside the executable. A template is a
/// file named <c>&lt;document&gt;.&lt;format&gt;.sbn</c>.
/// </summary>
internal sealed class TemplateLibrary(string operatorFolder, string bundledFolder)
{
    /// <summary>The bundled templates, copied beside the executable at build.</summary>
    public static string Bundled => Path.Combine(AppContext.BaseDirectory, "templates");

    public TemplateSource? Find(string document, string format, string? pluginFolder)
    {
        var name = $"{document}.{format}.sbn";
        foreach (var (folder, origin) in Folders(pluginFolder))
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path)) return new TemplateSource(document, format, path, origin);
        }

        return null;
    }

    /// <summary>Every document and format some folder has, each with the file that wins.</summary>
    public IReadOnlyList<TemplateSource> List(string? pluginFolder) =>
        Folders(pluginFolder).Where(f => Directory.Exists(f.Folder))
            .SelectMany(f => Directory.EnumerateFiles(f.Folder, "*.sbn").Select(Path.GetFileName).OfType<string>())
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(file => file.Split('.'))
            .Where(parts => parts.Length == 3)
            .Select(parts => Find(parts[0], parts[1], pluginFolder)!)
            .ToList();

    private IEnumerable<(string Folder, string Origin)> Folders(string? pluginFolder)
    {
        yield return (operatorFolder, "operator");
        if (pluginFolder is not null) yield return (Path.Combine(pluginFolder, "templates"), "plugin");
        yield return (bundledFolder, "bundled");
    }
}
