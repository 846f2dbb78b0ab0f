using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using McMaster.NETCore.Plugins;
using ReserveSdk;

namespace ReserveTui.Plugins;

/// <summary>
/// Finds and loads scheme plugins. The only class that knows McMaster.NETCore.Plugins (frozen upstream), so it
/// can be swapped for a plain AssemblyLoadContext. Each folder, and each of its subfolders, is scanned for
/// assemblies that reference ReserveSdk — so a plugin's build output folder can be given as it is; the SDK version
/// is read from metadata before loading, so a plugin built for another major version is refused with a message
/// instead of failing with a TypeLoadException.
/// </summary>
internal static class PluginHost
{
    private const string NoSchemeType = "插件中没有实现 ISchemePlugin 的公开类型（需有无参构造函数）";

    private static readonly Version HostSdk = typeof(ISchemePlugin).Assembly.GetName().Version!;

    /// <param name="folders">The folders, in order (relative paths from the working folder).</param>
    /// <param name="required">
    /// Folders the operator named (<c>--plugins</c>): one that does not exist or holds no plugin is a failure with
    /// the reason, not silence. The bundled and user folders may be absent or empty.
    /// </param>
    public static SchemeCatalog Load(IEnumerable<string> folders, IReadOnlyCollection<string>? required = null)
    {
        var schemes = new List<LoadedScheme>();
        var failures = new List<PluginFailure>();
        var reports = new List<PluginFolderReport>();
        var named = (required ?? []).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in folders.Select(Path.GetFullPath))
        {
            if (!Directory.Exists(folder))
            {
                reports.Add(new PluginFolderReport(folder, false, 0));
                if (named.Contains(folder))
                    failures.Add(new PluginFailure(folder, File.Exists(folder) ? "这是一个文件，不是插件目录（请给出插件所在的文件夹）" : "插件目录不存在"));
                continue;
            }

            var before = schemes.Count;
            var candidates = Candidates(folder).ToList();
            if (candidates.Count == 0 && named.Contains(folder))
                failures.Add(new PluginFailure(folder, "该目录及其子目录中没有方案插件（引用 ReserveSdk 的 .dll）；请给出插件的构建输出目录，如 bin/Debug/net10.0"));
            // A library beside the plugin that references the SDK but defines no scheme is the plugin's helper, not a
            // failure — unless its folder gives no scheme at all.
            var noScheme = new List<PluginInspection>();
            foreach (var dll in candidates)
            {
                foreach (var found in Inspect(dll))
                {
                    if (found.Definition is null && found.Findings.Any(f => f.Message.StartsWith(NoSchemeType, StringComparison.Ordinal))) noScheme.Add(found);
                    else Accept(found, schemes, failures);
                }
            }

            foreach (var helper in noScheme.Where(h => !schemes.Any(s => Path.GetDirectoryName(s.AssemblyPath) == Path.GetDirectoryName(h.Path))))
                Accept(helper, schemes, failures);

            reports.Add(new PluginFolderReport(folder, true, schemes.Count - before));
        }

