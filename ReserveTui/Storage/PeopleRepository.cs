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

    /// <summary>No stored name, unit and ID number together reach this length: a longer filter matches nobody, without a scan.</summary>
    private const int FilterLimit = 200;

    /// <param name="scope">When given, only people of these units exist for the count (a unit operator's).</param>
    /// <param name="wholeIdNumbers">A filter with a digit matches only a whole ID number: for those who may not see ID numbers, so they cannot find one digit by digit.</param>
    public int Count(string? filter, IReadOnlyCollection<string>? scope = null, bool wholeIdNumbers = false)
    {
        if (string.IsNullOrWhiteSpace(filter) && scope is null) return _people.Count();
        if (filter?.Length > FilterLimit) return 0;
        return Where(filter, scope, wholeIdNumbers) is { } where ? _people.Count(where) : _people.Count();
    }

    /// <summary>One page, ordered by name (the file's zh-CN collation).</summary>
    public IReadOnlyList<StoredPerson> Page(string? filter, int skip, int take, IReadOnlyCollection<string>? scope = null, bool wholeIdNumbers = false)
    {
        var query = _people.Query();
        if (filter?.Length > FilterLimit) return [];
        if (Where(filter, scope, wholeIdNumbers) is { } where) query = query.Where(where);
        return query.OrderBy(p => p.Name).Skip(skip).Limit(take).ToList().Select(PersonMapping.ToStored).ToList();
    }

    private static BsonExpression? Where(string? filter, IReadOnlyCollection<string>? scope, bool wholeIdNumbers)
    {
        var parts = new List<BsonExpression>();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var text = filter.Trim();
            // A digit in a viewer's filter means an ID number, matched whole: a part of one would give it away digit by digit.
            parts.Add(wholeIdNumbers && text.Any(char.IsAsciiDigit)
                ? Query.EQ(nameof(PersonDocument.IdNumber), text.ToUpperInvariant())
                : Matches(text));
        }

        if (scope is not null) parts.Add(scope.Count == 0 ? Query.EQ("_id", BsonValue.Null) : Query.In(nameof(PersonDocument.Unit), scope.Select(n => new BsonValue(n))));
        return parts.Count switch { 0 => null, 1 => parts[0], _ => Query.And(parts.ToArray()) };
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

    /// <summary>Everyone whose roster row named no unit.</summary>
    public IReadOnlyList<StoredPerson> WithoutUnit() =>
        _people.Find(Query.Or(Query.EQ(nameof(PersonDocument.Unit), BsonValue.Null), Query.EQ(nameof(PersonDocument.Unit), ""))).ToList()
            .Select(PersonMapping.ToStored).ToList();

    public StoredPerson? FindByIdNumber(string idNumber) => _people.FindOne(p => p.IdNumber == idNumber) is { } d ? PersonMapping.ToStored(d) : null;

    /// <summary>Who is stored, as an import needs it to find people again: id, name, ID number and identity key of everyone.</summary>
    public IReadOnlyList<StoredIdentity> Identities() =>
        _people.Query().Select(p => new { p.Id, p.Name, p.IdNumber, p.Identity, p.Unit }).ToList()
            .Select(x => new StoredIdentity(x.Id, x.Name, x.IdNumber, x.Identity) { Unit = x.Unit }).ToList();

    /// <summary>
    /// Changes a stored person's facts to those <paramref name="incoming"/> states (a fact it leaves empty stays as it
    /// was) and returns each change with its old value, for the record. Call inside a transaction.
    /// </summary>
    public IReadOnlyList<FactChange> UpdateFacts(string id, Person incoming)
    {
        var stored = _people.FindById(id) ?? throw new InvalidOperationException($"person {id} vanished inside a transaction");
        var next = PersonMapping.ToDocument(id, incoming);
        var changes = new List<FactChange>();
        foreach (var property in FactProperties)
        {
            var value = property.GetValue(next);
            if (value is null) continue;
            var old = property.GetValue(stored);
            if (Same(old, value)) continue;
            changes.Add(new FactChange(property.Name, Show(old), Show(value)));
            property.SetValue(stored, value);
        }

        foreach (var (key, value) in next.Extra)
        {
            if (stored.Extra.TryGetValue(key, out var old) && old == value) continue;
            changes.Add(new FactChange(key, stored.Extra.GetValueOrDefault(key), value));
            stored.Extra[key] = value;
        }

        if (changes.Count == 0) return changes;
        // Search and identity follow the merged facts.
        _people.Update(PersonMapping.ToDocument(id, PersonMapping.ToStored(stored).Person));
        return changes;
    }

    private static readonly System.Reflection.PropertyInfo[] FactProperties = typeof(PersonDocument).GetProperties()
        .Where(p => p.Name is not (nameof(PersonDocument.Id) or nameof(PersonDocument.Search) or nameof(PersonDocument.Identity) or nameof(PersonDocument.Extra)))
        .ToArray();

    // LiteDB reads dates back as local time: compared as instants, not as ticks of different kinds.
    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (List<string> x, List<string> y) => x.SequenceEqual(y),
        (DateTime x, DateTime y) => x.ToUniversalTime() == y.ToUniversalTime(),
        _ => Equals(a, b),
    };

    private static string? Show(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToUniversalTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        List<string> list => string.Join("；", list),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

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
