namespace ReserveSdk;

/// <summary>
/// The Chinese words for the SDK's enums, and the spellings FORMATS.md accepts for each, so that
/// rule explanations, rosters and policy test cases all use one vocabulary.
/// </summary>
/// <example><code>Terms.Chinese(RankLevel.Section) // "正科"; Terms.TryParseEducation("本科", out var e) // Bachelor</code></example>
public static class Terms
{
    private static readonly Dictionary<string, EducationLevel> EducationWords = new()
    {
        ["博士研究生"] = EducationLevel.Doctor, ["博士"] = EducationLevel.Doctor,
        ["硕士研究生"] = EducationLevel.Master, ["研究生"] = EducationLevel.Master, ["硕士"] = EducationLevel.Master,
        ["大学本科"] = EducationLevel.Bachelor, ["本科"] = EducationLevel.Bachelor,
        ["大学专科"] = EducationLevel.JuniorCollege, ["专科"] = EducationLevel.JuniorCollege, ["大专"] = EducationLevel.JuniorCollege,
        ["中专"] = EducationLevel.SecondaryVocational, ["职高"] = EducationLevel.HighSchool,
        ["高中"] = EducationLevel.HighSchool, ["初中"] = EducationLevel.JuniorHigh,
    };

    private static readonly Dictionary<string, TitleLevel> TitleWords = new()
    {
        ["正高级"] = TitleLevel.Senior, ["正高"] = TitleLevel.Senior,
        ["副高级"] = TitleLevel.AssociateSenior, ["副高"] = TitleLevel.AssociateSenior,
        ["中级"] = TitleLevel.Intermediate, ["初级"] = TitleLevel.Junior, ["无"] = TitleLevel.None,
    };

    private static readonly Dictionary<string, RankLevel> RankWords = new()
    {
        ["正处"] = RankLevel.Division, ["正处级"] = RankLevel.Division,
        ["副处"] = RankLevel.DeputyDivision, ["副处级"] = RankLevel.DeputyDivision,
        ["正科"] = RankLevel.Section, ["正科级"] = RankLevel.Section,
        ["副科"] = RankLevel.DeputySection, ["副科级"] = RankLevel.DeputySection,
        ["科员"] = RankLevel.Clerk, ["无"] = RankLevel.None,
    };

    private static readonly Dictionary<string, DegreeLevel> DegreeWords = new()
    {
        ["博士"] = DegreeLevel.Doctor, ["硕士"] = DegreeLevel.Master, ["学士"] = DegreeLevel.Bachelor, ["无"] = DegreeLevel.None,
    };

    /// <summary>The eight democratic parties' short names (民主党派).</summary>
    public static IReadOnlyList<string> DemocraticParties { get; } = ["民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟"];

    /// <summary>Chinese name of a gender.</summary>
    /// <param name="value">The gender.</param>
    /// <returns>男 or 女.</returns>
    public static string Chinese(Gender value) => value == Gender.Male ? "男" : "女";

    /// <summary>Chinese name of an education level.</summary>
    /// <param name="value">The level.</param>
    /// <returns>e.g. 大学本科.</returns>
    public static string Chinese(EducationLevel value) => value switch
    {
        EducationLevel.Doctor => "博士研究生",
        EducationLevel.Master => "硕士研究生",
        EducationLevel.Bachelor => "大学本科",
        EducationLevel.JuniorCollege => "大学专科",
        EducationLevel.SecondaryVocational => "中专",
        EducationLevel.HighSchool => "高中",
        _ => "初中",
    };

    /// <summary>Chinese name of a title level.</summary>
    /// <param name="value">The level.</param>
    /// <returns>e.g. 副高级.</returns>
    public static string Chinese(TitleLevel value) => value switch
    {
        TitleLevel.Senior => "正高级",
        TitleLevel.AssociateSenior => "副高级",
        TitleLevel.Intermediate => "中级",
        TitleLevel.Junior => "初级",
        _ => "无",
    };

    /// <summary>Chinese name of a rank.</summary>
    /// <param name="value">The rank.</param>
    /// <returns>e.g. 正科.</returns>
    public static string Chinese(RankLevel value) => value switch
    {
        RankLevel.Division => "正处",
        RankLevel.DeputyDivision => "副处",
        RankLevel.Section => "正科",
        RankLevel.DeputySection => "副科",
        RankLevel.Clerk => "科员",
        _ => "无",
    };

    /// <summary>Chinese name of a degree.</summary>
    /// <param name="value">The degree.</param>
    /// <returns>e.g. 硕士.</returns>
    public static string Chinese(DegreeLevel value) => value switch
    {
        DegreeLevel.Doctor => "博士",
        DegreeLevel.Master => "硕士",
        DegreeLevel.Bachelor => "学士",
        _ => "无",
    };

