using System.Globalization;
using ReserveSdk;

namespace ReserveTui.Import;

/// <summary>
/// Turns header→cell pairs (a roster row, or a policy test case's person map) into a typed <see cref="Person"/>.
/// Every cell is checked and every problem reported; an empty cell is an unknown fact, not an error;
/// columns no rule knows are kept in <see cref="Person.Extra"/>.
/// </summary>
internal static class PersonFields
{
    /// <param name="today">
    /// The day facts are judged on (import: today; check: the reference date). Births, work starts and rank dates
    /// after it are refused; null when the caller has no such day (policy test cases state their own).
    /// </param>
    public static (Person? Person, IReadOnlyList<RowError> Errors) Parse(int row, IReadOnlyList<KeyValuePair<string, string?>> cells, DateOnly? today = null)
    {
        var errors = new List<RowError>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (header, raw) in cells)
        {
            var cell = raw?.Trim();
            var field = RosterField.Find(header);
            var label = field?.Header ?? header.Trim();
            if (!string.IsNullOrEmpty(cell) && TextSafety.Problem(cell, Limit(field?.Key), multiLine: field?.Key is null or "posts") is { } problem)
            {
                errors.Add(new RowError(row, label, problem));
                refused.Add(field?.Key ?? label);
                continue;
            }

            if (field is not null)
            {
                if (!string.IsNullOrEmpty(cell)) values[field.Key] = cell;
            }
            else if (!string.IsNullOrWhiteSpace(header) && !string.IsNullOrEmpty(cell))
            {
                extra[header.Trim()] = cell;
            }
        }

        var reader = new CellReader(row, values, errors);
        var name = reader.Text("name");
        if (name is null && !refused.Contains("name")) errors.Add(new RowError(row, "姓名", "不能为空"));
        var id = reader.Text("id_number")?.ToUpperInvariant();
        if (id is not null && IdNumbers.Problem(id) is { } idProblem)
        {
            errors.Add(new RowError(row, "身份证号", idProblem));
            id = null;
        }

        var gender = reader.Enum<Gender>("gender", Terms.TryParseGender, "男、女");
        var birth = reader.Date("birth_date");
        if (id is not null)
        {
            if (birth is { } b && IdNumbers.BirthDate(id) is { } idBirth)
            {
                var monthOnly = DateParts(values["birth_date"]) == 2;
                var agrees = monthOnly ? (b.Year, b.Month) == (idBirth.Year, idBirth.Month) : b == idBirth;
                if (!agrees) errors.Add(new RowError(row, "出生日期", $"与身份证号中的出生日期 {idBirth:yyyy-MM-dd} 不一致"));
            }

            if (gender is { } g && g != IdNumbers.GenderOf(id))
                errors.Add(new RowError(row, "性别", $"与身份证号不一致（身份证号显示为{Terms.Chinese(IdNumbers.GenderOf(id))}）"));
        }

        PartyAffiliation? party = null;
        string? partyName = null;
        if (reader.Text("party") is { } partyText)
        {
            if (Terms.TryParseParty(partyText, out var p, out partyName)) party = p;
            else errors.Add(new RowError(row, "政治面貌", $"无法识别“{partyText}”（可填：中共党员、中共预备党员、共青团员、民主党派或党派名称、无党派人士、群众）"));
        }

        if (today is { } t)
        {
            Later(birth, "birth_date", "出生日期");
            Later(reader.Date("work_start", quiet: true), "work_start", "参加工作时间");
            Later(reader.Date("rank_since", quiet: true), "rank_since", "任现职级时间");
            if (birth is { } born && reader.Date("work_start", quiet: true) is { } started && started < born)
                errors.Add(new RowError(row, "参加工作时间", $"早于出生日期 {born:yyyy-MM-dd}"));

            void Later(DateOnly? date, string key, string what)
            {
                if (date is { } d && d > t) errors.Add(new RowError(row, RosterField.All.First(f => f.Key == key).Header, $"{what} {d:yyyy-MM-dd} 晚于今天（{t:yyyy-MM-dd}），不可能"));
            }
        }

