using LiteDB;

namespace ReserveTui.Storage;

/// <summary>The operator accounts (users collection). Names compare exactly: an account is the forced command's name.</summary>
internal sealed class UserRepository(ReserveDatabase database)
{
    private readonly ILiteCollection<UserDocument> _users = database.Db.GetCollection<UserDocument>("users");

    public int Count() => _users.Count();

    public UserDocument? Get(string name) => _users.FindById(name);

    public IReadOnlyList<UserDocument> All() => _users.FindAll().OrderBy(u => u.Name, StringComparer.Ordinal).ToList();

    public void Insert(UserDocument user) => _users.Insert(user);

    public void Update(UserDocument user) => _users.Update(user);

    public bool Delete(string name) => _users.Delete(name);
}
