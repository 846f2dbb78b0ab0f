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
    public static (Person? Person, IReadOnlyList<RowError> Errors) Parse(int row, IReadOnlyList<KeyValuePair<string, string?>> cells)
    {
        var errors = new List<RowError>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (header, raw) in cells)
        {
            var cell = raw?.Trim();
            if (RosterField.Find(header) is { } field)
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
        if (name is null) errors.Add(new RowError(row, "姓名", "不能为空"));
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

        public DateOnly? Date(string key)
        {
            if (Text(key) is not { } text) return null;
            if (RosterDates.TryParse(text, out var d, out var problem)) return d;
            errors.Add(new RowError(row, Header(key), problem!));
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
