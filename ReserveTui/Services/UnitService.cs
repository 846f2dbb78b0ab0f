using System.Text.Json;
using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Services;

/// <summary>Units (单位) with their kind and 正职/副职 post counts, which the quantity rules read.</summary>
internal sealed class UnitService(ReserveDatabase database, TimeProvider clock, string operatorName)
{
    private readonly UnitRepository _units = new(database);

    public UnitView Add(string name, string kind, int principalPosts, int deputyPosts, string? parent)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(kind)) throw new ReserveException(ErrorCode.Usage, "单位名称和类型不能为空");
        if (principalPosts < 0 || deputyPosts < 0) throw new ReserveException(ErrorCode.Usage, "职数不能为负");
        return database.Transaction(() =>
        {
            if (_units.FindByName(name.Trim()) is not null) throw new ReserveException(ErrorCode.Refused, $"单位“{name}”已存在");
            var parentUnit = string.IsNullOrWhiteSpace(parent) ? null : _units.FindByName(parent.Trim()) ?? throw new ReserveException(ErrorCode.NotFound, $"未找到上级单位“{parent}”");
            var unit = _units.Insert(name.Trim(), kind.Trim(), principalPosts, deputyPosts, parentUnit?.Id);
            new AuditLog(database).Append(clock.GetUtcNow(), operatorName, "unit.add", $"unit/{unit.Id}",
                JsonSerializer.Serialize(new { name, kind, principalPosts, deputyPosts, parent }));
            return new UnitView(unit.Id, unit.Name, unit.Kind, unit.PrincipalPosts, unit.DeputyPosts, parentUnit?.Name);
        });
    }

    public IReadOnlyList<UnitView> List()
    {
        var all = _units.All();
        var names = all.ToDictionary(u => u.Id, u => u.Name);
        return all.Select(u => new UnitView(u.Id, u.Name, u.Kind, u.PrincipalPosts, u.DeputyPosts, u.ParentId is null ? null : names.GetValueOrDefault(u.ParentId))).ToList();
    }
}
