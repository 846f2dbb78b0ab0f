using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ReserveTui.Import;
using ReserveTui.Plugins;
using ReserveTui.Services;
using ReserveTui.Storage;

namespace ReserveBench;

/// <summary>check and people import over a generated 100,000-row roster (every FORMATS.md column filled).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class RosterBenchmarks
{
    private string _folder = "";
    private string _roster = "";
    private LoadedScheme _college = null!;
    private List<PersonDocument> _documents = [];

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "reserve-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _roster = Path.Combine(_folder, "roster.csv");
        using (var w = new StreamWriter(_roster, false, new UTF8Encoding(true)))
        {
            w.WriteLine("姓名,性别,民族,出生日期,身份证号,政治面貌,学历,全日制,学位,职称,现职级,任现职级时间,参加工作时间,单位,单位类型,任职经历,中层任职年限,教师,单位中层,处分,不良行为,回村创业大学生,近期可提拔,身体状况");
            foreach (var p in DemoData.People(Rows))
            {
                w.WriteLine(string.Join(',', p.Name, p.Gender == ReserveSdk.Gender.Male ? "男" : "女", p.Ethnicity, p.BirthDate?.ToString("yyyy-MM-dd"), p.IdNumber,
                    "中共党员", ReserveSdk.Terms.Chinese(p.Education!.Value), "是", "学士", ReserveSdk.Terms.Chinese(p.Title!.Value), ReserveSdk.Terms.Chinese(p.Rank!.Value),
                    Clamp(p.RankSince)?.ToString("yyyy-MM-dd"), p.WorkStart?.ToString("yyyy-MM-dd"), p.Unit, p.UnitKind, string.Join(';', p.Posts ?? []), p.MidManagementYears,
                    p.Teacher == true ? "是" : "否", p.MidLevel == true ? "是" : "否", p.Discipline, p.Misconduct, "否", "否", p.Health));
            }
        }

        _college = PluginHost.Load([Path.Combine(AppContext.BaseDirectory, "plugins")]).Get("college");
    }

    // DemoData dates some ranks after its own reference date (2026-06-30) and past today, which import refuses as
    // impossible: the generated roster gives those the reference date, so every row is one import takes.
    private static DateOnly? Clamp(DateOnly? d) => d > new DateOnly(2026, 6, 30) ? new DateOnly(2026, 6, 30) : d;

    // Only the raw insert needs every person as a document: 100,000 of them held through the other benchmarks would
    // make each of their full collections walk them.
    [GlobalSetup(Target = nameof(RawInsertBulk))]
    public void SetupDocuments()
    {
        Setup();
        _documents = RosterReader.Read(_roster).Where(r => r.Person is not null).Select((r, i) => PersonMapping.ToDocument($"p{i:000000}", r.Person!)).ToList();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, true);

    [Benchmark(Description = "read+parse roster")]
    public int Read() => RosterReader.Read(_roster).Count(r => r.Person is not null);

    [Benchmark(Description = "check (validate + evaluate)")]
    public int Check() => RosterCheckService.Check(_college, "deputy-division", _roster, new DateOnly(2026, 6, 30), null).Count();

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

    [Benchmark(Description = "people import (new db file)")]
    public int Import()
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
        using var db = ReserveDatabase.Open(path);
        return new PeopleService(db, TimeProvider.System).Import(_roster, false, "bench").Written;
    }
}
