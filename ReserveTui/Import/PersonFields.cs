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
        var header = new string[cells.Count];
        var values = new string?[cells.Count];
        for (var i = 0; i < cells.Count; i++) (header[i], values[i]) = (cells[i].Key, cells[i].Value);
        return Parse(row, RosterColumns.Of(header), values, today);
    }

    /// <summary>One row of a file whose header was worked out once (<see cref="RosterColumns"/>); cells past the header are not read.</summary>
    public static (Person? Person, IReadOnlyList<RowError> Errors) Parse(int row, RosterColumns columns, IReadOnlyList<string?> cells, DateOnly? today = null)
    {
        // One list per thread, as the values: a row without errors (nearly every row) costs no list of its own.
        var errors = t_errors ??= [];
        errors.Clear();
        // The row's cells by field: one array per thread, cleared per row (a check parses 100,000 rows); nothing keeps it.
        var values = t_values ??= new string?[RosterField.All.Count];
        Array.Clear(values);
        Dictionary<string, string>? extra = null;
        var nameRefused = false;
        var count = Math.Min(columns.Count, cells.Count);
        for (var i = 0; i < count; i++)
        {
            var cell = cells[i]?.Trim();
            if (string.IsNullOrEmpty(cell)) continue;
            var field = columns.Fields[i];
            if (TextSafety.Problem(cell, columns.Limits[i], columns.MultiLine[i]) is { } problem)
            {
                errors.Add(new RowError(row, columns.Labels[i], problem));
                nameRefused |= field == F.Name;
                continue;
            }

            if (field >= 0) values[field] = cell;
            else if (columns.Labels[i].Length > 0) (extra ??= new(StringComparer.Ordinal))[columns.Labels[i]] = cell;
        }

        var reader = new CellReader(row, values, errors);
        var name = values[F.Name];
        if (name is null && !nameRefused) errors.Add(new RowError(row, "姓名", "不能为空"));
        var id = values[F.IdNumber]?.ToUpperInvariant();
        if (id is not null && IdNumbers.Problem(id) is { } idProblem)
        {
            errors.Add(new RowError(row, "身份证号", idProblem));
            id = null;
        }

        var gender = reader.Enum<Gender>(F.Gender, Terms.TryParseGender, "男、女");
        var birth = reader.Date(F.BirthDate);
        if (id is not null)
        {
            if (birth is { } b && IdNumbers.BirthDate(id) is { } idBirth)
            {
                var monthOnly = DateParts(values[F.BirthDate]!) == 2;
                var agrees = monthOnly ? (b.Year, b.Month) == (idBirth.Year, idBirth.Month) : b == idBirth;
                if (!agrees) errors.Add(new RowError(row, "出生日期", $"与身份证号中的出生日期 {idBirth:yyyy-MM-dd} 不一致"));
            }

            if (gender is { } g && g != IdNumbers.GenderOf(id))
                errors.Add(new RowError(row, "性别", $"与身份证号不一致（身份证号显示为{Terms.Chinese(IdNumbers.GenderOf(id))}）"));
        }

        PartyAffiliation? party = null;
        string? partyName = null;
        if (values[F.Party] is { } partyText)
        {
            if (Terms.TryParseParty(partyText, out var p, out partyName)) party = p;
            else errors.Add(new RowError(row, "政治面貌", $"无法识别“{partyText}”（可填：中共党员、中共预备党员、共青团员、民主党派或党派名称、无党派人士、群众）"));
        }

        if (today is { } t)
        {
            Later(birth, F.BirthDate, "出生日期");
            var started = reader.Date(F.WorkStart, quiet: true);
            Later(started, F.WorkStart, "参加工作时间");
            Later(reader.Date(F.RankSince, quiet: true), F.RankSince, "任现职级时间");
            if (birth is { } born && started is { } s && s < born)
                errors.Add(new RowError(row, "参加工作时间", $"早于出生日期 {born:yyyy-MM-dd}"));

            void Later(DateOnly? date, int field, string what)
            {
                if (date is { } d && d > t) errors.Add(new RowError(row, RosterField.All[field].Header, $"{what} {d:yyyy-MM-dd} 晚于今天（{t:yyyy-MM-dd}），不可能"));
            }
        }

        var person = new Person
        {
            Name = name ?? "",
            Gender = gender,
            Ethnicity = values[F.Ethnicity],
            BirthDate = birth,
            IdNumber = id,
            Party = party,
            PartyName = partyName,
            Education = reader.Enum<EducationLevel>(F.Education, Terms.TryParseEducation, "博士研究生、硕士研究生、大学本科、大学专科、中专、高中、初中"),
            FullTime = reader.YesNo(F.FullTime),
            Degree = reader.Enum<DegreeLevel>(F.Degree, Terms.TryParseDegree, "博士、硕士、学士、无"),
            Title = reader.Enum<TitleLevel>(F.Title, Terms.TryParseTitle, "正高级、副高级、中级、初级、无"),
            Rank = reader.Enum<RankLevel>(F.Rank, Terms.TryParseRank, "正处、副处、正科、副科、科员、无"),
            RankSince = reader.Date(F.RankSince),
            WorkStart = reader.Date(F.WorkStart),
            Unit = values[F.Unit],
            UnitKind = values[F.UnitKind],
            Posts = values[F.Posts] is { } posts ? posts.Split(PostSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null,
            MidManagementYears = reader.Number(F.MidManagementYears),
            Teacher = reader.YesNo(F.Teacher),
            MidLevel = reader.YesNo(F.MidLevel),
            Discipline = values[F.Discipline],
            Misconduct = values[F.Misconduct],
            ReturneeGraduate = reader.YesNo(F.ReturneeGraduate),
            ReadyNow = reader.YesNo(F.ReadyNow),
            Health = values[F.Health],
            Extra = extra ?? (IReadOnlyDictionary<string, string>)System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty,
        };
        return errors.Count == 0 ? (person, []) : (null, errors.ToArray());
    }

    [ThreadStatic]
    private static string?[]? t_values;

    [ThreadStatic]
    private static List<RowError>? t_errors;

    private static readonly char[] PostSeparators = [';', '；', '、'];

    // "1985.03" or "1985年3月" give only a month; it stands for the 1st and must not contradict the ID's day.
    private static int DateParts(string text)
    {
        // Counted in place (a split per row allocated for every row of a check): runs of characters between separators.
        var parts = 0;
        var inPart = false;
        foreach (var c in text)
        {
            var separator = c is '-' or '/' or '.' or '年' or '月' or '日' or '\uFF0D' or '\uFF0F' or '\uFF0E';
            if (!separator && !inPart) parts++;
            inPart = !separator;
        }

        return parts;
    }

    // The places of the fields this parser reads in RosterField.All: an array index per cell, not a key lookup.
    private static class F
    {
        public static readonly int Name = RosterField.Ordinal("name"), Gender = RosterField.Ordinal("gender"), Ethnicity = RosterField.Ordinal("ethnicity"),
            BirthDate = RosterField.Ordinal("birth_date"), IdNumber = RosterField.Ordinal("id_number"), Party = RosterField.Ordinal("party"),
            Education = RosterField.Ordinal("education"), FullTime = RosterField.Ordinal("full_time"), Degree = RosterField.Ordinal("degree"),
            Title = RosterField.Ordinal("title"), Rank = RosterField.Ordinal("rank"), RankSince = RosterField.Ordinal("rank_since"),
            WorkStart = RosterField.Ordinal("work_start"), Unit = RosterField.Ordinal("unit"), UnitKind = RosterField.Ordinal("unit_kind"),
            Posts = RosterField.Ordinal("posts"), MidManagementYears = RosterField.Ordinal("mid_mgmt_years"), Teacher = RosterField.Ordinal("teacher"),
            MidLevel = RosterField.Ordinal("mid_level"), Discipline = RosterField.Ordinal("discipline"), Misconduct = RosterField.Ordinal("misconduct"),
            ReturneeGraduate = RosterField.Ordinal("returnee_graduate"), ReadyNow = RosterField.Ordinal("ready_now"), Health = RosterField.Ordinal("health");
    }

    // A struct: one per row, on the stack.
    private struct CellReader(int row, string?[] values, List<RowError> errors)
    {
        public delegate bool TryParse<T>(string text, out T value);

        // Dates are read up to three times a row (a fact, its "not after today" check, the order of work and birth):
        // parsed once, their problem reported once, where the first non-quiet read asks.
        private (bool Read, DateOnly? Value, string? Problem) _birth, _workStart, _rankSince;

        public T? Enum<T>(int field, TryParse<T> parse, string accepted) where T : struct
        {
            if (values[field] is not { } text) return null;
            if (parse(text, out var v)) return v;
            errors.Add(new RowError(row, Header(field), $"无法识别“{text}”（可填：{accepted}）"));
            return null;
        }

        public bool? YesNo(int field)
        {
            if (values[field] is not { } text) return null;
            if (Terms.TryParseYesNo(text, out var v)) return v;
            errors.Add(new RowError(row, Header(field), $"应填“是”或“否”，实为“{text}”"));
            return null;
        }

        /// <summary>The date in <paramref name="field"/>; a problem is reported once (<paramref name="quiet"/> reads it again without a second report).</summary>
        public DateOnly? Date(int field, bool quiet = false)
        {
            ref var date = ref field == F.BirthDate ? ref _birth : ref field == F.WorkStart ? ref _workStart : ref _rankSince;
            if (!date.Read)
            {
                date.Read = true;
                if (values[field] is { } text) date = (true, RosterDates.TryParse(text, out var d, out var problem) ? d : null, problem);
            }

            if (!quiet && date.Problem is { } p) errors.Add(new RowError(row, Header(field), p));
            return date.Value;
        }

        public decimal? Number(int field)
        {
            if (values[field] is not { } text) return null;
            // A whole number of years, as nearly every roster writes it, without the general parser.
            if (text.Length <= 4 && RosterDates.Digits(text, 0, text.Length, out var whole)) return whole;
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n >= 0) return n;
            errors.Add(new RowError(row, Header(field), $"应为不小于 0 的数字，实为“{text}”"));
            return null;
        }

        private static string Header(int field) => RosterField.All[field].Header;
    }
}
