namespace ReserveSdk;

/// <summary>
/// The conditions the schemes share, written once and parameterised: an age limit, an education floor,
/// years of work are the same rule in every scheme, with a different number. Each explanation names the
/// person's actual value and the required one, in Chinese.
/// </summary>
/// <example><code>Rules.Hard("age.max", "副职后备干部年龄在40岁(含)以下", "第二篇(一) 二(四)", Conditions.AgeAtMost(40))</code></example>
public static class Conditions
{
    /// <summary>年龄不超过 N 周岁 (N itself included), on the reference date.</summary>
    /// <param name="max">The upper limit, possibly dated.</param>
    /// <returns>The condition.</returns>
    public static Condition AgeAtMost(Parameter<int> max) =>
        AgeCondition($"年龄不超过 {max.Describe()} 周岁", max.ValueOn, static (age, limit) =>
            ConditionResult.From(age <= limit, age <= limit ? $"年龄 {age} 岁，不超过 {limit} 岁" : $"年龄 {age} 岁，超过 {limit} 岁上限"));

    /// <summary>
    /// Age is <paramref name="bound"/> or less on the reference date ("N周岁以下" includes N): the "when" side of a
    /// rule that applies to younger people only, e.g. the school's 全日制 rule for "35周岁以下的干部".
    /// </summary>
    /// <param name="bound">The bound, included.</param>
    /// <returns>The condition.</returns>
    /// <example><code>Condition.Implies(Conditions.AgedAtMost(35), Conditions.FullTimeEducationAtLeast(EducationLevel.Bachelor), "35周岁以下须全日制本科")</code></example>
    public static Condition AgedAtMost(int bound) =>
        AgeCondition($"年龄在 {bound} 周岁以下（含 {bound} 周岁）", _ => bound, static (age, bound) =>
            ConditionResult.From(age <= bound, age <= bound ? $"年龄 {age} 岁，在 {bound} 周岁以下（含）" : $"年龄 {age} 岁，已超过 {bound} 周岁"));

    /// <summary>年龄低于 N 周岁 (N itself excluded) — used as the case of another requirement, e.g. "35周岁以下的须全日制".</summary>
    /// <param name="bound">The bound.</param>
    /// <returns>The condition.</returns>
    public static Condition AgeBelow(int bound) =>
        AgeCondition($"年龄未满 {bound} 周岁", _ => bound, static (age, bound) =>
            ConditionResult.From(age < bound, age < bound ? $"年龄 {age} 岁，未满 {bound} 岁" : $"年龄 {age} 岁，已满 {bound} 岁"));

    /// <summary>Gender-specific age limit, e.g. 男45周岁以下、女40周岁以下.</summary>
    /// <param name="male">Limit for men.</param>
    /// <param name="female">Limit for women.</param>
    /// <returns>The condition; unknown when gender or birth date is missing.</returns>
    public static Condition AgeAtMostByGender(Parameter<int> male, Parameter<int> female)
    {
        var noGender = ConditionResult.Unknown("缺少性别，无法确定年龄上限");
        var memo = new ResultMemo<(Gender, int, int), ConditionResult>();
        return Condition.Create($"年龄男不超过 {male.Describe()} 周岁、女不超过 {female.Describe()} 周岁", ["gender", "birth_date"], (p, c) =>
        {
            if (p.Gender is not { } g) return noGender;
            if (p.AgeOn(c.ReferenceDate) is not { } age) return NoBirthDate;
            var limit = (g == Gender.Male ? male : female).ValueOn(c.ReferenceDate);
            return memo.Get((g, age, limit), 0, static (k, _) =>
            {
                var (g, age, limit) = k;
                var who = Terms.Chinese(g);
                return ConditionResult.From(age <= limit, age <= limit ? $"{who}，年龄 {age} 岁，不超过 {limit} 岁" : $"{who}，年龄 {age} 岁，超过 {limit} 岁上限");
            });
        });
    }