        return new SchemeCatalog(schemes, failures) { Folders = reports };
    }

    /// <summary>
    /// Assemblies that reference ReserveSdk, in the folder itself (a build output folder) and in its immediate
    /// subfolders (plugins/&lt;Name&gt;/*.dll).
    /// </summary>
    private static IEnumerable<string> Candidates(string folder) =>
        Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal)
            .Concat(Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).SelectMany(d => Directory.EnumerateFiles(d, "*.dll").Order(StringComparer.Ordinal)))
            .Where(f => !Path.GetFileName(f).Equals("ReserveSdk.dll", StringComparison.OrdinalIgnoreCase) && ReferencedSdk(f) is not null);

    /// <summary>
    /// <c>reserve scheme verify</c>: every plugin in <paramref name="path"/> (a .dll, a build output folder or a plugin
    /// folder) with every finding — the scheme check (<see cref="SchemeConformance.Check"/>) and the host's own — and
    /// nothing refused, so the author sees all of it at once.
    /// </summary>
    public static IReadOnlyList<PluginInspection> Verify(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
            return ReferencedSdk(full) is null ? [new PluginInspection(full, null, [new("RV019", true, "这不是方案插件：它没有引用 ReserveSdk")])] : Inspect(full);
        if (!Directory.Exists(full)) return [new PluginInspection(full, null, [new("RV019", true, "文件或目录不存在")])];
        var candidates = Candidates(full).ToList();
        return candidates.Count == 0
            ? [new PluginInspection(full, null, [new("RV019", true, "该目录及其子目录中没有方案插件（引用 ReserveSdk 的 .dll）")])]
            : candidates.SelectMany(Inspect).ToList();
    }

    // Loading: a scheme with an error in the scheme check is refused, with every error's code; the host's own
    // findings about the folder (no cases, a copy of ReserveSdk.dll) and the warnings are kept as warnings.
    private static void Accept(PluginInspection found, List<LoadedScheme> schemes, List<PluginFailure> failures)
    {
        if (found.Definition is not { } definition || found.Sdk is not { } sdk)
        {
            failures.Add(new PluginFailure(found.Path, found.Findings.First(f => f.IsError).Message));
            return;
        }

        var refusing = found.Findings.Where(f => f.IsError && f.Code is not ("RV013" or "RV015")).ToList();
        if (refusing.Count > 0)
        {
            failures.Add(new PluginFailure(found.Path, $"方案 {definition.Manifest.Id} 未通过方案自检，已拒绝加载：" + string.Join("；", refusing.Select(f => $"{f.Code} {f.Message}"))
                + "（reserve scheme verify 可逐条查看）"));
            return;
        }

        if (schemes.Any(s => s.Id == definition.Manifest.Id))
        {
            failures.Add(new PluginFailure(found.Path, $"方案 id “{definition.Manifest.Id}” 与已加载的方案重复，已忽略"));
            return;
        }

        schemes.Add(new LoadedScheme(definition, found.Path, sdk) { Warnings = found.Findings.Except(refusing).ToList() });
    }

    private static IReadOnlyList<PluginInspection> Inspect(string dll)
    {
        var sdk = ReferencedSdk(dll)!;
        if (sdk.Major != HostSdk.Major)
            return [new PluginInspection(dll, null, [new("RV014", true, $"插件基于 ReserveSdk {sdk.ToString(3)} 构建，本程序的 SDK 为 {HostSdk.ToString(3)}，主版本不一致，已拒绝加载；请用 SDK {HostSdk.Major}.x 重新构建")])];

        var folder = Path.GetDirectoryName(dll)!;
        var host = new List<ConformanceFinding>();
        if (File.Exists(Path.Combine(folder, "ReserveSdk.dll")))
            host.Add(new("RV015", true, $"插件目录 {folder} 中带有 ReserveSdk.dll：插件须以 Private=\"false\" ExcludeAssets=\"runtime\" 引用 SDK，由宿主提供"));
        if (!Directory.Exists(Path.Combine(folder, "cases")) || !Directory.EnumerateFiles(Path.Combine(folder, "cases"), "*.yaml").Any())
            host.Add(new("RV013", false, $"插件目录 {folder} 中没有政策测试用例（cases/*.yaml）：reserve scheme test 无从检验它"));

        List<Type> types;
        try
        {
            // In memory: a new build copied over the file while it runs (the watcher's reload) must not change the old one under it.
            var loader = PluginLoader.CreateFromAssemblyFile(dll, sharedTypes: [typeof(ISchemePlugin)], config =>
            {
                config.PreferSharedTypes = true;
                config.LoadInMemory = true;
            });
            types = ExportedPluginTypes(loader.LoadDefaultAssembly());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return [new PluginInspection(dll, null, [new("RV019", true, $"加载失败：{Inner(ex).Message}"), .. host])];
        }

        if (types.Count == 0) return [new PluginInspection(dll, null, [new("RV019", true, NoSchemeType), .. host])];
        var found = new List<PluginInspection>();
        foreach (var type in types)
        {
            try
            {
                var definition = ((ISchemePlugin)Activator.CreateInstance(type)!).Define();
                found.Add(new PluginInspection(dll, definition, [.. SchemeConformance.Check(definition), .. host]) { Sdk = sdk });
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                found.Add(new PluginInspection(dll, null, [new("RV019", true, $"{type.Name}.Define() 出错：{Inner(ex).Message}"), .. host]));
            }
        }

        return found;
    }

    private static List<Type> ExportedPluginTypes(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = ex.Types.OfType<Type>().ToArray();
        }

        return types.Where(t => typeof(ISchemePlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null).ToList();
    }

    /// <summary>The ReserveSdk version the assembly was compiled against, read from metadata without loading it.</summary>
    private static Version? ReferencedSdk(string dll)
    {
        try
        {
            using var stream = File.OpenRead(dll);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata) return null;
            var md = pe.GetMetadataReader();
            foreach (var handle in md.AssemblyReferences)
            {
                var reference = md.GetAssemblyReference(handle);
                if (md.GetString(reference.Name) == "ReserveSdk") return reference.Version;
            }

            return null;
        }
        catch (Exception ex) when (ex is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            // Not an assembly, or not readable (a dangling link, a file being copied): not a plugin to load now.
            return null;
        }
    }

    private static Exception Inner(Exception ex) => ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
}
