using System.Reflection;
using System.Runtime.Loader;

namespace ReserveBench.Ab;

/// <summary>One build's <c>CheckBenchmarks</c>, with its own <c>reserve</c>, SDK and plugins, in a load context of its own.</summary>
internal sealed class Build
{
    private readonly Type _type;
    private readonly object _benchmarks;
    private readonly AssemblyLoadContext _context;
    private string _folder = "";

    private Build(Type type, object benchmarks, AssemblyLoadContext context) => (_type, _benchmarks, _context) = (type, benchmarks, context);

    public static Build Load(string folder)
    {
        var main = Path.Combine(Path.GetFullPath(folder), "ReserveBench.dll");
        var context = new FolderLoadContext(main);
        var type = context.LoadFromAssemblyPath(main).GetType("ReserveBench.CheckBenchmarks", throwOnError: true)!;
        var build = new Build(type, Activator.CreateInstance(type)!, context);
        build.Setup();
        return build;
    }

    public void Run(string method)
    {
        using var scope = _context.EnterContextualReflection();
        _type.GetMethod(method)!.Invoke(_benchmarks, null);
    }

    public void Cleanup() => Directory.Delete(_folder, true);

    // CheckBenchmarks.Setup finds its plugins beside the program, which here is this host: the build's own plugins
    // are loaded from its folder instead, and the rest done as Setup does it.
    private void Setup()
    {
        using var scope = _context.EnterContextualReflection();
        _folder = Path.Combine(Path.GetTempPath(), "reserve-ab-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var roster = Path.Combine(_folder, "roster.csv");
        var bench = _type.Assembly;
        bench.GetType("ReserveBench.GeneratedRoster", throwOnError: true)!.GetMethod("Write")!.Invoke(null, [roster, 100_000]);
        var reserve = _context.LoadFromAssemblyName(bench.GetReferencedAssemblies().First(a => a.Name == "reserve"));
        var plugins = Path.Combine(Path.GetDirectoryName(bench.Location)!, "plugins");
        var catalog = reserve.GetType("ReserveTui.Plugins.PluginHost", throwOnError: true)!.GetMethod("Load")!.Invoke(null, [new[] { plugins }, null])!;
        var college = catalog.GetType().GetMethod("Get")!.Invoke(catalog, ["college"]);
        const BindingFlags Field = BindingFlags.NonPublic | BindingFlags.Instance;
        _type.GetProperty("Rows")!.SetValue(_benchmarks, 100_000);
        _type.GetField("_folder", Field)!.SetValue(_benchmarks, _folder);
        _type.GetField("_roster", Field)!.SetValue(_benchmarks, roster);
        _type.GetField("_college", Field)!.SetValue(_benchmarks, college);
    }
}
