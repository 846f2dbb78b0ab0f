using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ReserveTui.Hosting;
using ReserveTui.Plugins;
using ReserveTui.Services;
using ReserveTui.Services.Campaigns;
using ReserveTui.Storage;

namespace ReserveBench;

/// <summary>
/// The campaign screen's who-may-be-nominated list (F8) over a large scope: a street campaign on the demo's
/// 示例街道办事处 and its five units, in a demo database of 100,000 people (about 43,000 in scope), every person
/// judged for every track.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class NominationChoicesBenchmarks
{
    private DemoDatabase _demo = null!;
    private NominationService _nominations = null!;
    private string _campaign = "";

    [Params(100_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _demo = new DemoDatabase(People);
        var store = new CampaignStore(_demo.Database, _demo.Catalog, _demo.Clock, "bench");
        _campaign = new CampaignService(store).New("street", "示例街道办事处", 2026, null).Id;
        _nominations = new NominationService(store);
    }

    [Benchmark]
    public int WhoMayBeNominated() => _nominations.Choices(_campaign).People.Count;

    [GlobalCleanup]
    public void Cleanup() => _demo.Dispose();
}