    /// <summary>学历 X 以上 (X included; 高中 and 中专 are one tier).</summary>
    /// <param name="min">The floor.</param>
    /// <returns>The condition.</returns>
    public static Condition EducationAtLeast(EducationLevel min) =>
        ByValue<EducationLevel>($"学历{Terms.Chinese(min)}及以上", "education", p => p.Education, "缺少学历", e =>
            ConditionResult.From(EducationLevels.AtLeast(e, min),
                EducationLevels.AtLeast(e, min) ? $"学历{Terms.Chinese(e)}，达到{Terms.Chinese(min)}及以上" : $"学历{Terms.Chinese(e)}，低于{Terms.Chinese(min)}"));

    /// <summary>全日制 X 以上: the education floor, obtained full-time.</summary>
    /// <param name="min">The floor.</param>
    /// <returns>The condition.</returns>
    public static Condition FullTimeEducationAtLeast(EducationLevel min)
    {
        var noEducation = ConditionResult.Unknown("缺少学历");
        var memo = new ResultMemo<(EducationLevel, bool?), ConditionResult>();
        return Condition.Create($"全日制{Terms.Chinese(min)}及以上学历", ["education", "full_time"], (p, _) =>
            p.Education is not { } education ? noEducation : memo.Get((education, p.FullTime), min, static (k, min) =>
            {
                var (e, fullTime) = k;
                if (!EducationLevels.AtLeast(e, min)) return ConditionResult.Unmet($"学历{Terms.Chinese(e)}，低于全日制{Terms.Chinese(min)}");
                if (fullTime is not { } ft) return ConditionResult.Unknown($"学历{Terms.Chinese(e)}，缺少是否全日制");
                return ConditionResult.From(ft, ft ? $"全日制{Terms.Chinese(e)}" : $"{Terms.Chinese(e)}非全日制，要求全日制{Terms.Chinese(min)}及以上");
            }));
    }

    /// <summary>职称 X 以上.</summary>
    /// <param name="min">The floor.</param>
    /// <returns>The condition.</returns>
    public static Condition TitleAtLeast(TitleLevel min) =>
        ByValue<TitleLevel>($"{Terms.Chinese(min)}及以上职称", "title", p => p.Title, "缺少职称", t =>
            ConditionResult.From(t >= min, t >= min ? $"职称{Terms.Chinese(t)}，达到{Terms.Chinese(min)}及以上" : $"职称{Terms.Chinese(t)}，低于{Terms.Chinese(min)}"));

    /// <summary>现任 X (exactly that rank), e.g. 正处级后备 must currently be 副处.</summary>
    /// <param name="rank">The rank.</param>
    /// <returns>The condition.</returns>
    public static Condition RankIs(RankLevel rank) =>
        ByValue<RankLevel>($"现任{Terms.Chinese(rank)}级", "rank", p => p.Rank, "缺少现职级", r =>
            ConditionResult.From(r == rank, r == rank ? $"现职级{Terms.Chinese(r)}" : $"现职级{Terms.Chinese(r)}，不是{Terms.Chinese(rank)}"));

    /// <summary>职级 X 以上.</summary>
    /// <param name="min">The floor.</param>
    /// <returns>The condition.</returns>
    public static Condition RankAtLeast(RankLevel min) =>
        ByValue<RankLevel>($"{Terms.Chinese(min)}级及以上", "rank", p => p.Rank, "缺少现职级", r =>
            ConditionResult.From(r >= min, r >= min ? $"现职级{Terms.Chinese(r)}，达到{Terms.Chinese(min)}及以上" : $"现职级{Terms.Chinese(r)}，低于{Terms.Chinese(min)}"));

    /// <summary>任现职级 N 年以上, counted in full years to the reference date.</summary>
    /// <param name="years">The minimum.</param>
    /// <returns>The condition.</returns>
    public static Condition YearsAtRankAtLeast(Parameter<int> years) =>
        YearsSince(years, "rank_since", p => p.RankSince, "任现职级", "任现职级时间");

