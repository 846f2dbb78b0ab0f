using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ReserveTui.Services;
using ReserveTui.Storage;

namespace ReserveBench;

/// <summary>
/// The people screen at 100,000 people (issue 15): a filter keystroke (count and the first screen of rows), a page
/// deep in the list (PageDown), and the one-off read of everyone's search key. On a database file, shared mode.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class PeopleListBenchmarks
{
    private static readonly string[] Filters = ["张", "张伟", "示例", "示例街道", "1101", "王", "李明", "社区"];
    private string _folder = "";
    private ReserveDatabase _database = null!;
    private PeopleService _people = null!;
    private int _next;

    [Params(100_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "reserve-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _database = ReserveDatabase.Open(Path.Combine(_folder, "people.db"));
        _people = new PeopleService(_database, TimeProvider.System);
        _people.Add(DemoData.People(People).ToList(), "bench", "bench");
        _people.Count(null); // the screen opened: the keys are read once
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        Directory.Delete(_folder, true);
    }

    [Benchmark(Description = "filter keystroke: count + first 25 rows")]
    public int Filter()
    {
        var filter = Filters[_next++ % Filters.Length];
        return _people.Count(filter) + _people.Page(filter, 0, 25).Count;
    }

    [Benchmark(Description = "PageDown deep in the list: one page of 100")]
    public int PageDown() => _people.Page(null, (_next++ * 7919) % (People - 100), 100).Count;

    [Benchmark(Description = "first use: read everyone's search key")]
    public int ColdKeys() => new PeopleService(_database, TimeProvider.System).Count(null);
}
