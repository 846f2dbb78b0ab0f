using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Services.Access;

/// <summary>
/// Operator accounts (操作员) and who the running operator is. A database without accounts is open: its operator is
/// an administrator, so a single-user install works as before. From the first account on, only accounts may start,
/// and the first account must be an administrator so the database is never left without one.
/// </summary>
internal sealed class UserService(ReserveDatabase database, TimeProvider clock)
{
    private readonly UserRepository _users = new(database);
    private readonly UnitRepository _units = new(database);

    /// <summary>The running operator's access, or a refusal naming them when accounts exist and they have none.</summary>
    public OperatorAccess Resolve(string operatorName)
    {
        if (_users.Count() == 0) return OperatorAccess.Open(operatorName);
        var user = _users.Get(operatorName)
            ?? throw new ReserveException(ErrorCode.Refused, $"操作员“{OperatorInput.Echo(operatorName)}”未登记，不能使用数据库 {database.Location}；请组织部门的管理员用 reserve users add 登记");
        var role = RoleNames.Parse(user.Role);
        if (role != OperatorRole.UnitOperator) return new OperatorAccess(user.Name, role, null, null);
        var all = _units.All();
        var unit = all.FirstOrDefault(u => u.Id == user.UnitId)
            ?? throw new ReserveException(ErrorCode.Refused, $"操作员“{user.Name}”所属的单位已不存在；请管理员用 reserve users set 重新指定");
        return new OperatorAccess(user.Name, role, UnitTree.NamesBelow(all, unit.Name), unit.Name);
    }

    public IReadOnlyList<UserView> List(OperatorAccess by)
    {
        by.EnsureAdmin("查看操作员名单");
        var units = _units.All().ToDictionary(u => u.Id, u => u.Name);
        return _users.All().Select(u => View(u, units)).ToList();
    }

    /// <summary>Adds an account. The first must be an administrator; after that only an administrator adds.</summary>
    public UserView Add(OperatorAccess by, string name, OperatorRole role, string? unit)
    {
        name = OperatorInput.Line(name, "操作员名", Import.TextSafety.NameLimit);
        if (name.Any(char.IsWhiteSpace)) throw new ReserveException(ErrorCode.Usage, "操作员名不能含空格（它写在 SSH 强制命令的 --operator 之后）");
        return database.Transaction(() =>
        {
            if (_users.Count() == 0)
            {
                if (role != OperatorRole.Admin)
                    throw new ReserveException(ErrorCode.Refused, "第一个操作员必须是管理员（--role admin），否则数据库将无人能管理");
            }
            else
            {
                by.EnsureAdmin("登记操作员");
            }

            if (_users.Get(name) is not null) throw new ReserveException(ErrorCode.Refused, $"操作员“{name}”已登记；要修改请用 reserve users set");
            var doc = new UserDocument { Name = name, Role = RoleNames.Code(role), UnitId = UnitId(role, unit), AddedAt = clock.GetUtcNow().UtcDateTime, AddedBy = by.Name };
            _users.Insert(doc);
            Record(by, "user.add", doc);
            return View(doc, _units.All().ToDictionary(u => u.Id, u => u.Name));
        });
    }

    /// <summary>Changes an account's role or unit (null leaves it as it is).</summary>
    public UserView Set(OperatorAccess by, string name, OperatorRole? role, string? unit)
    {
        by.EnsureAdmin("修改操作员");
        return database.Transaction(() =>
        {
            var doc = _users.Get(name) ?? throw new ReserveException(ErrorCode.NotFound, $"未找到操作员“{OperatorInput.Echo(name)}”");
            var newRole = role ?? RoleNames.Parse(doc.Role);
            if (newRole != OperatorRole.Admin) EnsureAnotherAdmin(doc.Name, "改为非管理员");
            var units = _units.All().ToDictionary(u => u.Id, u => u.Name);
            doc.UnitId = UnitId(newRole, unit ?? (newRole == OperatorRole.UnitOperator && doc.UnitId is { } id && units.TryGetValue(id, out var n) ? n : null));
            doc.Role = RoleNames.Code(newRole);
            _users.Update(doc);
            Record(by, "user.set", doc);
            return View(doc, units);
        });
    }

    public void Remove(OperatorAccess by, string name)
    {
        by.EnsureAdmin("删除操作员");
        database.Transaction(() =>
        {
            var doc = _users.Get(name) ?? throw new ReserveException(ErrorCode.NotFound, $"未找到操作员“{OperatorInput.Echo(name)}”");
            if (doc.Role == RoleNames.Code(OperatorRole.Admin)) EnsureAnotherAdmin(doc.Name, "删除");
            _users.Delete(doc.Name);
            Record(by, "user.remove", doc);
            return 0;
        });
    }

    private void EnsureAnotherAdmin(string name, string what)
    {
        var admin = RoleNames.Code(OperatorRole.Admin);
        if (_users.All().Count(u => u.Role == admin && u.Name != name) == 0)
            throw new ReserveException(ErrorCode.Refused, $"“{name}”是唯一的管理员，不能{what}；请先登记另一名管理员");
    }

    private string? UnitId(OperatorRole role, string? unit)
    {
        if (role != OperatorRole.UnitOperator)
        {
            if (!string.IsNullOrWhiteSpace(unit)) throw new ReserveException(ErrorCode.Usage, "只有单位操作员（unit-operator）有所属单位；管理员和查看者不带 --unit");
            return null;
        }

        if (string.IsNullOrWhiteSpace(unit)) throw new ReserveException(ErrorCode.Usage, "单位操作员需要 --unit 指定所属单位（其下级单位一并可见）");
        return (_units.FindByName(unit.Trim()) ?? throw new ReserveException(ErrorCode.NotFound, $"未找到单位“{OperatorInput.Echo(unit)}”")).Id;
    }

    private void Record(OperatorAccess by, string action, UserDocument doc) =>
        new AuditLog(database).Append(clock.GetUtcNow(), by.Name, action, $"user/{doc.Name}", new { name = doc.Name, role = doc.Role, unit = doc.UnitId is null ? null : _units.Get(doc.UnitId)?.Name });

    private static UserView View(UserDocument u, IReadOnlyDictionary<string, string> units) =>
        new(u.Name, RoleNames.Parse(u.Role), u.UnitId is { } id && units.TryGetValue(id, out var n) ? n : null, new DateTimeOffset(DateTime.SpecifyKind(u.AddedAt.ToUniversalTime(), DateTimeKind.Utc)), u.AddedBy ?? "");
}
