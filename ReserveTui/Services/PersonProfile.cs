using System.Globalization;
using ReserveSdk;
using ReserveTui.Import;
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
            (Heading("name"), p.Name),
            (Heading("gender"), p.Gender is { } g ? Terms.Chinese(g) : Unknown),
            (Heading("ethnicity"), p.Ethnicity ?? Unknown),
            (Heading("birth_date"), Date(p.BirthDate)),
            (Heading("id_number"), p.IdNumber ?? Unknown),
            (Heading("party"), p.Party is { } party ? Terms.Chinese(party) + (p.PartyName is { } name ? $"（{name}）" : "") : Unknown),
            (Heading("education"), p.Education is { } e ? Terms.Chinese(e) + (p.FullTime is { } ft ? (ft ? "（全日制）" : "（非全日制）") : "") : Unknown),
            (Heading("degree"), p.Degree is { } d ? Terms.Chinese(d) : Unknown),
            (Heading("title"), p.Title is { } t ? Terms.Chinese(t) : Unknown),
            (Heading("rank"), p.Rank is { } r ? Terms.Chinese(r) + (p.RankSince is { } since ? $"（{since:yyyy-MM-dd} 起）" : "") : Unknown),
            (Heading("work_start"), Date(p.WorkStart)),
            (Heading("unit"), p.Unit is null ? Unknown : p.Unit + (p.UnitKind is { } kind ? $"（{kind}）" : "")),
            (Heading("posts"), p.Posts is { Count: > 0 } posts ? string.Join("；", posts) : Unknown),
            (Heading("mid_mgmt_years"), p.MidManagementYears?.ToString(CultureInfo.InvariantCulture) ?? Unknown),
            (Heading("teacher"), YesNo(p.Teacher)),
            (Heading("mid_level"), YesNo(p.MidLevel)),
            (Heading("discipline"), p.Discipline ?? Unknown),
            (Heading("misconduct"), p.Misconduct ?? Unknown),
            (Heading("returnee_graduate"), YesNo(p.ReturneeGraduate)),
            (Heading("ready_now"), YesNo(p.ReadyNow)),
            (Heading("health"), p.Health ?? Unknown),
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

    // The roster's own column names (FORMATS.md), so the profile reads like the file the operator imported.
    private static string Heading(string key) => RosterField.Find(key)!.Header;

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Unknown;

    private static string YesNo(bool? b) => b is { } v ? Terms.Chinese(v) : Unknown;
}