    /// <summary>参加工作 N 年以上, counted in full years to the reference date.</summary>
    /// <param name="years">The minimum.</param>
    /// <returns>The condition.</returns>
    public static Condition YearsOfWorkAtLeast(Parameter<int> years) =>
        YearsSince(years, "work_start", p => p.WorkStart, "参加工作", "参加工作时间");

    /// <summary>中层管理岗位任职 N 年以上.</summary>
    /// <param name="years">The minimum.</param>
    /// <returns>The condition.</returns>
    public static Condition MidManagementYearsAtLeast(decimal years)
    {
        // Not kept by value: 3 and 3.0 are equal numbers written differently, and the explanation quotes the cell.
        var unknown = ConditionResult.Unknown("缺少中层任职年限");
        return Condition.Create($"中层管理岗位任职 {years} 年以上", ["mid_mgmt_years"], (p, _) =>
            p.MidManagementYears is not { } y
                ? unknown
                : ConditionResult.From(y >= years, y >= years ? $"中层任职 {y} 年，达到 {years} 年" : $"中层任职 {y} 年，不足 {years} 年"));
    }

    /// <summary>担任过 any of the named posts (任职经历).</summary>
    /// <param name="posts">The posts, e.g. 教研室主任, 党支部书记.</param>
    /// <returns>The condition.</returns>
    public static Condition HeldAnyPost(params string[] posts)
    {
        var noPosts = ConditionResult.Unknown("缺少任职经历");
        var heldOne = posts.Select(x => ConditionResult.Met($"担任过{x}")).ToArray();
        var heldNone = ConditionResult.Unmet($"未担任过{string.Join("或", posts)}");
        return Condition.Create($"担任过{string.Join("或", posts)}", ["posts"], (p, _) =>
        {
            if (p.Posts is not { } held) return noPosts;
            // The first of the posts asked for that the person has held, in the order asked. By index: a foreach over
            // the list made an enumerator for every person and post asked for.
            for (var i = 0; i < posts.Length; i++)
                for (var h = 0; h < held.Count; h++)
                    if (held[h].Contains(posts[i], StringComparison.Ordinal)) return heldOne[i];
            return heldNone;
        });
    }

    /// <summary>是教师.</summary>
    /// <returns>The condition.</returns>
    public static Condition IsTeacher() => YesNo("教师", "teacher", p => p.Teacher, "是教师", "不是教师");

    /// <summary>是单位中层干部.</summary>
    /// <returns>The condition.</returns>
    public static Condition IsMidLevel() => YesNo("单位中层干部", "mid_level", p => p.MidLevel, "是单位中层干部", "不是单位中层干部");

    /// <summary>是回村创业大学生 (a preference in the village scheme).</summary>
    /// <returns>The condition.</returns>
    public static Condition IsReturneeGraduate() => YesNo("回村创业大学生", "returnee_graduate", p => p.ReturneeGraduate, "是回村创业大学生", "不是回村创业大学生");

    /// <summary>无违纪记录 (处分 = 无).</summary>
    /// <returns>The condition.</returns>
    public static Condition NoDisciplineRecord()
    {
        var unknown = ConditionResult.Unknown("缺少处分情况");
        var none = ConditionResult.Met("无处分记录");
        return Condition.Create("无违纪处分记录", ["discipline"], (p, _) => p.HasDisciplineRecord switch
        {
            null => unknown,
            false => none,
            true => ConditionResult.Unmet($"有处分记录：{p.Discipline}"),
        });
    }

    /// <summary>无违法违纪、黄赌毒等不良行为 (不良行为 = 无, and 处分 = 无).</summary>
    /// <returns>The condition.</returns>
    public static Condition NoMisconduct()
    {
        var noMisconductFact = ConditionResult.Unknown("缺少不良行为情况");
        var noDisciplineFact = ConditionResult.Unknown("缺少处分情况");
        var clean = ConditionResult.Met("无不良行为、无处分记录");
        return Condition.Create("无违法违纪现象，无黄、赌、毒及其他不良行为", ["misconduct", "discipline"], (p, _) =>
        {
            if (p.HasMisconduct == true) return ConditionResult.Unmet($"有不良行为：{p.Misconduct}");
            if (p.HasDisciplineRecord == true) return ConditionResult.Unmet($"有违纪处分：{p.Discipline}");
            if (p.HasMisconduct is null) return noMisconductFact;
            if (p.HasDisciplineRecord is null) return noDisciplineFact;
            return clean;
        });
    }

