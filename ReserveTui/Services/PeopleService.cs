using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Import;
using ReserveTui.Storage;

namespace ReserveTui.Services;

/// <summary>
/// People (人员): importing rosters, listing them a page at a time, and one person's file. Lists show ID numbers masked
/// (110105********002X) for every role — a list is never the need; one person's file shows the whole number to those
/// entitled (<see cref="Access.OperatorAccess.SeesIdNumberOf"/>), and the record notes each such view.
/// </summary>
/// <param name="access">Who is reading: a unit operator's people are those of their units only. Null: an open database's administrator.</param>
internal sealed class PeopleService(ReserveDatabase database, TimeProvider clock, Access.OperatorAccess? access = null) : IPeopleQuery
{
    private const int Batch = 1000;
    private readonly PeopleRepository _people = new(database);
    private PeopleSearch? _search;
    private readonly AuditLog _audit = new(database);
    private readonly Access.OperatorAccess _access = access ?? Access.OperatorAccess.Open(Environment.UserName);

    private bool WholeIdNumbersOnly => _access.Role == Access.OperatorRole.Viewer;

    // Built on first use: a verb that never lists people does not read everyone's key.
    private PeopleSearch Search => _search ??= new PeopleSearch(_people);

    public int Count(string? filter) => Search.Count(filter, _access.Units, WholeIdNumbersOnly);

    /// <summary>A stored person's facts by id (ID number masked), or null — also for another unit's person.</summary>
    public Person? Find(string id) => Visible(id) is { } p ? Masked(p).Person : null;

    public IReadOnlyList<StoredPerson> Page(string? filter, int skip, int take) =>
        Search.Page(filter, skip, take, _access.Units, WholeIdNumbersOnly).Select(Masked).ToList();

    /// <summary>
    /// One person's file, as the person view shows it: the whole ID number for those entitled — and then the record
    /// notes that it was shown, to whom — masked for the others. Null when the person does not exist for this operator.
    /// </summary>
    public StoredPerson? Show(string id)
    {
        if (Visible(id) is not { } stored) return null;
        if (stored.Person.IdNumber is null || !_access.SeesIdNumberOf(stored.Person.Unit)) return Masked(stored);
        // A read-only file cannot take the note; there the number is shown masked rather than unrecorded.
        if (database.IsReadOnly) return Masked(stored);
        database.Transaction(() => _audit.Append(clock.GetUtcNow(), _access.Name, "person.id-view", $"person/{stored.Id}", new { }));
        return stored;
    }

    private StoredPerson? Visible(string id) => _people.Get(id) is { } p && _access.Sees(p.Person.Unit) ? p : null;

    private StoredPerson Masked(StoredPerson p) =>
        p.Person.IdNumber is { } number
            ? p with { Person = p.Person with { IdNumber = _access.Role == Access.OperatorRole.Viewer ? IdNumberMask.RegionOnly(number) : IdNumberMask.Mask(number) } }
            : p;

