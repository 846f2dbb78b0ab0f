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
            foreach (var dll in candidates)
            {
                try
                {
                    LoadOne(dll, schemes, failures);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    failures.Add(new PluginFailure(dll, $"加载失败：{Inner(ex).Message}"));
                }
            }

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

    private static void LoadOne(string dll, List<LoadedScheme> schemes, List<PluginFailure> failures)
    {
        var sdk = ReferencedSdk(dll)!;
        if (sdk.Major != HostSdk.Major)
        {
            failures.Add(new PluginFailure(dll, $"插件基于 ReserveSdk {sdk.ToString(3)} 构建，本程序的 SDK 为 {HostSdk.ToString(3)}，主版本不一致，已拒绝加载；请用 SDK {HostSdk.Major}.x 重新构建"));
            return;
        }

        var loader = PluginLoader.CreateFromAssemblyFile(dll, sharedTypes: [typeof(ISchemePlugin)], config => config.PreferSharedTypes = true);
        var assembly = loader.LoadDefaultAssembly();
        var types = ExportedPluginTypes(assembly);
        if (types.Count == 0)
        {
            failures.Add(new PluginFailure(dll, "插件中没有实现 ISchemePlugin 的公开类型（需有无参构造函数）"));
            return;
        }

        foreach (var type in types)
        {
            SchemeDefinition definition;
            try
            {
                definition = ((ISchemePlugin)Activator.CreateInstance(type)!).Define();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures.Add(new PluginFailure(dll, $"{type.Name}.Define() 出错：{Inner(ex).Message}"));
                continue;
            }

            if (schemes.Any(s => s.Id == definition.Manifest.Id))
            {
                failures.Add(new PluginFailure(dll, $"方案 id “{definition.Manifest.Id}” 与已加载的方案重复，已忽略"));
                continue;
            }

            schemes.Add(new LoadedScheme(definition, dll, sdk));
        }
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
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    private static Exception Inner(Exception ex) => ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
}