    /// <summary>
    /// A qualitative condition software cannot compute (政治素质好, 身体健康 …): pending until an operator
    /// attests it for the rule it belongs to.
    /// </summary>
    /// <param name="what">What must be attested, in Chinese.</param>
    /// <returns>The condition.</returns>
    public static Condition Attested(string what)
    {
        // The same two answers for everyone: made once, not once a person.
        var attested = ConditionResult.Met($"已认定：{what}");
        var pending = new ConditionResult(ConditionStatus.Pending, $"待认定：{what}");
        return Condition.Create(what, [], (_, c) => c.Attested.Contains(c.CurrentRuleId) ? attested : pending);
    }

    private static Condition YesNo(string what, string key, Func<Person, bool?> read, string yes, string no)
    {
        var (unknown, met, unmet) = (ConditionResult.Unknown($"缺少“{what}”情况"), ConditionResult.Met(yes), ConditionResult.Unmet(no));
        return Condition.Create(what, [key], (p, _) => read(p) switch
        {
            null => unknown,
            true => met,
            false => unmet,
        });
    }

    // A person without a birth date: the same answer from every age condition.
    private static readonly ConditionResult NoBirthDate = ConditionResult.Unknown("缺少出生日期，无法计算年龄");

    // An age condition: its answer depends on the age and the limit on the reference date, and is kept by both.
    private static Condition AgeCondition(string description, Func<DateOnly, int> limitOn, Func<int, int, ConditionResult> judge)
    {
        var answers = new YearsAnswers();
        return Condition.Create(description, ["birth_date"], (p, c) =>
        {
            // The limit first: one not in force on the date is the plugin's error, for everyone alike.
            var limit = limitOn(c.ReferenceDate);
            return p.AgeOn(c.ReferenceDate) is not { } age ? NoBirthDate : answers.Get(age, limit, judge);
        });
    }

    // A condition on one level (education, title, rank) whose answer depends on that level alone: every answer is
    // made up front, found by the level's number.
    private static Condition ByValue<T>(string description, string key, Func<Person, T?> read, string missing, Func<T, ConditionResult> judge) where T : struct, Enum
    {
        var unknown = ConditionResult.Unknown(missing);
        var values = Enum.GetValues<T>();
        var answers = new ConditionResult[values.Max(Number) + 1];
        foreach (var v in values)
            if (Number(v) >= 0) answers[Number(v)] = judge(v);
        return Condition.Create(description, [key], (p, _) => read(p) is not { } value ? unknown
            : Number(value) is var n && n >= 0 && n < answers.Length && answers[n] is { } known ? known
            : judge(value));

        // The SDK's levels are int enums: the number is read in place, not boxed per person.
        static int Number(T value) => System.Runtime.CompilerServices.Unsafe.SizeOf<T>() == sizeof(int)
            ? System.Runtime.CompilerServices.Unsafe.As<T, int>(ref value)
            : throw new NotSupportedException($"{typeof(T).Name} is not an int enum.");
    }

    private static Condition YearsSince(Parameter<int> years, string key, Func<Person, DateOnly?> read, string what, string factName)
    {
        var unknown = ConditionResult.Unknown($"缺少{factName}");
        var answers = new YearsAnswers();
        Func<int, int, ConditionResult> judge = (y, min) => ConditionResult.From(y >= min, y >= min ? $"{what} {y} 年，达到 {min} 年" : $"{what} {y} 年，不足 {min} 年");
        return Condition.Create($"{what} {years.Describe()} 年以上", [key], (p, c) =>
        {
            var min = years.ValueOn(c.ReferenceDate);
            return read(p) is not { } since ? unknown : answers.Get(FullYears.Between(since, c.ReferenceDate), min, judge);
        });
    }
}
