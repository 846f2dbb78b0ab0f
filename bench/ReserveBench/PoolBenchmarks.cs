using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ReserveTui.Hosting;
using ReserveTui.Plugins;
using ReserveTui.Services;
using ReserveTui.Services.Campaigns;
using ReserveTui.Services.Pool;
using ReserveTui.Storage;

namespace ReserveBench;

/// <summary>The pool at a county's size: 10,000 reserves listed (what the pool screen and <c>pool list</c> read), and the county's gap report over them.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PoolBenchmarks
{
    private DemoDatabase _demo = null!;
    private PoolService _pool = null!;

    [Params(10_000)]
    public int Reserves { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _demo = new DemoDatabase(Reserves);
        var (database, catalog, clock) = (_demo.Database, _demo.Catalog, _demo.Clock);
        var store = new CampaignStore(database, catalog, clock, "bench");
        var people = new PeopleService(database, clock).Page(null, 0, Reserves);
        var repo = new CampaignRepository(database);
        var rules = catalog.Get("county").Definition.Management;
        database.Transaction(() =>
        {
            var i = 0;
            foreach (var p in people)
            {
                var admitted = new DateOnly(2025, 1, 1).AddDays(i++ % 600);
                repo.Insert(new ReserveDocument
                {
                    Id = CampaignRepository.NewId(), PersonId = p.Id, PersonName = p.Person.Name, SchemeId = "county", TrackId = i % 3 == 0 ? "principal-section" : "deputy-section",
                    CampaignId = "c", NominationId = "n", AdmittedOn = Utc(admitted), TrainingEnd = Utc(rules.TrainingEnd(admitted)), PeriodEnd = Utc(rules.PeriodEnd(admitted)!.Value),
                });
            }

            return 0;
        });
        _pool = new PoolService(store);
    }

    [Benchmark]
    public int List() => _pool.List(new PoolFilter()).Count;

    [Benchmark]
    public int Gaps() => _pool.Gaps("county", null).Members;

    [GlobalCleanup]
    public void Cleanup() => _demo.Dispose();

    private static DateTime Utc(DateOnly d) => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