    /// <summary>Chinese name of a political affiliation.</summary>
    /// <param name="value">The affiliation.</param>
    /// <returns>e.g. 中共党员.</returns>
    public static string Chinese(PartyAffiliation value) => value switch
    {
        PartyAffiliation.CpcMember => "中共党员",
        PartyAffiliation.CpcProbationary => "中共预备党员",
        PartyAffiliation.YouthLeague => "共青团员",
        PartyAffiliation.DemocraticParty => "民主党派",
        PartyAffiliation.NonPartisan => "无党派人士",
        _ => "群众",
    };

    /// <summary>是 / 否.</summary>
    /// <param name="value">The flag.</param>
    /// <returns>是 for true, 否 for false.</returns>
    public static string Chinese(bool value) => value ? "是" : "否";

    /// <summary>Parses 男/女 (also M/F, male/female).</summary>
    /// <param name="text">The cell.</param>
    /// <param name="value">The gender.</param>
    /// <returns>Whether the text names a gender.</returns>
    public static bool TryParseGender(string text, out Gender value)
    {
        // Compared without changing case: upper-casing a Chinese cell goes through ICU, and a roster check reads
        // 100,000 of these.
        var t = text.Trim();
        if (t == "男" || Ascii(t, "M") || Ascii(t, "MALE")) value = Gender.Male;
        else if (t == "女" || Ascii(t, "F") || Ascii(t, "FEMALE")) value = Gender.Female;
        else
        {
            value = default;
            return false;
        }

        return true;
    }

    /// <summary>Parses an education level as FORMATS.md spells it (博士研究生 … 初中, also 研究生, 本科, 专科, 大专).</summary>
    /// <param name="text">The cell.</param>
    /// <param name="value">The level.</param>
    /// <returns>Whether the text names a level.</returns>
    public static bool TryParseEducation(string text, out EducationLevel value) => EducationWords.TryGetValue(text.Trim(), out value);

    /// <summary>Parses a title level (正高级, 副高级, 中级, 初级, 无).</summary>
    /// <param name="text">The cell.</param>
    /// <param name="value">The level.</param>
    /// <returns>Whether the text names a level.</returns>
    public static bool TryParseTitle(string text, out TitleLevel value) => TitleWords.TryGetValue(text.Trim(), out value);

    /// <summary>Parses a rank (正处, 副处, 正科, 副科, 科员, 无; the 级 suffix is accepted).</summary>
    /// <param name="text">The cell.</param>
    /// <param name="value">The rank.</param>
    /// <returns>Whether the text names a rank.</returns>
    public static bool TryParseRank(string text, out RankLevel value) => RankWords.TryGetValue(text.Trim(), out value);

    /// <summary>Parses a degree (博士, 硕士, 学士, 无).</summary>
    /// <param name="text">The cell.</param>
    /// <param name="value">The degree.</param>
    /// <returns>Whether the text names a degree.</returns>
    public static bool TryParseDegree(string text, out DegreeLevel value) => DegreeWords.TryGetValue(text.Trim(), out value);

    /// <summary>
    /// Parses a political affiliation. A democratic party's own name (民盟 …) gives
    /// <see cref="PartyAffiliation.DemocraticParty"/> and that name in <paramref name="partyName"/>.
    /// </summary>
    /// <param name="text">The cell.</param>
    /// <param name="value">The affiliation.</param>
    /// <param name="partyName">The democratic party's name, when one was given.</param>
    /// <returns>Whether the text names an affiliation.</returns>
    public static bool TryParseParty(string text, out PartyAffiliation value, out string? partyName)
    {
        var t = text.Trim();
        partyName = null;
        switch (t)
        {
            case "中共党员": case "党员": value = PartyAffiliation.CpcMember; return true;
            case "中共预备党员": case "预备党员": value = PartyAffiliation.CpcProbationary; return true;
            case "共青团员": case "团员": value = PartyAffiliation.YouthLeague; return true;
            case "民主党派": value = PartyAffiliation.DemocraticParty; return true;
            case "无党派人士": case "无党派": value = PartyAffiliation.NonPartisan; return true;
            case "群众": value = PartyAffiliation.Masses; return true;
        }

        if (DemocraticParties.Contains(t))
        {
            value = PartyAffiliation.DemocraticParty;
            partyName = t;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Parses 是/否 (also Y/N, true/false, 1/0).</summary>
    /// <param name="text">The cell.</param>
    /// <param name="value">The flag.</param>
    /// <returns>Whether the text is a yes or a no.</returns>
    public static bool TryParseYesNo(string text, out bool value)
    {
        var t = text.Trim();
        if (t is "是" or "1" || Ascii(t, "Y") || Ascii(t, "YES") || Ascii(t, "TRUE")) value = true;
        else if (t is "否" or "0" || Ascii(t, "N") || Ascii(t, "NO") || Ascii(t, "FALSE")) value = false;
        else
        {
            value = default;
            return false;
        }

        return true;
    }

    // An English word as written in any case.
    private static bool Ascii(string text, string word) => text.Equals(word, StringComparison.OrdinalIgnoreCase);
}
