using ReserveSdk;

namespace ReserveScheme.County;

/// <summary>数量与结构.</summary>
public static class CountyQuotas
{
    private const string Source = "第五篇 资格+数量+结构";

    /// <summary>The county's quantity and structure rules.</summary>
    public static IReadOnlyList<PoolRule> Rules { get; } =
    [
        PoolRules.PerPosts("quantity.principal", "后备干部数量按领导班子职数正职1:2确定", Source, PostLevel.Principal, 2m),
        PoolRules.PerPosts("quantity.deputy", "后备干部数量按领导班子职数副职1:1确定", Source, PostLevel.Deputy, 1m),
        PoolRules.Fixed("standing.principal", "常年保持正职后备150名", Source, PostLevel.Principal, 150),
        PoolRules.Fixed("standing.deputy", "常年保持副职后备300名", Source, PostLevel.Deputy, 300),
        PoolRules.ShareAtLeast("structure.principal-band", "正职一般以35岁至45岁的干部为主体（不少于一半）", Source, 0.5m, "35至45岁正职后备", PoolRules.AgedBetween(35, 45), PostLevel.Principal),
        // The two bands of one clause share 35: it is counted in the 35–45 band only (SCHEMES.md conventions), so "35岁以下" here is under 35.
        PoolRules.CountAtLeast("structure.principal-young", "正职后备中35岁以下的有一定数量（35岁整计入35至45岁段）", Source, 1, "未满35岁正职后备", PoolRules.AgedUnder(35), PostLevel.Principal),
        PoolRules.ShareAtLeast("structure.deputy-band", "副职一般以30岁至40岁的干部为主体（不少于一半）", Source, 0.5m, "30至40岁副职后备", PoolRules.AgedBetween(30, 40), PostLevel.Deputy),
        PoolRules.CountAtLeast("structure.deputy-young", "副职后备中30岁以下的有一定数量（30岁整计入30至40岁段）", Source, 1, "未满30岁副职后备", PoolRules.AgedUnder(30), PostLevel.Deputy),
        PoolRules.CountAtLeast("structure.women", "女干部占有一定比例", Source, 1, "女干部", (p, _) => p.Gender == Gender.Female),
        PoolRules.CountAtLeast("structure.non-party", "党外干部占有一定比例", Source, 1, "党外干部", (p, _) => p.IsNonCpc == true),
    ];
}
