using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Import;
using ReserveTui.Storage;

namespace ReserveTui.Services;

/// <summary>People (人员): importing rosters and listing them a page at a time.</summary>
internal sealed class PeopleService(ReserveDatabase database, TimeProvider clock) : IPeopleQuery
{
    private const int Batch = 1000;
    private readonly PeopleRepository _people = new(database);
    private readonly AuditLog _audit = new(database);

    public int Count(string? filter) => _people.Count(filter);

    /// <summary>A stored person's facts by id, or null.</summary>
    public Person? Find(string id) => _people.Get(id)?.Person;

    public IReadOnlyList<StoredPerson> Page(string? filter, int skip, int take) => _people.Page(filter, skip, take);

    /// <summary>
    /// Imports a roster: every row is validated first (streaming), then all rows are written in one transaction,
    /// or none. An ID number already in the database is a row error (re-importing a roster does not duplicate
    /// people). With <paramref name="skipBadRows"/> the good rows are written and the bad ones returned.
    /// </summary>
    public ImportResult Import(string path, bool skipBadRows, string operatorName)
    {
        var existing = _people.IdNumbers();
        var bad = new List<RowError>();
        var badRows = new HashSet<int>();
        var good = 0;
        foreach (var row in RosterReader.Read(path))
        {
            var errors = row.Errors.ToList();
            if (row.Person?.IdNumber is { } id && existing.TryGetValue(id, out var holder))
                errors.Add(new RowError(row.Row, "身份证号", $"数据库中已有此身份证号（{holder}）"));
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

        var written = database.Transaction(() =>
        {
            var count = 0;
            foreach (var chunk in RosterReader.Read(path).Where(r => !badRows.Contains(r.Row)).Select(r => r.Person!).Chunk(Batch))
                count += _people.Insert(chunk).Count;
            if (count != good) throw new ReserveException(ErrorCode.BadInput, "名册在导入过程中被修改，未写入任何数据，请重新导入");
            _audit.Append(clock.GetUtcNow(), operatorName, "people.import", "people",
                new { file = Path.GetFileName(path), written = count, skipped = badRows.Count });
            return count;
        });
        return new ImportResult(written, bad);
    }

    /// <summary>Adds people directly (demo data, tests), with one audit entry.</summary>
    public int Add(IReadOnlyCollection<Person> people, string operatorName, string reason) => database.Transaction(() =>
    {
        var count = people.Chunk(Batch).Sum(chunk => _people.Insert(chunk).Count);
        _audit.Append(clock.GetUtcNow(), operatorName, "people.add", "people", new { reason, count });
        return count;
    });
}
