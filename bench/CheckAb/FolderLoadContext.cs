using System.Reflection;
using System.Runtime.Loader;

namespace ReserveBench.Ab;

/// <summary>Loads a program's assemblies from its own folder, as its .deps.json lists them.</summary>
internal sealed class FolderLoadContext(string mainAssembly) : AssemblyLoadContext(Path.GetFileName(Path.GetDirectoryName(mainAssembly)))
{
    private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

    protected override Assembly? Load(AssemblyName assemblyName) =>
        _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
