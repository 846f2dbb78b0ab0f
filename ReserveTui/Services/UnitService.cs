using System.Text.Json;
using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Services;

/// <summary>Units (单位) with their kind and 正职/副职 post counts, which the quantity rules read.</summary>
internal sealed class UnitService(ReserveDatabase database, TimeProvider clock, string operatorName)
{
    private readonly UnitRepository _units = new(database);

    public UnitDocument Add(string name, string kind, int principalPosts, int deputyPosts, string? parent)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(kind)) throw new ReserveException(ErrorCode.Usage, "单位名称和类型不能为空");
        if (principalPosts < 0 || deputyPosts < 0) throw new ReserveException(ErrorCode.Usage, "职数不能为负");
        return database.Transaction(() =>
        {
            if (_units.FindByName(name.Trim()) is not null) throw new ReserveException(ErrorCode.Refused, $"单位“{name}”已存在");
            var parentId = parent is null ? null : (_units.FindByName(parent) ?? throw new ReserveException(ErrorCode.NotFound, $"未找到上级单位“{parent}”")).Id;
            var unit = _units.Insert(name.Trim(), kind.Trim(), principalPosts, deputyPosts, parentId);
            new AuditLog(database).Append(clock.GetUtcNow(), operatorName, "unit.add", $"unit/{unit.Id}",
                JsonSerializer.Serialize(new { name, kind, principalPosts, deputyPosts, parent }));
            return unit;
        });
    }

    public IReadOnlyList<UnitDocument> List() => _units.All();
}
