namespace ReserveTui.Import;

/// <summary>A roster column of FORMATS.md: its English key and its Chinese header.</summary>
internal sealed record RosterField(string Key, string Header)
{
    public static IReadOnlyList<RosterField> All { get; } =
    [
        new("name", "姓名"), new("gender", "性别"), new("ethnicity", "民族"), new("birth_date", "出生日期"),
        new("id_number", "身份证号"), new("party", "政治面貌"), new("education", "学历"), new("full_time", "全日制"),
        new("degree", "学位"), new("title", "职称"), new("rank", "现职级"), new("rank_since", "任现职级时间"),
        new("work_start", "参加工作时间"), new("unit", "单位"), new("unit_kind", "单位类型"), new("posts", "任职经历"),
        new("mid_mgmt_years", "中层任职年限"), new("teacher", "教师"), new("mid_level", "单位中层"), new("discipline", "处分"),
        new("misconduct", "不良行为"), new("returnee_graduate", "回村创业大学生"), new("ready_now", "近期可提拔"), new("health", "身体状况"),
    ];

    private static readonly Dictionary<string, RosterField> ByHeader = All
        .SelectMany(f => new[] { (f.Key, f), (f.Header, f) })
        .ToDictionary(x => x.Item1, x => x.f, StringComparer.OrdinalIgnoreCase);

    /// <summary>The place of the field called <paramref name="key"/> in <see cref="All"/>.</summary>
    public static int Ordinal(string key)
    {
        for (var i = 0; i < All.Count; i++)
            if (All[i].Key == key) return i;
        throw new ArgumentException($"No roster field {key}.", nameof(key));
    }

    /// <summary>The field a header names (Chinese header or English key, case-insensitive), or null for an extra column.</summary>
    public static RosterField? Find(string header) => ByHeader.GetValueOrDefault(header.Trim());
}
