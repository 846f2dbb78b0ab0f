using System.Globalization;
using ReserveSdk;
using ReserveTui.Plugins;

namespace ReserveTui.Services;

/// <summary>
/// One person as an operator reads them before nominating: every recorded fact with its roster heading, and the
/// verdict of every loaded scheme's every track on a reference date, with the rules that do not pass.
/// </summary>
internal static class PersonProfile
{
    /// <summary>The facts, heading first (the roster's Chinese column names); unknown facts say so.</summary>
    public static IReadOnlyList<(string Heading, string Value)> Facts(Person p)
    {
        return
        [
            ("姓名", p.Name),
            ("性别", p.Gender is { } g ? Terms.Chinese(g) : Unknown),
            ("民族", p.Ethnicity ?? Unknown),
            ("出生日期", Date(p.BirthDate)),
            ("身份证号", p.IdNumber ?? Unknown),
            ("政治面貌", p.Party is { } party ? Terms.Chinese(party) + (p.PartyName is { } name ? $"（{name}）" : "") : Unknown),
            ("学历", p.Education is { } e ? Terms.Chinese(e) + (p.FullTime is { } ft ? (ft ? "（全日制）" : "（非全日制）") : "") : Unknown),
            ("学位", p.Degree is { } d ? Terms.Chinese(d) : Unknown),
            ("职称", p.Title is { } t ? Terms.Chinese(t) : Unknown),
            ("现职级", p.Rank is { } r ? Terms.Chinese(r) + (p.RankSince is { } since ? $"（{since:yyyy-MM-dd} 起）" : "") : Unknown),
            ("参加工作时间", Date(p.WorkStart)),
            ("单位", p.Unit is null ? Unknown : p.Unit + (p.UnitKind is { } kind ? $"（{kind}）" : "")),
            ("任职经历", p.Posts is { Count: > 0 } posts ? string.Join("；", posts) : Unknown),
            ("中层任职年限", p.MidManagementYears?.ToString(CultureInfo.InvariantCulture) ?? Unknown),
            ("教师", YesNo(p.Teacher)),
            ("单位中层", YesNo(p.MidLevel)),
            ("处分", p.Discipline ?? Unknown),
            ("不良行为", p.Misconduct ?? Unknown),
            ("回村创业大学生", YesNo(p.ReturneeGraduate)),
            ("近期可提拔", YesNo(p.ReadyNow)),
            ("身体状况", p.Health ?? Unknown),
        ];
    }

    /// <summary>Every track of every loaded scheme, evaluated for <paramref name="p"/> on <paramref name="on"/>.</summary>
    public static IReadOnlyList<TrackVerdict> Verdicts(Person p, SchemeCatalog catalog, DateOnly on) =>
        catalog.Schemes.SelectMany(s => s.Definition.Tracks.Select(t =>
        {
            var report = Eligibility.Evaluate(s.Definition, t.Id, p, new EvaluationContext(on));
            return new TrackVerdict(s.Definition.Manifest.ShortName, t.Name, report.Verdict, report.Rules.Where(r => r.Outcome != RuleOutcome.Pass).ToList());
        })).ToList();

    private const string Unknown = "（未填）";

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Unknown;

    private static string YesNo(bool? b) => b is { } v ? Terms.Chinese(v) : Unknown;
}
