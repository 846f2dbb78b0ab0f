using LiteDB;
using ReserveSdk;
using ReserveTui.Services;

namespace ReserveTui.Storage;

/// <summary>The people collection. Every result is materialised before it is returned (PITFALLS: an open reader holds the mutex).</summary>
internal sealed class PeopleRepository
{
    private readonly ILiteCollection<PersonDocument> _people;

    public PeopleRepository(ReserveDatabase database)
    {
        _people = database.Db.GetCollection<PersonDocument>("people");
        if (!database.IsReadOnly) _people.EnsureIndex(p => p.Name);
        if (!database.IsReadOnly) _people.EnsureIndex(p => p.IdNumber);
        if (!database.IsReadOnly) _people.EnsureIndex(p => p.Identity);
    }

    public int Count(string? filter) => string.IsNullOrWhiteSpace(filter) ? _people.Count() : _people.Count(Matches(filter));

    /// <summary>One page, ordered by name (the file's zh-CN collation).</summary>
    public IReadOnlyList<StoredPerson> Page(string? filter, int skip, int take)
    {
        var query = _people.Query();
        if (!string.IsNullOrWhiteSpace(filter)) query = query.Where(Matches(filter));
        return query.OrderBy(p => p.Name).Skip(skip).Limit(take).ToList().Select(PersonMapping.ToStored).ToList();
    }

    /// <summary>
    /// Many people in one read, by id. In shared mode every LiteDB call opens the file: 10,000 single reads took
    /// seconds where one read of 10,000 takes a fraction of one.
    /// </summary>
    public IReadOnlyDictionary<string, Person> Get(IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? new Dictionary<string, Person>() : GetMany(ids.ToHashSet(StringComparer.Ordinal));

    // Past a few hundred ids, one pass over the collection costs less than a seek per id.
    private Dictionary<string, Person> GetMany(HashSet<string> ids) =>
        (ids.Count > 500 ? _people.FindAll().Where(p => ids.Contains(p.Id)) : _people.Find(Query.In("_id", ids.Select(id => new BsonValue(id)))))
            .ToList().Select(PersonMapping.ToStored).ToDictionary(p => p.Id, p => p.Person);

    public StoredPerson? Get(string id) => _people.FindById(id) is { } d ? PersonMapping.ToStored(d) : null;

    public IReadOnlyList<StoredPerson> FindByName(string name) => _people.Find(p => p.Name == name).ToList().Select(PersonMapping.ToStored).ToList();

    /// <summary>Everyone whose unit is one of <paramref name="unitNames"/>, ordered by name.</summary>
    public IReadOnlyList<StoredPerson> InUnits(IReadOnlyCollection<string> unitNames) =>
        _people.Find(Query.In(nameof(PersonDocument.Unit), unitNames.Select(n => new BsonValue(n)))).ToList()
            .Select(PersonMapping.ToStored).OrderBy(p => p.Person.Name, StringComparer.Ordinal).ToList();

    public StoredPerson? FindByIdNumber(string idNumber) => _people.FindOne(p => p.IdNumber == idNumber) is { } d ? PersonMapping.ToStored(d) : null;

    /// <summary>Every stored ID number with its holder's name — the only thing an import needs to find duplicates.</summary>
    public IReadOnlyDictionary<string, string> IdNumbers() =>
        _people.Query().Where(p => p.IdNumber != null).Select(p => new { p.IdNumber, p.Name }).ToList()
            .GroupBy(x => x.IdNumber!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Inserts people with new ids; call inside <see cref="ReserveDatabase.Transaction{T}"/> for all-or-nothing.</summary>
    public IReadOnlyList<string> Insert(IEnumerable<Person> people)
    {
        var docs = people.Select(p => PersonMapping.ToDocument(ObjectId.NewObjectId().ToString(), p)).ToList();
        _people.InsertBulk(docs);
        return docs.Select(d => d.Id).ToList();
    }

    private static BsonExpression Matches(string filter) =>
        Query.Contains(nameof(PersonDocument.Search), filter.Trim().ToLowerInvariant());
}
