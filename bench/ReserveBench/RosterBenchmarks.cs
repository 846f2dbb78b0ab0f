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
                    p.RankSince?.ToString("yyyy-MM-dd"), p.WorkStart?.ToString("yyyy-MM-dd"), p.Unit, p.UnitKind, string.Join(';', p.Posts ?? []), p.MidManagementYears,
                    p.Teacher == true ? "是" : "否", p.MidLevel == true ? "是" : "否", p.Discipline, p.Misconduct, "否", "否", p.Health));
            }
        }

        _college = PluginHost.Load([Path.Combine(AppContext.BaseDirectory, "plugins")]).Get("college");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, true);

    [Benchmark(Description = "read+parse roster")]
    public int Read() => RosterReader.Read(_roster).Count(r => r.Person is not null);

    [Benchmark(Description = "check (validate + evaluate)")]
    public int Check() => RosterCheckService.Check(_college, "deputy-division", _roster, new DateOnly(2026, 6, 30), null).Count();

    [Benchmark(Description = "people import (new db file)")]
    public int Import()
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
        using var db = ReserveDatabase.Open(path);
        return new PeopleService(db, TimeProvider.System).Import(_roster, false, "bench").Written;
    }
}
