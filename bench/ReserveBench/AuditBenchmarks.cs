using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ReserveTui.Storage;

namespace ReserveBench;

/// <summary><c>reserve audit verify</c> over an untouched chain of 100,000 entries (target ≤ 1 s).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AuditBenchmarks
{
    private string _folder = "";
    private ReserveDatabase _database = null!;
    private AuditLog _log = null!;

    [Params(100_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "reserve-bench-audit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _database = ReserveDatabase.Open(Path.Combine(_folder, "audit.db"));
        _log = new AuditLog(_database);
        var at = new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.FromHours(8));
        for (var batch = 0; batch < Entries / 1000; batch++)
            _database.Transaction(() =>
            {
                for (var i = 0; i < 1000; i++)
                    _log.Append(at.AddSeconds(batch * 1000 + i), "bench", "pool.record", $"reserve/{i % 500:D24}", new { kind = "talk", who = "组织部", text = "谈心谈话记录" });
                return 0;
            });
        if (_log.Verify() is not null) throw new InvalidOperationException("the generated chain does not verify");
    }

    [Benchmark]
    public long? Verify() => _log.Verify();

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
