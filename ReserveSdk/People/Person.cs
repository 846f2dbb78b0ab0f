namespace ReserveSdk;

/// <summary>
/// 干部/人员 — the facts a scheme's rules read about one person. Every fact is nullable: <c>null</c>
/// means "unknown" (an empty roster cell), and a rule that needs an unknown fact answers
/// <see cref="ConditionStatus.Unknown"/> instead of guessing.
/// </summary>
/// <example>
/// <code>
/// var person = new Person
/// {
///     Name = "张三",
///     Gender = Gender.Male,
///     BirthDate = new DateOnly(1986, 5, 1),
///     Education = EducationLevel.Master,
///     Rank = RankLevel.Section,
/// };
/// int? age = person.AgeOn(new DateOnly(2026, 6, 30)); // 40
/// </code>
/// </example>
public sealed record Person
{
    /// <summary>姓名 (required).</summary>
    public required string Name { get; init; }

    /// <summary>性别.</summary>
    public Gender? Gender { get; init; }

    /// <summary>民族, e.g. 汉族, 回族. Anything but 汉族 counts as 少数民族.</summary>
    public string? Ethnicity { get; init; }

    /// <summary>出生日期.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>身份证号 (18 characters, check digit verified on import).</summary>
    public string? IdNumber { get; init; }

    /// <summary>政治面貌.</summary>
    public PartyAffiliation? Party { get; init; }

    /// <summary>The democratic party's name (民盟, 九三学社 …) when <see cref="Party"/> is <see cref="PartyAffiliation.DemocraticParty"/>.</summary>
    public string? PartyName { get; init; }

    /// <summary>学历 — highest education.</summary>
    public EducationLevel? Education { get; init; }

    /// <summary>全日制 — whether the highest education was full-time.</summary>
    public bool? FullTime { get; init; }

    /// <summary>学位.</summary>
    public DegreeLevel? Degree { get; init; }

    /// <summary>职称.</summary>
    public TitleLevel? Title { get; init; }

    /// <summary>现职级.</summary>
    public RankLevel? Rank { get; init; }

    /// <summary>任现职级时间 — since when the person holds the current rank.</summary>
    public DateOnly? RankSince { get; init; }

    /// <summary>参加工作时间.</summary>
    public DateOnly? WorkStart { get; init; }

    /// <summary>单位.</summary>
    public string? Unit { get; init; }

    /// <summary>单位类型, e.g. 机关部门, 社区, 管理处, 小学, 中学, 村.</summary>
    public string? UnitKind { get; init; }

    /// <summary>任职经历 — posts held, e.g. 教研室主任, 党支部书记. <c>null</c> when the roster does not say.</summary>
    public IReadOnlyList<string>? Posts { get; init; }

    /// <summary>中层任职年限 — years in a middle-management post.</summary>
    public decimal? MidManagementYears { get; init; }

    /// <summary>教师.</summary>
    public bool? Teacher { get; init; }

    /// <summary>单位中层 — a middle-level cadre of the unit.</summary>
    public bool? MidLevel { get; init; }

    /// <summary>处分 — <c>"无"</c> for none, otherwise the record; <c>null</c> when unknown.</summary>
    public string? Discipline { get; init; }

    /// <summary>不良行为 (黄赌毒、违法 …) — <c>"无"</c> for none, otherwise the record; <c>null</c> when unknown.</summary>
    public string? Misconduct { get; init; }

    /// <summary>回村创业大学生.</summary>
    public bool? ReturneeGraduate { get; init; }

    /// <summary>近期可提拔 — 条件比较成熟、近期可提拔使用.</summary>
    public bool? ReadyNow { get; init; }

    /// <summary>身体状况 — <c>"健康"</c> or a note.</summary>
    public string? Health { get; init; }

    /// <summary>Roster columns no rule knows, kept as they were (header → cell).</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    /// <summary>周岁 on <paramref name="referenceDate"/>, or <c>null</c> when the birth date is unknown.</summary>
    /// <param name="referenceDate">The campaign's reference date (基准日).</param>
    /// <returns>Full years of age.</returns>
    public int? AgeOn(DateOnly referenceDate) => BirthDate is { } b ? FullYears.Between(b, referenceDate) : null;

    /// <summary>Whether there is a disciplinary record: <c>null</c> unknown, <c>false</c> for "无".</summary>
    public bool? HasDisciplineRecord => RecordPresent(Discipline);

    /// <summary>Whether there is recorded misconduct: <c>null</c> unknown, <c>false</c> for "无".</summary>
    public bool? HasMisconduct => RecordPresent(Misconduct);

    /// <summary>Whether the person belongs to an ethnic minority (少数民族): anything but 汉族.</summary>
    public bool? IsEthnicMinority => string.IsNullOrWhiteSpace(Ethnicity) ? null : Ethnicity.Trim() != "汉族";

    /// <summary>Whether the person is not a CPC member or probationary member (党外).</summary>
    public bool? IsNonCpc => Party is { } p ? p is not (PartyAffiliation.CpcMember or PartyAffiliation.CpcProbationary) : null;

    private static bool? RecordPresent(string? text) =>
        text is null ? null : !(string.IsNullOrWhiteSpace(text) || text.Trim() == "无");
}
