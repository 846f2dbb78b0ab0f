using System.Text;
using ReserveTui.Services;

namespace ReserveBench;

/// <summary>The benchmarks' roster: <see cref="DemoData"/>'s people with every FORMATS.md column filled, as UTF-8 CSV with a BOM.</summary>
public static class GeneratedRoster
{
    public static void Write(string path, int rows)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(true));
        w.WriteLine("姓名,性别,民族,出生日期,身份证号,政治面貌,学历,全日制,学位,职称,现职级,任现职级时间,参加工作时间,单位,单位类型,任职经历,中层任职年限,教师,单位中层,处分,不良行为,回村创业大学生,近期可提拔,身体状况");
        foreach (var p in DemoData.People(rows))
        {
            w.WriteLine(string.Join(',', p.Name, p.Gender == ReserveSdk.Gender.Male ? "男" : "女", p.Ethnicity, p.BirthDate?.ToString("yyyy-MM-dd"), p.IdNumber,
                "中共党员", ReserveSdk.Terms.Chinese(p.Education!.Value), "是", "学士", ReserveSdk.Terms.Chinese(p.Title!.Value), ReserveSdk.Terms.Chinese(p.Rank!.Value),
                Clamp(p.RankSince)?.ToString("yyyy-MM-dd"), p.WorkStart?.ToString("yyyy-MM-dd"), p.Unit, p.UnitKind, string.Join(';', p.Posts ?? []), p.MidManagementYears,
                p.Teacher == true ? "是" : "否", p.MidLevel == true ? "是" : "否", p.Discipline, p.Misconduct, "否", "否", p.Health));
        }
    }

    // DemoData dates some ranks after its own reference date (2026-06-30) and past today, which import refuses as
    // impossible: the generated roster gives those the reference date, so every row is one import takes.
    private static DateOnly? Clamp(DateOnly? d) => d > new DateOnly(2026, 6, 30) ? new DateOnly(2026, 6, 30) : d;
}
