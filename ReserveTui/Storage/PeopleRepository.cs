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
        _settings = new DatabaseSettings(database);
        _people = database.Db.GetCollection<PersonDocument>("people");
        if (!database.IsReadOnly) _people.EnsureIndex(p => p.Name);
        if (!database.IsReadOnly) _people.EnsureIndex(p => p.IdNumber);
        if (!database.IsReadOnly) _people.EnsureIndex(p => p.Identity);
    }

    private readonly DatabaseSettings _settings;

    /// <summary>How many people are stored.</summary>
    public int Count() => _people.Count();

    /// <summary>The people collection's revision (<see cref="DatabaseSettings.PeopleRevision"/>).</summary>
    public long Revision => _settings.PeopleRevision;

    /// <summary>Raises the revision once after a run of <see cref="UpdateFacts"/> (not once per person). Inside the transaction.</summary>
    public void Changed() => _settings.BumpPeopleRevision();

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

    /// <summary>
    /// Everyone's search key in list order (name, by the file's zh-CN collation): what an in-memory search needs, and
    /// nothing more — not the facts, which are read a page at a time.
    /// </summary>
    public IReadOnlyList<PersonKey> Keys()
    {
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        return _people.Query().OrderBy(p => p.Name).Select(p => new { p.Id, p.Search, p.IdNumber, p.Unit }).ToEnumerable()
            .Select(x => new PersonKey(x.Id, x.Search, x.IdNumber, x.Unit is null ? null : units.TryGetValue(x.Unit, out var u) ? u : units[x.Unit] = x.Unit))
            .ToList();
    }

    /// <summary>The people of <paramref name="ids"/>, in that order (those since removed left out).</summary>
    public IReadOnlyList<StoredPerson> InOrder(IReadOnlyList<string> ids)
    {
        var found = _people.Find(Query.In("_id", ids.Select(i => new BsonValue(i)))).ToDictionary(d => d.Id);
        return ids.Where(found.ContainsKey).Select(i => PersonMapping.ToStored(found[i])).ToList();
    }

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
        _settings.BumpPeopleRevision();
        return docs.Select(d => d.Id).ToList();
    }
}
