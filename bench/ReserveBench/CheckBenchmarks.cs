using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ReserveTui.Import;
using ReserveTui.Plugins;
using ReserveTui.Services;

namespace ReserveBench;

/// <summary>
/// reserve check over a generated 100,000-row roster beside its yardstick, the same hard rules written by hand. More
/// iterations than the import's: a check is short, and this 2-core machine's noise is not. Twelve warm-ups: the
/// yardstick is one method called once per iteration, and it ran at twice its speed for its first seven or so (not
/// yet compiled at full optimisation), which made its mean a flattering yardstick.
/// Medians and minimums beside the means: a stretch of the neighbours' noise falls on a few iterations of one method
/// and not the other, and moves a mean far more than a median.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 12, iterationCount: 15)]
public class CheckBenchmarks
{
    private string _folder = "";
    private string _roster = "";
    private LoadedScheme _college = null!;

    [Params(100_000)]
    public int Rows { get; set; }

    /// <summary>Where the college plugin is loaded from: beside the program, unless another host (bench/CheckAb) says.</summary>
    public string PluginFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "plugins");

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "reserve-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _roster = Path.Combine(_folder, "roster.csv");
        GeneratedRoster.Write(_roster, Rows);
        _college = PluginHost.Load([PluginFolder]).Get("college");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, true);

    [Benchmark(Description = "read+parse roster")]
    public int Read() => RosterReader.Read(_roster).Count(r => r.Person is not null);

    [Benchmark(Description = "check (one pass: parse, validate, evaluate)")]
    public int Check() => RosterCheckService.Check(_college, "deputy-division", _roster, new DateOnly(2026, 6, 30), null).Count();

    /// <summary>
    /// The check's yardstick, measured in the same run: the same hard rules of 学院 副处级后备 written by hand in C#,
    /// over the same file read line by line — no validation, no explanations, no citations; only the verdict.
    /// </summary>
    [Benchmark(Description = "hand-written predicate, same rules and file (baseline)")]
    public int HandPredicate()
    {
        var on = new DateOnly(2026, 6, 30);
        var passing = 0;
        foreach (var line in File.ReadLines(_roster).Skip(1))
        {
            var f = line.Split(',');
            if (!DateOnly.TryParse(f[3], out var born)) continue;
            var age = on.Year - born.Year - (on < born.AddYears(on.Year - born.Year) ? 1 : 0);
            ReserveSdk.Terms.TryParseEducation(f[6], out var education);
            ReserveSdk.Terms.TryParseTitle(f[9], out var title);
            ReserveSdk.Terms.TryParseRank(f[10], out var rank);
            var teacher = f[17] == "是";
            var posts = f[15].Split(';');
            var path = rank == ReserveSdk.RankLevel.Section
                || (teacher && education >= ReserveSdk.EducationLevel.Master && title >= ReserveSdk.TitleLevel.AssociateSenior
                    && posts.Any(p => p.Contains("教研室主任", StringComparison.Ordinal) || p.Contains("党支部书记", StringComparison.Ordinal)));
            if (path && education >= ReserveSdk.EducationLevel.Bachelor && age <= 40) passing++;
        }

        return passing;
    }
}
