using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Services;

/// <summary>Units (单位) with their kind and 正职/副职 post counts, which the quantity rules read.</summary>
/// <param name="kinds">
/// The unit kinds the loaded schemes count (<see cref="ReserveSdk.SchemeDefinition.UnitKinds"/>); a kind outside them is
/// refused, so a typo cannot drop a unit out of every quantity rule. Null or empty: any kind (no scheme declares one).
/// </param>
/// <param name="access">Units are the organisation department's: only an administrator adds or changes one. Null: an open database.</param>
internal sealed class UnitService(ReserveDatabase database, TimeProvider clock, string operatorName, IReadOnlyCollection<string>? kinds = null, Access.OperatorAccess? access = null)
{
    private readonly UnitRepository _units = new(database);

    /// <summary>The kinds a unit may have, in the schemes' order; empty when any is accepted.</summary>
    public IReadOnlyCollection<string> Kinds { get; } = kinds ?? [];

    /// <summary>The kinds every loaded scheme declares, each once.</summary>
    public static IReadOnlyList<string> KindsOf(Plugins.SchemeCatalog catalog) =>
        catalog.Schemes.SelectMany(s => s.Definition.UnitKinds).Distinct(StringComparer.Ordinal).ToList();

    private string Kind(string? text)
    {
        var kind = OperatorInput.Line(text, "单位类型", Import.TextSafety.NameLimit);
        if (Kinds.Count > 0 && !Kinds.Contains(kind))
            throw new ReserveException(ErrorCode.Usage, $"单位类型“{OperatorInput.Echo(kind)}”不是已加载方案使用的类型，可填：{string.Join("、", Kinds)}");
        return kind;
    }

    public UnitView Add(string name, string kind, int principalPosts, int deputyPosts, string? parent)
    {
        access?.EnsureAdmin("新增单位");
        name = OperatorInput.Line(name, "单位名称", Import.TextSafety.NameLimit);
        kind = Kind(kind);
        if (principalPosts < 0 || deputyPosts < 0) throw new ReserveException(ErrorCode.Usage, "职数不能为负");
        return database.Transaction(() =>
        {
            if (_units.FindByName(name.Trim()) is not null) throw new ReserveException(ErrorCode.Refused, $"单位“{name}”已存在");
            var parentUnit = string.IsNullOrWhiteSpace(parent) ? null : _units.FindByName(parent.Trim()) ?? throw new ReserveException(ErrorCode.NotFound, $"未找到上级单位“{parent}”");
            var unit = _units.Insert(name.Trim(), kind.Trim(), principalPosts, deputyPosts, parentUnit?.Id);
            new AuditLog(database).Append(clock.GetUtcNow(), operatorName, "unit.add", $"unit/{unit.Id}",
                new { name, kind, principalPosts, deputyPosts, parent });
            return new UnitView(unit.Id, unit.Name, unit.Kind, unit.PrincipalPosts, unit.DeputyPosts, parentUnit?.Name);
        });
    }

    public IReadOnlyList<UnitView> List()
    {
        var all = _units.All();
        var names = all.ToDictionary(u => u.Id, u => u.Name);
        return all.Select(u => new UnitView(u.Id, u.Name, u.Kind, u.PrincipalPosts, u.DeputyPosts, u.ParentId is null ? null : names.GetValueOrDefault(u.ParentId), u.Version)).ToList();
    }

    /// <summary>
    /// Changes a unit's kind, post counts or parent (null leaves a value as it is; an empty parent removes it).
    /// <paramref name="expectedVersion"/> is the version the operator saw: a newer one refuses the change.
    /// Campaigns read the new counts at once — their targets follow the unit as it is now.
    /// </summary>
    public UnitView Update(string name, string? kind, int? principalPosts, int? deputyPosts, string? parent, int? expectedVersion = null)
    {
        access?.EnsureAdmin("修改单位");
        if (principalPosts < 0 || deputyPosts < 0) throw new ReserveException(ErrorCode.Usage, "职数不能为负");
        if (kind is not null) kind = Kind(kind);
        return database.Transaction(() =>
        {
            var unit = _units.FindByName(name.Trim()) ?? throw new ReserveException(ErrorCode.NotFound, $"未找到单位“{name}”");
            VersionedSave.Check(expectedVersion ?? unit.Version, unit.Version);
            var before = new { kind = unit.Kind, principalPosts = unit.PrincipalPosts, deputyPosts = unit.DeputyPosts, parent = ParentName(unit) };
            if (parent is not null) unit.ParentId = string.IsNullOrWhiteSpace(parent) ? null : ParentOf(unit, parent.Trim()).Id;
            unit.Kind = kind?.Trim() ?? unit.Kind;
            unit.PrincipalPosts = principalPosts ?? unit.PrincipalPosts;
            unit.DeputyPosts = deputyPosts ?? unit.DeputyPosts;
            _units.Update(unit, expectedVersion ?? unit.Version);
            var parentName = ParentName(unit);
            new AuditLog(database).Append(clock.GetUtcNow(), operatorName, "unit.update", $"unit/{unit.Id}",
                new { name = unit.Name, before, after = new { kind = unit.Kind, principalPosts = unit.PrincipalPosts, deputyPosts = unit.DeputyPosts, parent = parentName } });
            return new UnitView(unit.Id, unit.Name, unit.Kind, unit.PrincipalPosts, unit.DeputyPosts, parentName, unit.Version);
        });
    }

    private string? ParentName(UnitDocument unit) => unit.ParentId is null ? null : _units.Get(unit.ParentId)?.Name;

    // A parent must exist and must not be the unit itself or one of its descendants (the tree stays a tree).
    private UnitDocument ParentOf(UnitDocument unit, string parentName)
    {
        var parent = _units.FindByName(parentName) ?? throw new ReserveException(ErrorCode.NotFound, $"未找到上级单位“{parentName}”");
        for (var at = parent; at is not null; at = at.ParentId is null ? null : _units.Get(at.ParentId))
        {
            if (at.Id == unit.Id) throw new ReserveException(ErrorCode.Refused, $"“{parentName}”是“{unit.Name}”本身或其下级单位，不能作为上级");
        }

        return parent;
    }
}
