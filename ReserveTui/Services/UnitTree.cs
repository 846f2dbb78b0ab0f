using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Services;

/// <summary>A unit and every unit under it, at any depth: the scope of a campaign's roster, a pool filter, a structure count.</summary>
internal static class UnitTree
{
    public static HashSet<string> NamesBelow(IReadOnlyList<UnitDocument> all, string unitName)
    {
        var root = all.FirstOrDefault(u => u.Name == unitName) ?? throw new ReserveException(ErrorCode.NotFound, $"未找到单位“{OperatorInput.Echo(unitName)}”");
        var ids = new HashSet<string> { root.Id };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var u in all.Where(u => u.ParentId is not null && ids.Contains(u.ParentId) && !ids.Contains(u.Id))) grew |= ids.Add(u.Id);
        }

        return all.Where(u => ids.Contains(u.Id)).Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
    }
}
