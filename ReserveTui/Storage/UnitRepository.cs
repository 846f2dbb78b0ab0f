using LiteDB;

namespace ReserveTui.Storage;

/// <summary>The units collection (单位): a tree with post counts and kinds.</summary>
internal sealed class UnitRepository
{
    private readonly ILiteCollection<UnitDocument> _units;

    public UnitRepository(ReserveDatabase database)
    {
        _units = database.Db.GetCollection<UnitDocument>("units");
        if (!database.IsReadOnly) _units.EnsureIndex(u => u.Name, unique: true);
    }

    public IReadOnlyList<UnitDocument> All() => _units.Query().OrderBy(u => u.Name).ToList();

    public UnitDocument? FindByName(string name) => _units.FindOne(u => u.Name == name);

    public UnitDocument? Get(string id) => _units.FindById(id);

    public int Count() => _units.Count();

    public void Update(UnitDocument unit, int expectedVersion) =>
        VersionedSave.Save(_units, unit, expectedVersion, _units.FindById(unit.Id)?.Version, v => unit.Version = v);

    public UnitDocument Insert(string name, string kind, int principalPosts, int deputyPosts, string? parentId)
    {
        var doc = new UnitDocument { Id = ObjectId.NewObjectId().ToString(), Name = name, Kind = kind, PrincipalPosts = principalPosts, DeputyPosts = deputyPosts, ParentId = parentId };
        _units.Insert(doc);
        return doc;
    }
}
