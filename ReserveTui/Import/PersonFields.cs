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
    /// <param name="cells">
    /// The row's cells: strings, or a CSV record's <see cref="RecordCells"/>, whose dates, levels and yes/no cells are
    /// then read where they lie and never made strings.
    /// </param>
    public static (Person? Person, IReadOnlyList<RowError> Errors) Parse(int row, RosterColumns columns, IReadOnlyList<string?> cells, DateOnly? today = null)
    {
        // One list per thread, as the facts: a row without errors (nearly every row) costs no list of its own.
        var errors = t_errors ??= [];
        errors.Clear();
        // Where each field's cell is: one table per thread, cleared per row (a check parses 100,000 rows).
        var facts = t_facts ??= new RowFacts();
        facts.Start(cells);
        Dictionary<string, string>? extra = null;
        var nameRefused = false;
        var count = Math.Min(columns.Count, cells.Count);
        var fields = columns.Fields;
        var labels = columns.Labels;
        var limits = columns.Limits;
        var multiLine = columns.MultiLine;
        // A CSV record looked at whole: its cells' characters are all safe, and only their lengths are left to check.
        var clean = cells is RecordCells { Clean: true };
        for (var i = 0; i < count; i++)
        {
            var whole = facts.Cell(i);
            var offset = 0;
            var end = whole.Length;
            while (offset < end && Space(whole[offset])) offset++;
            while (end > offset && Space(whole[end - 1])) end--;
            if (offset == end) continue;
            var cell = whole[offset..end];
            var field = fields[i];
            if ((clean ? TextSafety.TooLong(cell.Length, limits[i]) : TextSafety.Problem(cell, limits[i], multiLine[i])) is { } problem)
            {
                errors.Add(new RowError(row, labels[i], problem));
                nameRefused |= field == F.Name;
                continue;
            }

            if (field >= 0) facts.Set(field, i, offset, cell.Length);
            else if (labels[i].Length > 0) (extra ??= new(StringComparer.Ordinal))[labels[i]] = facts.Text(i, offset, cell.Length);
        }

        var reader = new CellReader(row, facts, errors);
        var name = facts.Text(F.Name);
        if (name is null && !nameRefused) errors.Add(new RowError(row, "姓名", "不能为空"));
        // Upper-cased only when it has a lower-case letter (a final x): a valid ID has no other, and a check asks 100,000 times.
        var id = facts.Text(F.IdNumber);
        if (id is not null && id.AsSpan().ContainsAnyInRange('a', 'z')) id = id.ToUpperInvariant();
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
                var monthOnly = DateParts(facts.Span(F.BirthDate)) == 2;
                var agrees = monthOnly ? (b.Year, b.Month) == (idBirth.Year, idBirth.Month) : b == idBirth;
                if (!agrees) errors.Add(new RowError(row, "出生日期", $"与身份证号中的出生日期 {idBirth:yyyy-MM-dd} 不一致"));
            }

            if (gender is { } g && g != IdNumbers.GenderOf(id))
                errors.Add(new RowError(row, "性别", $"与身份证号不一致（身份证号显示为{Terms.Chinese(IdNumbers.GenderOf(id))}）"));
        }

        var (party, partyName) = reader.Party();
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
            Ethnicity = facts.Text(F.Ethnicity),
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
            Unit = facts.Text(F.Unit),
            UnitKind = facts.Text(F.UnitKind),
            Posts = reader.Posts(),
            MidManagementYears = reader.Number(F.MidManagementYears),
            Teacher = reader.YesNo(F.Teacher),
            MidLevel = reader.YesNo(F.MidLevel),
            Discipline = facts.Text(F.Discipline),
            Misconduct = facts.Text(F.Misconduct),
            ReturneeGraduate = reader.YesNo(F.ReturneeGraduate),
            ReadyNow = reader.YesNo(F.ReadyNow),
            Health = facts.Text(F.Health),
            Extra = extra ?? (IReadOnlyDictionary<string, string>)System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty,
        };
        // The row's cells are not held past the row (a chunk's text goes back to its pool).
        facts.Start([]);
        return errors.Count == 0 ? (person, []) : (null, errors.ToArray());
    }

    [ThreadStatic]
    private static RowFacts? t_facts;

    [ThreadStatic]
    private static List<RowError>? t_errors;

    private static readonly char[] PostSeparators = [';', '；', '、'];

    // Read-only: the list is shared by every row with the same posts cell. Every text is posts.
    private static bool SplitPosts(string text, out IReadOnlyList<string> posts)
    {
        posts = Array.AsReadOnly(text.Split(PostSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return true;
    }

    // What Trim takes off, asked first whether the character could be white space at all: char.IsWhiteSpace looks a
    // Chinese character up in the Unicode tables, and a roster's cells mostly start and end with one.
    internal static bool Space(char c) => (c <= ' ' || c is >= '\u0085' and <= '\u3000') && char.IsWhiteSpace(c);

    // "1985.03" or "1985年3月" give only a month; it stands for the 1st and must not contradict the ID's day.
    private static int DateParts(ReadOnlySpan<char> text)
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
    private struct CellReader(int row, RowFacts facts, List<RowError> errors)
    {
        public delegate bool TryParse<T>(string text, out T value);

        // Dates are read up to three times a row (a fact, its "not after today" check, the order of work and birth):
        // parsed once, their problem reported once, where the first non-quiet read asks.
        private (bool Read, DateOnly? Value, string? Problem) _birth, _workStart, _rankSince;

        public T? Enum<T>(int field, TryParse<T> parse, string accepted) where T : struct =>
            Word(field, parse) is not (true, var v, var unknown) ? null
            : unknown is null ? v : Refuse<T>(field, $"无法识别“{unknown}”（可填：{accepted}）");

        public bool? YesNo(int field) =>
            Word<bool>(field, Terms.TryParseYesNo) is not (true, var v, var unknown) ? null
            : unknown is null ? v : Refuse<bool>(field, $"应填“是”或“否”，实为“{unknown}”");

        public (PartyAffiliation? Party, string? Name) Party()
        {
            if (Word<(PartyAffiliation Party, string? Name)>(F.Party, TryParseParty) is not (true, var party, var unknown)) return (null, null);
            if (unknown is null) return party;
            errors.Add(new RowError(row, "政治面貌", $"无法识别“{unknown}”（可填：中共党员、中共预备党员、共青团员、民主党派或党派名称、无党派人士、群众）"));
            return (null, null);
        }

        /// <summary>The posts, one read-only list shared by every row with the same posts cell; null when empty.</summary>
        public readonly IReadOnlyList<string>? Posts() => Word<IReadOnlyList<string>>(F.Posts, SplitPosts).Value;

        // The affiliation and a democratic party's own name, as one value a word can be kept with.
        private static bool TryParseParty(string text, out (PartyAffiliation Party, string? Name) value)
        {
            var known = Terms.TryParseParty(text, out var party, out var name);
            value = (party, name);
            return known;
        }

        /// <summary>The date in <paramref name="field"/>; a problem is reported once (<paramref name="quiet"/> reads it again without a second report).</summary>
        public DateOnly? Date(int field, bool quiet = false)
        {
            ref var date = ref field == F.BirthDate ? ref _birth : ref field == F.WorkStart ? ref _workStart : ref _rankSince;
            if (!date.Read)
            {
                date.Read = true;
                if (facts.Has(field)) date = (true, RosterDates.TryParse(facts.Span(field), out var d, out var problem) ? d : null, problem);
            }

            if (!quiet && date.Problem is { } p) errors.Add(new RowError(row, Header(field), p));
            return date.Value;
        }

        public decimal? Number(int field)
        {
            if (!facts.Has(field)) return null;
            var text = facts.Span(field);
            // A whole number of years, as nearly every roster writes it, without the general parser.
            if (text.Length <= 4 && RosterDates.Digits(text, 0, text.Length, out var whole)) return whole;
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n >= 0) return n;
            errors.Add(new RowError(row, Header(field), $"应为不小于 0 的数字，实为“{facts.Text(field)}”"));
            return null;
        }

        // Whether the field's cell is filled; what parse made of it, or (Unknown) its text when parse does not know it.
        // A roster repeats a few words per column: the words read before are found by their characters, without a
        // string or a lookup by hash, and what they became is shared.
        private readonly (bool Filled, T Value, string? Unknown) Word<T>(int field, TryParse<T> parse)
        {
            if (!facts.Has(field)) return (false, default!, null);
            var words = facts.Words<T>(field);
            if (words.Find(facts.Span(field), out var known)) return (true, known, null);
            var text = facts.Text(field)!;
            if (!parse(text, out var parsed)) return (true, default!, text);
            words.Add(text, parsed);
            return (true, parsed, null);
        }

        private readonly T? Refuse<T>(int field, string problem) where T : struct
        {
            errors.Add(new RowError(row, Header(field), problem));
            return null;
        }

        private static string Header(int field) => RosterField.All[field].Header;
    }

    // Where each field's cell is in the row: its column, and where its text starts and how long it is once trimmed.
    private sealed class RowFacts
    {
        private readonly int[] _column = new int[RosterField.All.Count];
        private readonly int[] _offset = new int[RosterField.All.Count];
        private readonly int[] _length = new int[RosterField.All.Count];
        private readonly object?[] _words = new object?[RosterField.All.Count];
        private IReadOnlyList<string?> _cells = [];
        private RecordCells? _spans;

        /// <summary>The words <paramref name="field"/> has given on this thread (the facts are one per thread).</summary>
        public Words<T> Words<T>(int field) => (Words<T>)(_words[field] ??= new Words<T>());

        public void Start(IReadOnlyList<string?> cells)
        {
            _cells = cells;
            _spans = cells as RecordCells;
            Array.Fill(_column, -1);
        }

        /// <summary>Cell <paramref name="column"/> as written (empty for none).</summary>
        public ReadOnlySpan<char> Cell(int column) => _spans is { } spans ? spans.Span(column) : _cells[column];

        /// <summary>Fills <paramref name="field"/> from its column's trimmed text; a column named twice, the last filled wins.</summary>
        public void Set(int field, int column, int offset, int length) => (_column[field], _offset[field], _length[field]) = (column, offset, length);

        public bool Has(int field) => _column[field] >= 0;

        public ReadOnlySpan<char> Span(int field) => Has(field) ? Cell(_column[field]).Slice(_offset[field], _length[field]) : default;

        /// <summary>The field's text, trimmed; null when its cell is empty.</summary>
        public string? Text(int field) => Has(field) ? Text(_column[field], _offset[field], _length[field]) : null;

        public string Text(int column, int offset, int length)
        {
            var cell = _cells[column]!;
            return offset == 0 && length == cell.Length ? cell : cell.Substring(offset, length);
        }
    }

    // The words a column has given on this thread and what each became: a slot per word, found by its length and its
    // first and last characters and compared character by character — no string made, no lookup by hash. A column of
    // a few words (gender, a level, a unit) finds each in its slot; a column of many overwrites, costing one compare.
    private sealed class Words<T>
    {
        private const int Slots = 64;
        private const int LongestKept = 16;

        private readonly string?[] _texts = new string?[Slots];
        private readonly T[] _values = new T[Slots];

        public bool Find(ReadOnlySpan<char> text, out T value)
        {
            var slot = Slot(text);
            if (_texts[slot] is { } kept && text.SequenceEqual(kept))
            {
                value = _values[slot];
                return true;
            }

            value = default!;
            return false;
        }

        public void Add(string text, T value)
        {
            if (text.Length > LongestKept) return;
            var slot = Slot(text);
            (_texts[slot], _values[slot]) = (text, value);
        }

        // Never empty: empty cells are not facts.
        private static int Slot(ReadOnlySpan<char> text) => (text.Length * 7 + text[0] * 31 + text[^1]) & (Slots - 1);
    }
}
