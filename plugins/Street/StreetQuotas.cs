using ReserveSdk;

namespace ReserveScheme.Street;

/// <summary>四、后备干部数量结构.</summary>
public static class StreetQuotas
{
    /// <summary>The street's quantity and structure rules.</summary>
    public static IReadOnlyList<PoolRule> Rules { get; } =
    [
        PoolRules.PerUnits("quantity.units", "后备干部的数量一般根据机关部门、社区、管理处数二分之一的比例确定", "第二篇(二) 四1", 0.5m, "机关部门", "社区", "管理处"),
        PoolRules.CountAtLeast("structure.non-cpc", "后备干部中应有适当数量的非中国共产党党员干部", "第二篇(二) 四1", 1, "非中共党员干部", (p, _) => p.IsNonCpc == true),
        // "N岁以下" includes N (以下包括本数): a reserve aged exactly 35 / 30 counts.
        PoolRules.ShareAtLeast("structure.under35", "年龄结构应有一定梯度，一般以35岁以下（含35岁）的工作人员为主体（不少于一半）", "第二篇(二) 四2", 0.5m, "35岁以下（含）", PoolRules.AgedAtMost(35)),
        PoolRules.CountAtLeast("structure.under30", "30岁以下（含30岁）的后备干部要有5名以上", "第二篇(二) 四2", 5, "30岁以下（含）后备干部", PoolRules.AgedAtMost(30)),
        PoolRules.ShareAtLeast("structure.ready-now", "条件比较成熟、近期可提拔使用的人选一般不少于后备干部总数的三分之一", "第二篇(二) 四3", 1m / 3m, "近期可提拔", p => p.ReadyNow == true),
    ];
}
