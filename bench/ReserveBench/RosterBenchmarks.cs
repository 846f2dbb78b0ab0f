using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ReserveTui.Import;
using ReserveTui.Services;
using ReserveTui.Storage;

namespace ReserveBench;

/// <summary>people import over a generated 100,000-row roster (every FORMATS.md column filled), beside its yardstick.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class RosterBenchmarks
{
    private string _folder = "";
    private string _roster = "";
    private List<PersonDocument> _documents = [];

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "reserve-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _roster = Path.Combine(_folder, "roster.csv");
        GeneratedRoster.Write(_roster, Rows);
    }

    // Only the raw insert needs every person as a document: 100,000 of them held through the import too would make
    // each of its full collections walk them.
    [GlobalSetup(Target = nameof(RawInsertBulk))]
    public void SetupDocuments()
    {
        Setup();
        _documents = RosterReader.Read(_roster).Where(r => r.Person is not null).Select((r, i) => PersonMapping.ToDocument($"p{i:000000}", r.Person!)).ToList();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, true);

    /// <summary>
    /// The import's yardstick, measured in the same run: LiteDB's own InsertBulk of the same people as documents,
    /// already parsed and mapped, into a new file with the same indexes — what storing them costs at the least.
    /// </summary>
    [Benchmark(Description = "raw InsertBulk of the same documents (baseline)")]
    public int RawInsertBulk()
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
        using var db = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = path, Connection = LiteDB.ConnectionType.Shared, Collation = new LiteDB.Collation(ReserveDatabase.Collation) });
        var people = db.GetCollection<PersonDocument>("people");
        people.EnsureIndex(p => p.Name);
        people.EnsureIndex(p => p.IdNumber);
        people.EnsureIndex(p => p.Identity);
        return people.InsertBulk(_documents);
    }

    [Benchmark(Description = "people import (new db file)")]
    public int Import()
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
        using var db = ReserveDatabase.Open(path);
        return new PeopleService(db, TimeProvider.System).Import(_roster, false, "bench").Written;
    }
}