    /// <summary>
    /// Imports a roster: every row is validated first (streaming), then all rows are written in one transaction,
    /// or none. A person already stored — by ID number, or without one by name, birth date and unit together — is a
    /// row error, so re-importing a roster never duplicates anyone; with <paramref name="update"/> their facts are
    /// changed instead, each change recorded with its old value. With <paramref name="skipBadRows"/> the good rows
    /// are written and the bad ones returned.
    /// </summary>
    public ImportResult Import(string path, bool skipBadRows, string operatorName, bool update = false)
    {
        _access.EnsureCanWrite("导入人员名册");
        path = _access.Files.Input(path);
        var stored = _people.Identities();
        var byIdNumber = stored.Where(p => p.IdNumber is not null).GroupBy(p => p.IdNumber!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var byIdentity = stored.ToLookup(p => p.Identity, StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var bad = new List<RowError>();
        var badRows = new HashSet<int>();
        var targets = new Dictionary<int, string>();
        var seenIdentities = new Dictionary<string, int>(StringComparer.Ordinal);
        var good = 0;
        foreach (var row in RosterReader.Read(path, today))
        {
            var errors = row.Errors.ToList();
            if (row.Person is { } person)
            {
                var (target, problem) = _access.Sees(person.Unit)
                    ? Match(person, row.Row, byIdNumber, byIdentity, seenIdentities, update)
                    : (null, new RowError(row.Row, "单位", $"“{person.Unit}”不在 {_access.Name} 负责的单位（{_access.UnitName} 及其下级单位）之内"));
                if (problem is not null) errors.Add(problem);
                else if (target is not null) targets[row.Row] = target;
            }

            if (errors.Count > 0)
            {
                bad.AddRange(errors);
                badRows.Add(row.Row);
            }
            else
            {
                good++;
            }
        }

        if (bad.Count > 0 && !skipBadRows)
            throw new ReserveException(ErrorCode.BadInput, $"导入失败：{badRows.Count} 行有错误，未写入任何数据（可用 --skip-bad-rows 跳过错误行）", bad.Select(e => e.ToString()).ToList());

        using var announced = database.Announce(operatorName, "导入名册");
        var (written, updated) = database.Transaction(() =>
        {
            // The rows were matched against the people stored before the lock was taken: if another operator
            // imported or changed people meanwhile, the matches may be stale, and inserting could duplicate.
            if (!_people.Identities().SequenceEqual(stored))
                throw new ReserveException(ErrorCode.Conflict, "导入期间其他操作员修改了人员名册，本次未写入任何数据；请重新导入");
            var inserted = 0;
            var changed = new List<object>();
            var seen = 0;
            foreach (var chunk in RosterReader.Read(path, today).Where(r => !badRows.Contains(r.Row)).Chunk(Batch))
            {
                seen += chunk.Length;
                if (chunk.Any(r => r.Person is null)) throw Changed();
                inserted += _people.Insert(chunk.Where(r => !targets.ContainsKey(r.Row)).Select(r => r.Person!)).Count;
                foreach (var r in chunk.Where(r => targets.ContainsKey(r.Row)))
                {
                    var changes = _people.UpdateFacts(targets[r.Row], r.Person!);
                    if (changes.Count > 0)
                        changed.Add(new { id = targets[r.Row], name = r.Person!.Name, changes = changes.ToDictionary(c => FactChangeText.Header(c.Field), c => new { old = FactChangeText.Value(c.Field, c.Old), @new = FactChangeText.Value(c.Field, c.New) }) });
                }
            }

            if (seen != good) throw Changed();
            _audit.Append(clock.GetUtcNow(), operatorName, "people.import", "people",
                new { file = Path.GetFileName(path), written = inserted, skipped = badRows.Count, update, matched = targets.Count, updated = changed.Count });
            if (changed.Count > 0)
            {
                _audit.Append(clock.GetUtcNow(), operatorName, "people.update", "people", new { file = Path.GetFileName(path), people = changed });
                _people.Changed(); // the lists' in-memory search reads the people again
            }
            return (inserted, changed.Count);
        });
        return new ImportResult(written, bad) { Updated = updated };
    }

    private static ReserveException Changed() => new(ErrorCode.BadInput, "名册在导入过程中被修改，未写入任何数据，请重新导入");

    // Who a row is: a stored person (to update), nobody yet (null, to insert), or a problem.
    private (string? Target, RowError? Problem) Match(Person person, int row, Dictionary<string, StoredIdentity> byIdNumber,
        ILookup<string, StoredIdentity> byIdentity, Dictionary<string, int> seenIdentities, bool update)
    {
        var identity = PersonMapping.IdentityOf(person.Name, person.BirthDate, person.Unit);
        StoredIdentity? found;
        string already;
        if (person.IdNumber is { } idNumber)
        {
            if (byIdNumber.TryGetValue(idNumber, out found))
            {
                // Another unit's person is neither named nor updated: for a unit operator they do not exist, and an
                // update would move them into the operator's unit.
                if (!_access.Sees(found.Unit))
                    return (null, new RowError(row, "身份证号", "此身份证号已登记在你负责的单位以外，未导入；如需调动请联系组织部门"));
                already = $"数据库中已有此身份证号（{found.Name}）";
            }
            else
            {
                // Stored before without an ID number: the same person, whose number this row brings.
                var unnumbered = byIdentity[identity].Where(p => p.IdNumber is null).ToList();
                if (unnumbered.Count == 0) return (null, null);
                found = unnumbered[0];
                already = "数据库中已有姓名、出生日期、单位都相同而未登记身份证号的人员";
            }
        }
        else
        {
            if (!seenIdentities.TryAdd(identity, row))
                return (null, new RowError(row, "姓名", $"与第 {seenIdentities[identity]} 行是同一人（姓名、出生日期、单位都相同，且都没有身份证号）"));
            var matches = byIdentity[identity].ToList();
            if (matches.Count == 0) return (null, null);
            if (matches.Count > 1)
                return (null, new RowError(row, "姓名", $"数据库中有 {matches.Count} 人姓名、出生日期、单位都相同，无法确定是哪一位：请填写身份证号"));
            found = matches[0];
            already = "数据库中已有此人（姓名、出生日期、单位都相同）";
        }

        return update ? (found.Id, null) : (null, new RowError(row, person.IdNumber is null ? "姓名" : "身份证号", already + "；要更新其信息请用 --update"));
    }

    /// <summary>Adds people directly (demo data, tests), with one audit entry.</summary>
    public int Add(IReadOnlyCollection<Person> people, string operatorName, string reason) => database.Transaction(() =>
    {
        _access.EnsureCanWrite("添加人员");
        var count = people.Chunk(Batch).Sum(chunk => _people.Insert(chunk).Count);
        _audit.Append(clock.GetUtcNow(), operatorName, "people.add", "people", new { reason, count });
        return count;
    });
}
