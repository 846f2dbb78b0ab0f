using ReserveSdk;
using ReserveTui.Storage;

namespace ReserveTui.Services;

/// <summary>A changed fact as the record shows it: the roster column's Chinese header and Chinese values (学历：大学本科 → 硕士研究生).</summary>
internal static class FactChangeText
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.Ordinal)
    {
        [nameof(PersonDocument.Name)] = "姓名", [nameof(PersonDocument.Gender)] = "性别", [nameof(PersonDocument.Ethnicity)] = "民族",
        [nameof(PersonDocument.BirthDate)] = "出生日期", [nameof(PersonDocument.IdNumber)] = "身份证号", [nameof(PersonDocument.Party)] = "政治面貌",
        [nameof(PersonDocument.PartyName)] = "党派", [nameof(PersonDocument.Education)] = "学历", [nameof(PersonDocument.FullTime)] = "全日制",
        [nameof(PersonDocument.Degree)] = "学位", [nameof(PersonDocument.Title)] = "职称", [nameof(PersonDocument.Rank)] = "现职级",
        [nameof(PersonDocument.RankSince)] = "任现职级时间", [nameof(PersonDocument.WorkStart)] = "参加工作时间", [nameof(PersonDocument.Unit)] = "单位",
        [nameof(PersonDocument.UnitKind)] = "单位类型", [nameof(PersonDocument.Posts)] = "任职经历", [nameof(PersonDocument.MidManagementYears)] = "中层任职年限",
        [nameof(PersonDocument.Teacher)] = "教师", [nameof(PersonDocument.MidLevel)] = "单位中层", [nameof(PersonDocument.Discipline)] = "处分",
        [nameof(PersonDocument.Misconduct)] = "不良行为", [nameof(PersonDocument.ReturneeGraduate)] = "回村创业大学生", [nameof(PersonDocument.ReadyNow)] = "近期可提拔",
        [nameof(PersonDocument.Health)] = "身体状况",
    };

    /// <summary>The header of a stored field (a column no rule knows keeps its own name).</summary>
    public static string Header(string field) => Headers.GetValueOrDefault(field, field);

    /// <summary>A stored value in Chinese: enums by their Chinese word, yes/no as 是/否, anything else as stored.</summary>
    public static string? Value(string field, string? stored) => stored is null ? null : field switch
    {
        nameof(PersonDocument.Gender) => Enum.TryParse<Gender>(stored, out var g) ? Terms.Chinese(g) : stored,
        nameof(PersonDocument.Education) => Enum.TryParse<EducationLevel>(stored, out var e) ? Terms.Chinese(e) : stored,
        nameof(PersonDocument.Degree) => Enum.TryParse<DegreeLevel>(stored, out var d) ? Terms.Chinese(d) : stored,
        nameof(PersonDocument.Title) => Enum.TryParse<TitleLevel>(stored, out var t) ? Terms.Chinese(t) : stored,
        nameof(PersonDocument.Rank) => Enum.TryParse<RankLevel>(stored, out var r) ? Terms.Chinese(r) : stored,
        nameof(PersonDocument.Party) => Enum.TryParse<PartyAffiliation>(stored, out var p) ? Terms.Chinese(p) : stored,
        _ when bool.TryParse(stored, out var b) => Terms.Chinese(b),
        _ => stored,
    };
}