        var person = new Person
        {
            Name = name ?? "",
            Gender = gender,
            Ethnicity = reader.Text("ethnicity"),
            BirthDate = birth,
            IdNumber = id,
            Party = party,
            PartyName = partyName,
            Education = reader.Enum<EducationLevel>("education", Terms.TryParseEducation, "博士研究生、硕士研究生、大学本科、大学专科、中专、高中、初中"),
            FullTime = reader.YesNo("full_time"),
            Degree = reader.Enum<DegreeLevel>("degree", Terms.TryParseDegree, "博士、硕士、学士、无"),
            Title = reader.Enum<TitleLevel>("title", Terms.TryParseTitle, "正高级、副高级、中级、初级、无"),
            Rank = reader.Enum<RankLevel>("rank", Terms.TryParseRank, "正处、副处、正科、副科、科员、无"),
            RankSince = reader.Date("rank_since"),
            WorkStart = reader.Date("work_start"),
            Unit = reader.Text("unit"),
            UnitKind = reader.Text("unit_kind"),
            Posts = reader.Text("posts") is { } posts ? posts.Split([';', '；', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null,
            MidManagementYears = reader.Number("mid_mgmt_years"),
            Teacher = reader.YesNo("teacher"),
            MidLevel = reader.YesNo("mid_level"),
            Discipline = reader.Text("discipline"),
            Misconduct = reader.Text("misconduct"),
            ReturneeGraduate = reader.YesNo("returnee_graduate"),
            ReadyNow = reader.YesNo("ready_now"),
            Health = reader.Text("health"),
            Extra = extra,
        };
        return errors.Count == 0 ? (person, errors) : (null, errors);
    }

    // A name is short; free-text facts a line; columns no rule knows may hold a remark. Posts and remarks may break
    // lines inside a quoted cell (one post a line).
    private static int Limit(string? key) => key switch
    {
        "name" or "unit" or "unit_kind" or "id_number" => TextSafety.NameLimit,
        null or "posts" => TextSafety.NoteLimit,
        _ => TextSafety.LineLimit,
    };

    // "1985.03" or "1985年3月" give only a month; it stands for the 1st and must not contradict the ID's day.
    private static int DateParts(string text) => text.Split(['-', '/', '.', '年', '月', '日'], StringSplitOptions.RemoveEmptyEntries).Length;

    private sealed class CellReader(int row, Dictionary<string, string> values, List<RowError> errors)
    {
        public delegate bool TryParse<T>(string text, out T value);

        public string? Text(string key) => values.GetValueOrDefault(key);

        public T? Enum<T>(string key, TryParse<T> parse, string accepted) where T : struct
        {
            if (Text(key) is not { } text) return null;
            if (parse(text, out var v)) return v;
            errors.Add(new RowError(row, Header(key), $"无法识别“{text}”（可填：{accepted}）"));
            return null;
        }

        public bool? YesNo(string key)
        {
            if (Text(key) is not { } text) return null;
            if (Terms.TryParseYesNo(text, out var v)) return v;
            errors.Add(new RowError(row, Header(key), $"应填“是”或“否”，实为“{text}”"));
            return null;
        }

        /// <summary>The date in <paramref name="key"/>; a problem is reported once (<paramref name="quiet"/> reads it again without a second report).</summary>
        public DateOnly? Date(string key, bool quiet = false)
        {
            if (Text(key) is not { } text) return null;
            if (RosterDates.TryParse(text, out var d, out var problem)) return d;
            if (!quiet) errors.Add(new RowError(row, Header(key), problem!));
            return null;
        }

        public decimal? Number(string key)
        {
            if (Text(key) is not { } text) return null;
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n >= 0) return n;
            errors.Add(new RowError(row, Header(key), $"应为不小于 0 的数字，实为“{text}”"));
            return null;
        }

        private static string Header(string key) => RosterField.All.First(f => f.Key == key).Header;
    }
}
