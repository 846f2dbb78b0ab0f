using System.Runtime.Loader;

namespace ReserveBench.Ab;

/// <summary>One build's <c>CheckBenchmarks</c>, with its own <c>reserve</c>, SDK and plugins, in a load context of its own.</summary>
internal sealed class Build
{
    private readonly Type _type;
    private readonly object _benchmarks;
    private readonly AssemblyLoadContext _context;

    private Build(Type type, object benchmarks, AssemblyLoadContext context) => (_type, _benchmarks, _context) = (type, benchmarks, context);

    public static Build Load(string folder)
    {
        var main = Path.Combine(Path.GetFullPath(folder), "ReserveBench.dll");
        var context = new FolderLoadContext(main);
        var type = context.LoadFromAssemblyPath(main).GetType("ReserveBench.CheckBenchmarks", throwOnError: true)!;
        // CheckBenchmarks loads its plugins from beside the program, which here is this host: the build's own, beside it.
        // A revision from before CheckBenchmarks.PluginFolder cannot be told where they are.
        var benchmarks = Activator.CreateInstance(type)!;
        var pluginFolder = type.GetProperty("PluginFolder")
            ?? throw new InvalidOperationException($"{folder}: CheckBenchmarks has no PluginFolder (a revision before stop 25's review); compare a later one.");
        pluginFolder.SetValue(benchmarks, Path.Combine(Path.GetDirectoryName(main)!, "plugins"));
        type.GetProperty("Rows")!.SetValue(benchmarks, 100_000);
        var build = new Build(type, benchmarks, context);
        build.Run("Setup");
        return build;
    }

    public void Run(string method)
    {
        using var scope = _context.EnterContextualReflection();
        _type.GetMethod(method)!.Invoke(_benchmarks, null);
    }

    public void Cleanup() => Run("Cleanup");
}
